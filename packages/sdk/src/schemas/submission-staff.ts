import * as z from 'zod/mini';
import { IdSchema, IsoDateTimeSchema, LangTagSchema, LocalizedTextSchema, plainText } from './common.js';
import {
  CLOSED_FEEDBACK_STATUSES,
  FeedbackStatusValueSchema,
  OfficialResponseSchema,
  RESPONSE_DECISIONS,
  StatusHistoryEntrySchema,
  SubmissionHeadShape,
  type FeedbackStatusValue,
} from './submission.js';

/** Staff `POST /feedback/{reference}/status`: the new status, a public note, optionally the official response. */
export const StatusChangeInputSchema = z.strictObject({
  status: FeedbackStatusValueSchema,
  note: z.optional(LocalizedTextSchema),
  response: z.optional(
    z.strictObject({
      body: LocalizedTextSchema,
      decision: z.optional(z.enum(RESPONSE_DECISIONS)),
      appealInfo: z.optional(LocalizedTextSchema),
    }),
  ),
});
export type StatusChangeInput = z.input<typeof StatusChangeInputSchema>;

/** A demonstration submission in a data file (`provenance.kind: "demonstration"`). No contact data. */
export const SubmissionSeedSchema = z.strictObject({
  ...SubmissionHeadShape,
  institutionId: IdSchema,
  message: plainText(10, 5000),
  language: LangTagSchema,
  submittedAt: IsoDateTimeSchema,
  status: FeedbackStatusValueSchema,
  history: z.array(StatusHistoryEntrySchema),
  response: z.optional(OfficialResponseSchema),
  published: z.optional(z.boolean()),
  publishedAt: z.optional(IsoDateTimeSchema),
});
export type SubmissionSeed = z.infer<typeof SubmissionSeedSchema>;

const CLOSED: ReadonlySet<FeedbackStatusValue> = new Set(CLOSED_FEEDBACK_STATUSES);

/** Open311 GeoReport v2 has two statuses; `forwarded` stays open (the item was re-routed, not dropped). */
export function open311Status(status: FeedbackStatusValue): 'open' | 'closed' {
  return CLOSED.has(status) ? 'closed' : 'open';
}

const FMS: Record<FeedbackStatusValue, string> = {
  received: 'OPEN',
  acknowledged: 'OPEN',
  in_review: 'INVESTIGATING',
  forwarded: 'INTERNAL_REFERRAL',
  action_scheduled: 'ACTION_SCHEDULED',
  in_progress: 'IN_PROGRESS',
  answered: 'FIXED',
  resolved: 'FIXED',
  accepted: 'FIXED',
  partially_accepted: 'FIXED',
  rejected: 'NO_FURTHER_ACTION',
  not_competent: 'NOT_COUNCILS_RESPONSIBILITY',
  duplicate: 'DUPLICATE',
  withdrawn: 'CLOSED',
  closed: 'CLOSED',
};

/** FixMyStreet's extended Open311 state for a status. */
export function fmsStatus(status: FeedbackStatusValue): string {
  return FMS[status];
}
