import * as z from 'zod/mini';
import {
  ActionPlanDetailSchema,
  ActionPlanSummarySchema,
  type ActionPlanDetail,
  type ActionPlanSummary,
} from '../schemas/plan.js';
import { CommitmentSchema, type Commitment } from '../schemas/commitment.js';
import { listOf, pageOf } from '../schemas/envelopes.js';
import { PublishedCommentSchema, type PublishedComment } from '../schemas/submission-staff.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';
import { parseInput } from './validate.js';

const PlanList = /* @__PURE__ */ listOf(ActionPlanSummarySchema);
const CommentPage = /* @__PURE__ */ pageOf(PublishedCommentSchema);
const CommentList = /* @__PURE__ */ listOf(PublishedCommentSchema);
const CommitmentNumber = /* @__PURE__ */ z.string().check(z.regex(/^\d+(?:\.\d+)*$/));
const Paging = /* @__PURE__ */ z.object({
  page: z.optional(z.number().check(z.int(), z.gte(1))),
  pageSize: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
});

export interface CommentPageResult {
  items: PublishedComment[];
  page: number;
  pageSize: number;
  total: number;
}

const seg = encodeURIComponent;

function commitmentPath(planId: string, number: string | number): string {
  return `plans/${seg(planId)}/commitments/${seg(parseInput(CommitmentNumber, String(number), 'commitment number'))}`;
}

/** `GET /plans`: every plan, without commitments, with counts. */
export async function listPlans(core: Core, options?: CallOptions): Promise<ActionPlanSummary[]> {
  const list = await core.read('listPlans', { path: 'plans', staticPath: 'plans/index.json' }, PlanList, options);
  return list.items;
}

/** `GET /plans/{planId}`: one plan with commitments, each milestone's current state and the institutions named. */
export async function getPlan(core: Core, planId: string, options?: CallOptions): Promise<ActionPlanDetail> {
  const path = `plans/${seg(planId)}`;
  return core.read('getPlan', { path, staticPath: `${path}.json` }, ActionPlanDetailSchema, options);
}

/** `GET /plans/{planId}/commitments/{number}`, e.g. `getCommitment(core, 'xk-2026-2028', 3)`. */
export async function getCommitment(
  core: Core,
  planId: string,
  number: string | number,
  options?: CallOptions,
): Promise<Commitment> {
  const path = commitmentPath(planId, number);
  return core.read('getCommitment', { path, staticPath: `${path}.json` }, CommitmentSchema, options);
}

/**
 * Published comments on a commitment, one page at a time (default page 1 of 20). A static export holds
 * all comments in one file; the page is cut here.
 */
export async function listComments(
  core: Core,
  planId: string,
  number: string | number,
  paging: { page?: number; pageSize?: number } = {},
  options?: CallOptions,
): Promise<CommentPageResult> {
  const { page = 1, pageSize = 20 } = parseInput(Paging, paging, 'paging');
  const path = `${commitmentPath(planId, number)}/comments`;
  if (core.mode === 'api')
    return core.read('listComments', { path, query: { page, pageSize }, staticPath: undefined }, CommentPage, options);
  const all = await core.read('listComments', { path, staticPath: `${path}.json` }, CommentList, options);
  const start = (page - 1) * pageSize;
  return { items: all.items.slice(start, start + pageSize), page, pageSize, total: all.items.length };
}
