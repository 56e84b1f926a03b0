import * as z from 'zod/mini';
import { CurrencySchema, IdSchema, IsoDateTimeSchema, LocalizedTextSchema, text } from './common.js';
import { FlexibleDateSchema } from './flexible-date.js';
import { commitmentNumber } from './commitment-number.js';
import { DocumentRefSchema, SupportingActorSchema } from './refs.js';

export const OGP_VALUES = [
  'access_to_information',
  'transparency',
  'civic_participation',
  'public_accountability',
  'technology_innovation',
] as const;
export type OgpValue = (typeof OGP_VALUES)[number];

/** Where delivery stands (Decidim/Consul style). Separate from completion and from progress %. */
export const DELIVERY_STATUSES = [
  'planned',
  'on_track',
  'at_risk',
  'delayed',
  'completed',
  'cancelled',
  'withdrawn',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DeliveryStatusSchema = z.enum(DELIVERY_STATUSES);

/** How much is done, on the OGP Independent Reporting Mechanism scale. */
export const COMPLETION_LEVELS = ['no_evidence', 'not_started', 'limited', 'substantial', 'complete'] as const;
export type CompletionLevel = (typeof COMPLETION_LEVELS)[number];
export const CompletionLevelSchema = z.enum(COMPLETION_LEVELS);

export const ProgressPercentSchema = /* @__PURE__ */ z.number().check(z.gte(0), z.lte(100));

/** A milestone ("pikë/etapë kyçe"). Its state fields are derived from progress updates, never hand-edited. */
export const MilestoneSchema = z.object({
  id: IdSchema,
  number: /* @__PURE__ */ commitmentNumber(),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  expectedResults: z.array(LocalizedTextSchema),
  due: FlexibleDateSchema,
  leadInstitutionId: z.optional(IdSchema),
  leadText: z.optional(LocalizedTextSchema),
  supportingActors: z.array(SupportingActorSchema),
  status: DeliveryStatusSchema,
  completion: z.optional(CompletionLevelSchema),
  progressPercent: z.optional(ProgressPercentSchema),
  latestUpdate: z.optional(z.object({ id: IdSchema, reportedAt: IsoDateTimeSchema, narrative: LocalizedTextSchema })),
  evidence: z.array(DocumentRefSchema),
});
export type Milestone = z.infer<typeof MilestoneSchema>;
export type MilestoneInput = z.input<typeof MilestoneSchema>;

/**
 * The plan's "Analiza e Zotimit": its answers to how the commitment promotes transparency
 * ("Si do ta promovojë transparencën zotimi?"), fosters accountability ("… nxitjen e llogaridhënies?")
 * and improves citizen participation ("… pjesëmarrjen e qytetarëve …?"). Each is omitted when absent.
 */
export const ValueAnalysisSchema = z.object({
  transparency: z.optional(LocalizedTextSchema),
  accountability: z.optional(LocalizedTextSchema),
  participation: z.optional(LocalizedTextSchema),
});
export type ValueAnalysis = z.infer<typeof ValueAnalysisSchema>;

/** One commitment of an action plan, addressed by `number` within its plan. */
export const CommitmentSchema = z.object({
  id: IdSchema,
  number: /* @__PURE__ */ commitmentNumber(),
  componentId: z.optional(IdSchema),
  title: LocalizedTextSchema,
  shortDescription: z.optional(LocalizedTextSchema),
  problem: z.optional(LocalizedTextSchema),
  causes: z.optional(LocalizedTextSchema),
  solution: z.optional(LocalizedTextSchema),
  expectedResults: z.optional(LocalizedTextSchema),
  /** "Çfarë është bërë deri më tani për ta zgjidhur problemin?": what was done before this plan. */
  priorEfforts: z.optional(LocalizedTextSchema),
  valueAnalysis: z.optional(ValueAnalysisSchema),
  ogpValues: z.array(z.enum(OGP_VALUES)),
  leadInstitutionId: z.optional(IdSchema),
  leadText: z.optional(LocalizedTextSchema),
  supportingActors: z.array(SupportingActorSchema),
  period: z.optional(z.object({ text: /* @__PURE__ */ text(1, 200) })),
  budget: z.optional(
    z.object({
      text: LocalizedTextSchema,
      amount: z.optional(/* @__PURE__ */ z.number().check(z.gte(0))),
      currency: z.optional(CurrencySchema),
    }),
  ),
  milestones: z.array(MilestoneSchema),
});
export type Commitment = z.infer<typeof CommitmentSchema>;
export type CommitmentInput = z.input<typeof CommitmentSchema>;
