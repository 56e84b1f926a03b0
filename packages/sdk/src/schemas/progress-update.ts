import * as z from 'zod/mini';
import {
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LocalizedTextSchema,
  UrlSchema,
  reasonIssue,
  text,
} from './common.js';
import { CompletionLevelSchema, DeliveryStatusSchema, ProgressPercentSchema } from './commitment.js';
import { FlexibleDateSchema } from './flexible-date.js';
import { DocumentRefSchema } from './refs.js';

export const PROGRESS_SOURCES = ['self_report', 'forum_review', 'cso_monitoring', 'irm', 'demonstration'] as const;

/** What a progress report says, both as staff send it and as the log keeps it. */
const reportFields = {
  status: z.optional(DeliveryStatusSchema),
  completion: z.optional(CompletionLevelSchema),
  progressPercent: z.optional(ProgressPercentSchema),
  narrative: LocalizedTextSchema,
  challenges: z.optional(LocalizedTextSchema),
  nextSteps: z.optional(LocalizedTextSchema),
  /** The day the report describes the state on (the reporting date the person gives); `reportedAt` is when it was sent. */
  reportingDate: z.optional(IsoDateSchema),
};

/** Evidence staff attach to a report: a link (https only) with a title, in the languages they write it. */
export const EvidenceLinkSchema = z.object({ ...DocumentRefSchema.shape, url: UrlSchema });
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/**
 * One entry of the append-only progress log. A milestone's current status, completion and
 * progress % are those of its latest update; an update states only what it changes.
 */
export const ProgressUpdateSchema = z.object({
  id: IdSchema,
  planId: IdSchema,
  milestoneId: IdSchema,
  reportedAt: IsoDateTimeSchema,
  reportedBy: z.object({
    institutionId: IdSchema,
    role: z.optional(/* @__PURE__ */ text(0, 200)),
  }),
  source: z.enum(PROGRESS_SOURCES),
  ...reportFields,
  revisedDue: z.optional(FlexibleDateSchema),
  evidence: z.array(DocumentRefSchema),
});
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>;

/**
 * What staff send to `POST /plans/{planId}/milestones/{milestoneId}/progress`. No id, time or
 * author: the server sets those from the URL and the token. Unknown fields are refused.
 */
export const ProgressUpdateInputSchema = /* @__PURE__ */ z
  .strictObject({
    ...reportFields,
    evidence: z.optional(z.array(EvidenceLinkSchema)),
  })
  .check((ctx) => {
    const v = ctx.value;
    if (v.status === undefined && v.completion === undefined && v.progressPercent === undefined) {
      ctx.issues.push(reasonIssue(['status'], 'nothing_changed', v));
    }
    // A milestone reported completed (or its completion complete) is done: a progress under 100 % in the same
    // report says otherwise, and the public tracker would show both.
    if ((v.status === 'completed' || v.completion === 'complete') && (v.progressPercent ?? 100) < 100) {
      ctx.issues.push(reasonIssue(['progressPercent'], 'completed_below_100', v));
    }
  });
export type ProgressUpdateInput = z.input<typeof ProgressUpdateInputSchema>;

export const PROGRESS_CHANGE_FIELDS = [
  'status',
  'completion',
  'progressPercent',
  'narrative',
  'challenges',
  'nextSteps',
  'reportingDate',
  'revisedDue',
  'evidence',
] as const;

/**
 * One report in a milestone's history: the update as logged, who sent it (the staff token's name; absent for
 * imported data), and what it changed: the state fields that differ from the state before it, and the
 * texts, dates and evidence it brings.
 */
export const ProgressHistoryEntrySchema = z.object({
  update: ProgressUpdateSchema,
  by: z.optional(/* @__PURE__ */ text(1, 200)),
  changed: z.array(z.enum(PROGRESS_CHANGE_FIELDS)),
});
export type ProgressHistoryEntry = z.infer<typeof ProgressHistoryEntrySchema>;
