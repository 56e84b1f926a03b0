import * as z from 'zod/mini';
import { CommentListItemSchema, type CommentListItem } from '../schemas/comment.js';
import { listOf, pageOf } from '../schemas/envelopes.js';
import { listCommentsRoute, routeUrl, staticUrl } from '../routes/paths.js';
import { commitment } from './commitment-ref.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';
import { parseInput } from './validate.js';

// Its own module, apart from the plan reads: the comments block loads the comment schemas, not the plan's.
const CommentPage = /* @__PURE__ */ pageOf(CommentListItemSchema);
const CommentList = /* @__PURE__ */ listOf(CommentListItemSchema);
const Paging = /* @__PURE__ */ z.object({
  page: z.optional(z.number().check(z.int(), z.gte(1))),
  pageSize: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
});

export interface CommentPageResult {
  items: CommentListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * Published comments on a commitment, one page at a time (default page 1 of 20); a comment removed by
 * moderation is a placeholder in its place (`isRemovedComment`). A static export holds all comments in one
 * file; the page is cut here.
 */
export async function listComments(
  core: Core,
  planId: string,
  number: string | number,
  paging: { page?: number; pageSize?: number } = {},
  options?: CallOptions,
): Promise<CommentPageResult> {
  const { page = 1, pageSize = 20 } = parseInput(Paging, paging, 'paging');
  const params = commitment(planId, number);
  const path = routeUrl(listCommentsRoute, params);
  if (core.mode === 'api')
    return core.read('listComments', { path, query: { page, pageSize }, staticPath: undefined }, CommentPage, options);
  const route = { path, staticPath: staticUrl(listCommentsRoute, params) };
  const all = await core.read('listComments', route, CommentList, options);
  const start = (page - 1) * pageSize;
  return { items: all.items.slice(start, start + pageSize), page, pageSize, total: all.items.length };
}
