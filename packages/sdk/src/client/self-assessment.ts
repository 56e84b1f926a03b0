import { SelfAssessmentSchema, type SelfAssessment, type SelfAssessmentPeriod } from '../schemas/self-assessment.js';
import { getSelfAssessmentRoute, routeUrl, staticUrl } from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

export type { SelfAssessment };

/**
 * `GET /plans/{planId}/self-assessment`: one row per commitment for a period (`from`/`to`, both days included;
 * without them the plan's whole period up to today). A static export holds the whole period only.
 */
export async function getSelfAssessment(
  core: Core,
  planId: string,
  period: Partial<SelfAssessmentPeriod> = {},
  options?: CallOptions,
): Promise<SelfAssessment> {
  const given = period.from !== undefined || period.to !== undefined;
  const route = {
    path: routeUrl(getSelfAssessmentRoute, { planId }),
    query: { from: period.from, to: period.to },
    staticPath: given ? undefined : staticUrl(getSelfAssessmentRoute, { planId }),
  };
  return core.read('getSelfAssessment', route, SelfAssessmentSchema, options);
}
