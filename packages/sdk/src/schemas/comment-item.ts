import type { CommentListItem, RemovedComment } from './comment.js';

/** True for the placeholder of a comment removed by moderation. */
export const isRemovedComment = (item: CommentListItem): item is RemovedComment =>
  (item as Partial<RemovedComment>).removed === true;
