import * as z from 'zod/mini';
import {
  CountrySchema,
  IdSchema,
  IsoDateTimeSchema,
  IsoDurationSchema,
  LangTagSchema,
  LocalizedTextSchema,
  UrlSchema,
  reasonIssue,
  text,
} from './common.js';
import { INSTITUTION_KINDS, InstitutionSchema } from './institution.js';
import { DocumentRefSchema, LegalResourceRefSchema } from './refs.js';
import { PeriodSchema } from './period.js';
import { CRITERIA, OVERALL_VERDICTS, VERDICTS, type Criterion, type OverallVerdict, type Verdict } from './verdicts.js';

export const PUBLICATION_CATEGORIES = [
  'institutional',
  'organisational',
  'legal_framework',
  'rti_procedures',
  'officials_salaries',
  'plans_and_reports',
  'audit_and_monitoring',
  'budget',
  'procurement',
  'services',
  'consultation',
  'decisions_and_acts',
  'open_meetings',
  'subsidies',
  'registers',
  'records_system',
  'rti_register',
  'frequently_requested',
  'other',
] as const;
export const PUBLICATION_FREQUENCIES = [
  'continuous',
  'on_adoption',
  'on_change',
  'monthly',
  'quarterly',
  'semiannual',
  'annual',
] as const;

/** One row of a transparency programme: what must be published, on what basis, by when, in which languages. */
export const PublicationRequirementSchema = z.object({
  id: IdSchema,
  code: /* @__PURE__ */ text(1, 100),
  country: CountrySchema,
  appliesTo: z.object({
    institutionKinds: z.array(z.enum(INSTITUTION_KINDS)),
    institutionIds: z.optional(z.array(IdSchema)),
  }),
  category: z.enum(PUBLICATION_CATEGORIES),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  legalBasis: z.array(LegalResourceRefSchema),
  frequency: z.enum(PUBLICATION_FREQUENCIES),
  maxDelay: z.optional(IsoDurationSchema),
  expectedLocation: z.optional(LocalizedTextSchema),
  responsibleRole: z.optional(LocalizedTextSchema),
  requiredLanguages: z.array(LangTagSchema),
  recommendedLanguages: z.optional(z.array(LangTagSchema)),
  provisional: z.optional(z.boolean()),
});
export type PublicationRequirement = z.infer<typeof PublicationRequirementSchema>;

export { CRITERIA, OVERALL_VERDICTS, VERDICTS, type Criterion, type OverallVerdict, type Verdict };
export const VerdictSchema = z.enum(VERDICTS);

const checkFields = {
  requirementId: IdSchema,
  institutionId: IdSchema,
  period: PeriodSchema,
  checkedBy: z.object({
    kind: z.enum(['self_assessment', 'cso', 'oversight_body', 'automated']),
    name: z.optional(/* @__PURE__ */ text(0, 200)),
  }),
  published: VerdictSchema,
  url: z.optional(UrlSchema),
  complete: VerdictSchema,
  timely: VerdictSchema,
  upToDate: z.optional(VerdictSchema),
  accessible: VerdictSchema,
  languages: z.record(LangTagSchema, z.object({ available: VerdictSchema, url: z.optional(UrlSchema) })),
  notes: z.optional(LocalizedTextSchema),
  /** What must be fixed, and by whom, when a criterion is not met. */
  correctiveAction: z.optional(LocalizedTextSchema),
  responsibleUnit: z.optional(LocalizedTextSchema),
};

/** One requirement × institution × quarter. `overall` is derived by `overallVerdict`, never typed in. */
export const PublicationCheckSchema = z.object({
  id: IdSchema,
  ...checkFields,
  checkedAt: IsoDateTimeSchema,
  overall: z.enum(OVERALL_VERDICTS),
  evidence: z.optional(z.array(DocumentRefSchema)),
});
export type PublicationCheck = z.infer<typeof PublicationCheckSchema>;

/**
 * Staff `POST /publication-checks`: no id, no time, no overall verdict (the server derives them). A document not
 * published (`published: "no"`) has no address: a `url` with it is refused (`url_not_published`).
 */
export const PublicationCheckInputSchema = /* @__PURE__ */ z
  .strictObject({
    ...checkFields,
    evidence: z.optional(z.array(DocumentRefSchema)),
  })
  .check((ctx) => {
    if (ctx.value.published === 'no' && ctx.value.url !== undefined)
      ctx.issues.push(reasonIssue(['url'], 'url_not_published', ctx.value));
  });
export type PublicationCheckInput = z.input<typeof PublicationCheckInputSchema>;

const Share = z.object({
  met: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  partial: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  assessed: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  /** met ÷ assessed (0–1); null when nothing was assessed. */
  share: z.nullable(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1))),
});
export const ChecklistSummarySchema = z.object({
  requirements: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  checked: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  byCriterion: z.record(z.enum(CRITERIA), Share),
  byLanguage: z.record(LangTagSchema, Share),
  overall: z.record(z.enum(OVERALL_VERDICTS), /* @__PURE__ */ z.number().check(z.int(), z.gte(0))),
  compliantShare: z.nullable(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1))),
});
export type ChecklistSummary = z.infer<typeof ChecklistSummarySchema>;

/** `GET /publication-checklists/{institutionId}?period=2026-Q1`. */
export const PublicationChecklistSchema = z.object({
  institution: InstitutionSchema,
  period: PeriodSchema,
  requirements: z.array(PublicationRequirementSchema),
  checks: z.array(PublicationCheckSchema),
  summary: ChecklistSummarySchema,
});
export type PublicationChecklist = z.infer<typeof PublicationChecklistSchema>;

/** `GET /publication-checklists/{institutionId}/periods`: every checked quarter with its summary. */
export const PublicationPeriodListSchema = z.object({
  items: z.array(z.object({ period: PeriodSchema, summary: ChecklistSummarySchema })),
});
