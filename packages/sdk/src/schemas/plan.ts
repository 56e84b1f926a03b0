import * as z from 'zod/mini';
import { CountrySchema, IdSchema, IsoDateTimeSchema, LangTagSchema, LocalizedTextSchema, text } from './common.js';
import { CommitmentSchema } from './commitment.js';
import { InstitutionSchema } from './institution.js';

export const PLAN_STATUSES = ['draft', 'adopted', 'in_implementation', 'completed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A thematic component (pillar) grouping commitments, e.g. the four of Albania's 2020–2022 draft. */
export const ComponentSchema = z.object({
  id: IdSchema,
  number: z.optional(/* @__PURE__ */ text(1, 20)),
  title: LocalizedTextSchema,
  overview: z.optional(LocalizedTextSchema),
});
export type Component = z.infer<typeof ComponentSchema>;

/** How a draft plan asks the public for comments (seed 004). */
export const ConsultationSchema = z.object({
  open: z.boolean(),
  guidingQuestions: z.array(LocalizedTextSchema),
  contact: z.optional(/* @__PURE__ */ text(1, 500)),
  closesAt: z.optional(z.iso.date()),
});
export type Consultation = z.infer<typeof ConsultationSchema>;

const YearOrMonth = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/));

const planFields = {
  id: IdSchema,
  country: CountrySchema,
  title: LocalizedTextSchema,
  period: z.object({ start: YearOrMonth, end: YearOrMonth }),
  status: z.enum(PLAN_STATUSES),
  sourceLanguage: LangTagSchema,
  coordinatingInstitutionId: z.optional(IdSchema),
  summary: z.optional(LocalizedTextSchema),
  components: z.optional(z.array(ComponentSchema)),
  consultation: z.optional(ConsultationSchema),
  /**
   * Set by the API: whether any progress shown is demonstration data, not reported by the institution; and
   * (`demonstrationPlan`, only when true) whether the plan itself is, imported from a `provenance.kind: "demonstration"` file.
   */
  dataNotes: z.optional(
    z.object({ demonstrationProgress: z.boolean(), demonstrationPlan: z.optional(z.literal(true)) }),
  ),
  updatedAt: z.optional(IsoDateTimeSchema),
};

/** An OGP action plan with its commitments and milestones, as imported: institutions by id only. */
export const ActionPlanSchema = z.object({ ...planFields, commitments: z.array(CommitmentSchema) });
export type ActionPlan = z.infer<typeof ActionPlanSchema>;
export type ActionPlanInput = z.input<typeof ActionPlanSchema>;

/**
 * A plan as read from `GET /plans/{planId}`: the plan plus every institution it references (coordinator,
 * commitment and milestone leads, supporting actors), so a reader can name them. The server always sends
 * `institutions`; it is optional so plans from older servers and static exports still parse.
 */
export const ActionPlanDetailSchema = z.object({
  ...planFields,
  commitments: z.array(CommitmentSchema),
  institutions: z.optional(z.array(InstitutionSchema)),
});
export type ActionPlanDetail = z.infer<typeof ActionPlanDetailSchema>;

/** A plan as listed by `GET /plans`: no commitments, but how many there are. */
export const ActionPlanSummarySchema = z.object({
  ...planFields,
  counts: z.object({
    commitments: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
    milestones: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  }),
});
export type ActionPlanSummary = z.infer<typeof ActionPlanSummarySchema>;
