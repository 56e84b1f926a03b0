import {
  CommentListItemSchema,
  CommentPagingSchema,
  type CommentPage,
  type CommentPaging,
} from '../schemas/comment.js';
import { listOf, pageOf } from '../schemas/envelopes.js';
import { listCommentsRoute, routeUrl, staticUrl } from '../routes/paths.js';
import {
  CommentListShape,
  CommentPageShape,
  CommentPagingShape,
  CommitmentNumberShape,
} from '../shapes/comment.generated.js';
import { commitment, commitmentChecked } from './commitment-ref.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';
import { checkInput, parseInput, type OutputSchema } from './validate.js';

// Its own module, apart from the plan reads: the comments block loads the comment schemas, not the plan's.
const CommentPage = /* @__PURE__ */ pageOf(CommentListItemSchema);
const CommentList = /* @__PURE__ */ listOf(CommentListItemSchema);

/** A page of a commitment's comments: `{ items, page, pageSize, total }`. */
export type CommentPageResult = CommentPage;

type Paging = { page?: number; pageSize?: number };
/** What both comment reads take: the plan, the commitment's number, the page (default 1 of 20), the call's options. */
type ListCommentsArgs = [core: Core, planId: string, number: string | number, paging?: Paging, options?: CallOptions];

/**
 * Published comments on a commitment, one page at a time (default page 1 of 20); a comment removed by
 * moderation is a placeholder in its place (`isRemovedComment`). A static export holds all comments in one
 * file; the page is cut here.
 */
export async function listComments(
  ...[core, planId, number, paging = {}, options]: ListCommentsArgs
): Promise<CommentPageResult> {
  const checked = parseInput(CommentPagingSchema, paging, 'paging');
  return readComments(core, commitment(planId, number), checked, [CommentPage, CommentList], options);
}

/**
 * `listComments` checked by the shapes compiled from the comment schemas instead of zod (ADR 0005), for a
 * block that only displays the comments: same answers and errors, unknown fields kept rather than stripped.
 */
export async function listCommentsForDisplay(
  ...[core, planId, number, paging = {}, options]: ListCommentsArgs
): Promise<CommentPageResult> {
  const checked = checkInput(CommentPagingShape, paging, 'paging');
  const params = commitmentChecked(planId, number, CommitmentNumberShape);
  return readComments(core, params, checked, [CommentPageShape, CommentListShape], options);
}

async function readComments(
  core: Core,
  params: { planId: string; number: string },
  { page = 1, pageSize = 20 }: CommentPaging,
  [pageSchema, listSchema]: readonly [OutputSchema, OutputSchema],
  options: CallOptions | undefined,
): Promise<CommentPageResult> {
  const path = routeUrl(listCommentsRoute, params);
  if (core.mode === 'api')
    return (await core.read(
      'listComments',
      { path, query: { page, pageSize }, staticPath: undefined },
      pageSchema,
      options,
    )) as CommentPage;
  const route = { path, staticPath: staticUrl(listCommentsRoute, params) };
  const all = (await core.read('listComments', route, listSchema, options)) as { items: CommentPage['items'] };
  const start = (page - 1) * pageSize;
  return { items: all.items.slice(start, start + pageSize), page, pageSize, total: all.items.length };
}
