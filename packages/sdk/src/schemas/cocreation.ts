import * as z from 'zod/mini';
import {
  CountrySchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LangTagSchema,
  LocalizedTextSchema,
  UrlSchema,
  reasonIssue,
  text,
} from './common.js';
import { InstitutionSchema } from './institution.js';
import { commitmentNumber } from './commitment-number.js';
import { DocumentRefSchema } from './refs.js';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, RESPONSE_STATUSES } from '../rules/cocreation.js';

// Co-creation (issue 19): the opportunities to take part in making a plan, what people proposed there,
// and the institution's reasoned response to each proposal (OGP participation and co-creation standards).

export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const WHEN_KINDS = ['date_time', 'date', 'unspecified'] as const;

/** True when this runtime's `Intl` knows `name` as a time zone (`Europe/Belgrade`, `UTC`), so dates can be shown in it. @internal */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA time zone name: `Europe/Belgrade` (Kosovo), `Europe/Tirane` (Albania), `UTC`. The pattern gives JSON Schema
 * the outline; `Intl` decides whether the zone exists (`Mars/Olympus` has the outline and would break every calendar
 * and page that shows the opportunity).
 */
export const TimeZoneSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^(?:UTC|[A-Z][A-Za-z_-]+(?:\/[A-Z][A-Za-z0-9_+-]+){1,2})$/),
    z.refine(isKnownTimeZone, { message: 'unknown_time_zone', params: { reason: 'unknown_time_zone' } }),
  );

/**
 * When an opportunity takes place: a start (and end) with a time and the zone it is held in, whole days
 * (`end` inclusive), or `unspecified` when the source gives no date. A date is never invented: an
 * unspecified opportunity is listed but kept out of calendar files.
 */
export const OpportunityWhenSchema = /* @__PURE__ */ z
  .object({
    kind: z.enum(WHEN_KINDS),
    start: z.optional(z.union([IsoDateTimeSchema, IsoDateSchema])),
    end: z.optional(z.union([IsoDateTimeSchema, IsoDateSchema])),
    timeZone: z.optional(TimeZoneSchema),
  })
  .check((ctx) => {
    const { kind, start, end, timeZone } = ctx.value;
    const isDate = (v: string | undefined) => v !== undefined && v.length === 10;
    if (kind === 'unspecified') {
      for (const key of ['start', 'end', 'timeZone'] as const)
        if (ctx.value[key] !== undefined) ctx.issues.push(reasonIssue([key], 'not_with_unspecified', ctx.value));
      return;
    }
    if (start === undefined) ctx.issues.push(reasonIssue(['start'], 'required', ctx.value));
    const wantDate = kind === 'date';
    for (const key of ['start', 'end'] as const) {
      const v = ctx.value[key];
      if (v !== undefined && isDate(v) !== wantDate)
        ctx.issues.push(reasonIssue([key], wantDate ? 'date_expected' : 'date_time_expected', ctx.value));
    }
    if (kind === 'date_time' && timeZone === undefined)
      ctx.issues.push(reasonIssue(['timeZone'], 'required', ctx.value));
    if (kind === 'date' && timeZone !== undefined)
      ctx.issues.push(reasonIssue(['timeZone'], 'not_with_date', ctx.value));
    if (start !== undefined && end !== undefined && Date.parse(end) < Date.parse(start))
      ctx.issues.push(reasonIssue(['end'], 'end_before_start', ctx.value));
  });
export type OpportunityWhen = z.infer<typeof OpportunityWhenSchema>;

const opportunityFields = {
  kind: z.enum(OPPORTUNITY_KINDS),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  /** The institution that organises it; absent when the source does not say. */
  organiserInstitutionId: z.optional(IdSchema),
  /** The co-creation process it belongs to. */
  processId: z.optional(IdSchema),
  when: OpportunityWhenSchema,
  place: z.optional(LocalizedTextSchema),
  /** Where to join online (https only). */
  onlineUrl: z.optional(UrlSchema),
  howToTakePart: z.optional(LocalizedTextSchema),
  /** Last day to give input (inclusive, in the opportunity's zone). */
  inputDeadline: z.optional(IsoDateSchema),
  accessibility: z.optional(LocalizedTextSchema),
  /** Languages it is held in (or documents are available in). */
  languages: z.optional(z.array(LangTagSchema)),
  status: z.enum(OPPORTUNITY_STATUSES),
  /** The report, minutes or notes of what happened. */
  report: z.optional(DocumentRefSchema),
};

/** An opportunity to take part in co-creating a plan: a training, meeting, workshop, call, comment period or hearing. */
export const ParticipationOpportunitySchema = z.object({
  id: IdSchema,
  ...opportunityFields,
  /** Set by the API: the dates or the opportunity itself are demonstration data, not from a source document. */
  demonstration: z.optional(z.boolean()),
  updatedAt: z.optional(IsoDateTimeSchema),
});
export type ParticipationOpportunity = z.infer<typeof ParticipationOpportunitySchema>;
export type ParticipationOpportunityInput = z.input<typeof ParticipationOpportunitySchema>;

/** `POST /participation/opportunities` (create) and `POST /participation/opportunities/{id}` (replace): staff input. */
export const OpportunityInputSchema = z.strictObject({
  id: z.optional(IdSchema),
  ...opportunityFields,
  organiserInstitutionId: IdSchema,
});
export type OpportunityInput = z.input<typeof OpportunityInputSchema>;

export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** A commitment (or one of its milestones) of a plan that took an idea in. */
export const AdoptedIntoSchema = z.strictObject({
  planId: IdSchema,
  commitmentNumber: /* @__PURE__ */ commitmentNumber(),
  milestoneNumber: z.optional(/* @__PURE__ */ commitmentNumber()),
});
export type AdoptedInto = z.infer<typeof AdoptedIntoSchema>;

const responseFields = {
  status: z.enum(RESPONSE_STATUSES),
  /** Why: required when not adopted (OGP asks for a reasoned response). */
  reason: z.optional(LocalizedTextSchema),
  /** The commitments or milestones that took the idea in: required when adopted. */
  adoptedInto: z.optional(z.array(AdoptedIntoSchema)),
};

/** The rule, once: a reason when not adopted; a commitment when adopted; no link while under consideration. */
function responseRule(ctx: {
  value: { status: ResponseStatus; reason?: unknown; adoptedInto?: readonly unknown[] | undefined };
  issues: unknown[];
}) {
  const { status, reason, adoptedInto } = ctx.value;
  const links = adoptedInto?.length ?? 0;
  if (status === 'not_adopted' && reason === undefined)
    ctx.issues.push(reasonIssue(['reason'], 'reason_required', ctx.value));
  if (status === 'adopted' && links === 0)
    ctx.issues.push(reasonIssue(['adoptedInto'], 'commitment_required', ctx.value));
  if ((status === 'not_adopted' || status === 'under_consideration') && links > 0)
    ctx.issues.push(reasonIssue(['adoptedInto'], 'not_with_status', ctx.value));
}

/** The institution's reasoned response to one contribution. */
export const ReasonedResponseSchema = /* @__PURE__ */ z
  .object({
    ...responseFields,
    respondedBy: z.optional(IdSchema),
    respondedAt: z.optional(IsoDateTimeSchema),
  })
  .check(responseRule);
export type ReasonedResponse = z.infer<typeof ReasonedResponseSchema>;

/** `POST /cocreation/contributions/{contributionId}/response`: what a staff member records. */
export const ResponseInputSchema = /* @__PURE__ */ z.strictObject(responseFields).check(responseRule);
export type ResponseInput = z.input<typeof ResponseInputSchema>;

export const CONTRIBUTOR_KINDS = ['organisation', 'participants', 'participant'] as const;

/**
 * Who proposed it: an organisation by name, the participants of the opportunity together (a meeting's
 * conclusions), or one participant, unnamed. There is no field for a person's name.
 */
export const ContributorSchema = /* @__PURE__ */ z
  .strictObject({ kind: z.enum(CONTRIBUTOR_KINDS), name: z.optional(LocalizedTextSchema) })
  .check((ctx) => {
    const { kind, name } = ctx.value;
    if (kind === 'organisation' && name === undefined) ctx.issues.push(reasonIssue(['name'], 'required', ctx.value));
    if (kind !== 'organisation' && name !== undefined)
      ctx.issues.push(reasonIssue(['name'], 'organisation_only', ctx.value));
  });
export type Contributor = z.infer<typeof ContributorSchema>;

/** What was proposed, by whom, where, and the response to it. */
export const ContributionSchema = z.object({
  id: IdSchema,
  processId: IdSchema,
  opportunityId: z.optional(IdSchema),
  /** Its number in the source, e.g. the order of a meeting's recommended measures. */
  number: z.optional(/* @__PURE__ */ text(1, 20)),
  text: LocalizedTextSchema,
  from: ContributorSchema,
  response: ReasonedResponseSchema,
});
export type Contribution = z.infer<typeof ContributionSchema>;

/** A co-creation process: making one action plan together, with its opportunities and contributions. */
export const CoCreationProcessSchema = z.object({
  id: IdSchema,
  country: CountrySchema,
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  /** The plan's period as written by the source, in years: 2026–2030. */
  planPeriod: z.optional(z.object({ start: /* @__PURE__ */ z.int(), end: /* @__PURE__ */ z.int() })),
  /** The plan it produced or feeds, once it exists in Hapur. */
  planId: z.optional(IdSchema),
  coordinatingInstitutionId: z.optional(IdSchema),
  /** The IANA zone its events are held in. */
  timeZone: TimeZoneSchema,
  sourceLanguage: LangTagSchema,
});
export type CoCreationProcess = z.infer<typeof CoCreationProcessSchema>;

const Count = /* @__PURE__ */ z.number().check(z.int(), z.gte(0));

/** `GET /cocreation/{processId}`: the process, its opportunities, contributions with responses, and counts. */
export const CoCreationProcessDetailSchema = z.object({
  ...CoCreationProcessSchema.def.shape,
  opportunities: z.array(ParticipationOpportunitySchema),
  contributions: z.array(ContributionSchema),
  counts: z.record(z.enum(RESPONSE_STATUSES), Count),
  /** Every institution named (organisers, coordinator, responders). */
  institutions: z.array(InstitutionSchema),
});
export type CoCreationProcessDetail = z.infer<typeof CoCreationProcessDetailSchema>;

/** `GET /participation/opportunities`: the list, with the institutions it names. */
export const OpportunityListSchema = z.object({
  items: z.array(ParticipationOpportunitySchema),
  institutions: z.array(InstitutionSchema),
});
export type OpportunityList = z.infer<typeof OpportunityListSchema>;
