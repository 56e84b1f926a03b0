import * as z from 'zod/mini';
import {
  ActionPlanDetailSchema,
  ActionPlanSummarySchema,
  type ActionPlanDetail,
  type ActionPlanSummary,
} from '../schemas/plan.js';
import { CommitmentSchema, type Commitment } from '../schemas/commitment.js';
import { listOf, pageOf } from '../schemas/envelopes.js';
import { CommentListItemSchema, type CommentListItem } from '../schemas/submission-staff.js';
import {
  getCommitmentRoute,
  getPlanRoute,
  listCommentsRoute,
  listPlansRoute,
  routeUrl,
  staticUrl,
} from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';
import { parseInput } from './validate.js';

const PlanList = /* @__PURE__ */ listOf(ActionPlanSummarySchema);
const CommentPage = /* @__PURE__ */ pageOf(CommentListItemSchema);
const CommentList = /* @__PURE__ */ listOf(CommentListItemSchema);
const CommitmentNumber = /* @__PURE__ */ z.string().check(z.regex(/^\d+(?:\.\d+)*$/));
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

const commitment = (planId: string, number: string | number) => ({
  planId,
  number: parseInput(CommitmentNumber, String(number), 'commitment number'),
});

/** `GET /plans`: every plan, without commitments, with counts. */
export async function listPlans(core: Core, options?: CallOptions): Promise<ActionPlanSummary[]> {
  const route = { path: routeUrl(listPlansRoute, {}), staticPath: staticUrl(listPlansRoute, {}) };
  const list = await core.read('listPlans', route, PlanList, options);
  return list.items;
}

/** `GET /plans/{planId}`: one plan with commitments, each milestone's current state and the institutions named. */
export async function getPlan(core: Core, planId: string, options?: CallOptions): Promise<ActionPlanDetail> {
  const route = { path: routeUrl(getPlanRoute, { planId }), staticPath: staticUrl(getPlanRoute, { planId }) };
  return core.read('getPlan', route, ActionPlanDetailSchema, options);
}

/** `GET /plans/{planId}/commitments/{number}`, e.g. `getCommitment(core, 'xk-2026-2028', 3)`. */
export async function getCommitment(
  core: Core,
  planId: string,
  number: string | number,
  options?: CallOptions,
): Promise<Commitment> {
  const params = commitment(planId, number);
  const route = { path: routeUrl(getCommitmentRoute, params), staticPath: staticUrl(getCommitmentRoute, params) };
  return core.read('getCommitment', route, CommitmentSchema, options);
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
