import type { ActionPlanDetail } from '../schemas/plan.js';
import { getPlanRoute, routeUrl, staticUrl } from '../routes/paths.js';
import { ActionPlanDetailShape } from '../shapes/plan.generated.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

// Apart from `plans.ts` (zod schemas): a bundler puts a module in one chunk, so the tracker would load zod with it.

/**
 * `getPlan` checked by the shape compiled from `ActionPlanDetailSchema` instead of zod (ADR 0005), for a block
 * that only displays the plan: same errors, unknown fields kept rather than stripped.
 */
export async function getPlanForDisplay(core: Core, planId: string, options?: CallOptions): Promise<ActionPlanDetail> {
  const route = { path: routeUrl(getPlanRoute, { planId }), staticPath: staticUrl(getPlanRoute, { planId }) };
  return core.read('getPlan', route, ActionPlanDetailShape, options);
}
