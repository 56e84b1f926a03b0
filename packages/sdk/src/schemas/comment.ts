import * as z from 'zod/mini';
import { IsoDateTimeSchema, LangTagSchema, LocalizedTextSchema } from './common.js';
import { PAGE_SIZE_MAX } from './envelopes.js';
import {
  FeedbackReferenceSchema,
  FeedbackStatusValueSchema,
  OfficialResponseSchema,
  SubmissionHeadShape,
} from './submission.js';

/** A comment a moderator made public (text only, no personal data), with its answer if any. */
export const PublishedCommentSchema = z.object({
  ...SubmissionHeadShape,
  message: z.string(),
  language: LangTagSchema,
  submittedAt: IsoDateTimeSchema,
  publishedAt: IsoDateTimeSchema,
  status: FeedbackStatusValueSchema,
  response: z.optional(OfficialResponseSchema),
  /** Set by the API: true for a demonstration submission from a data file, not one a person sent. */
  demonstration: z.optional(z.boolean()),
});
export type PublishedComment = z.infer<typeof PublishedCommentSchema>;

/**
 * A comment moderators took off its commitment after publishing it: shown in its place as "removed by
 * moderation: reason", with the public reason and none of the original text.
 */
export const RemovedCommentSchema = z.object({
  reference: FeedbackReferenceSchema,
  removed: z.literal(true),
  /** When it was published: where the placeholder stands in the newest-first list. */
  publishedAt: IsoDateTimeSchema,
  removedAt: IsoDateTimeSchema,
  /** The moderator's reason, public. */
  reason: LocalizedTextSchema,
});
export type RemovedComment = z.infer<typeof RemovedCommentSchema>;

/** One entry of a commitment's public comment list: a published comment or the placeholder of a removed one. */
export const CommentListItemSchema = z.union([PublishedCommentSchema, RemovedCommentSchema]);
export type CommentListItem = z.infer<typeof CommentListItemSchema>;

/** Which page of a commitment's comments to read (`listComments`): pages start at 1, at most PAGE_SIZE_MAX a page. */
export const CommentPagingSchema = z.object({
  page: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(1))),
  pageSize: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(PAGE_SIZE_MAX))),
});

/** A page of a commitment's comments, as `GET /plans/{id}/commitments/{number}/comments` answers. */
export type CommentPage = { items: CommentListItem[]; page: number; pageSize: number; total: number };
export type CommentPaging = z.infer<typeof CommentPagingSchema>;

// Apart, with no zod: the comments block needs the test, not the schemas (their zod-free shapes check its reads).
export { isRemovedComment } from './comment-item.js';
