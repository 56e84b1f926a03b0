import * as z from 'zod/mini';
import {
  CountrySchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LocalizedTextSchema,
  UrlSchema,
  text,
} from './common.js';
import { CompletionLevelSchema } from './commitment.js';
import { commitmentNumber } from './commitment-number.js';

/** The reporting period of a self-assessment: both days included. */
export const SelfAssessmentPeriodSchema = z.object({ from: IsoDateSchema, to: IsoDateSchema });
export type SelfAssessmentPeriod = z.infer<typeof SelfAssessmentPeriodSchema>;

/**
 * One commitment as the OGP self-assessment report asks for it: the commitment and its lead institution,
 * the completion level (IRM scale) on the period's last day, the narrative of results the lead institutions
 * reported in the period (in the languages they wrote; none is invented), and the evidence links they gave.
 */
export const SelfAssessmentRowSchema = z.object({
  commitmentNumber: /* @__PURE__ */ commitmentNumber(),
  commitmentTitle: LocalizedTextSchema,
  leadInstitutionId: z.optional(IdSchema),
  leadInstitutionName: z.optional(LocalizedTextSchema),
  completion: CompletionLevelSchema,
  /** Mean progress of the milestones that still count (a completed one counts 100). */
  progressPercent: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(100)),
  milestonesCompleted: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  milestonesTotal: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  /** Per language: each report of the period with a text in it, oldest first, as `1.2 (2027-02-28): …`. */
  narrative: LocalizedTextSchema,
  evidence: z.array(
    z.object({ milestoneNumber: /* @__PURE__ */ text(1, 20), title: LocalizedTextSchema, url: UrlSchema }),
  ),
  lastReportedAt: z.optional(IsoDateTimeSchema),
});
export type SelfAssessmentRow = z.infer<typeof SelfAssessmentRowSchema>;

/** `GET /plans/{planId}/self-assessment`: one row per commitment for a period. */
export const SelfAssessmentSchema = z.object({
  planId: IdSchema,
  planTitle: LocalizedTextSchema,
  country: CountrySchema,
  period: SelfAssessmentPeriodSchema,
  rows: z.array(SelfAssessmentRowSchema),
});
export type SelfAssessment = z.infer<typeof SelfAssessmentSchema>;
