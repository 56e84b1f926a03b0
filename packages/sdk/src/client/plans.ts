import {
  ActionPlanDetailSchema,
  ActionPlanSummarySchema,
  type ActionPlanDetail,
  type ActionPlanSummary,
} from '../schemas/plan.js';
import { CommitmentSchema, type Commitment } from '../schemas/commitment.js';
import { listOf } from '../schemas/envelopes.js';
import { commitment } from './commitment-ref.js';
import { getCommitmentRoute, getPlanRoute, listPlansRoute, routeUrl, staticUrl } from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

const PlanList = /* @__PURE__ */ listOf(ActionPlanSummarySchema);

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
