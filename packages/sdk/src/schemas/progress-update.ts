import * as z from 'zod/mini';
import { IdSchema, IsoDateTimeSchema, LocalizedTextSchema, reasonIssue, text } from './common.js';
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
};

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
    evidence: z.optional(z.array(DocumentRefSchema)),
  })
  .check((ctx) => {
    const v = ctx.value;
    if (v.status === undefined && v.completion === undefined && v.progressPercent === undefined) {
      ctx.issues.push(reasonIssue(['status'], 'nothing_changed', v));
    }
  });
export type ProgressUpdateInput = z.input<typeof ProgressUpdateInputSchema>;
