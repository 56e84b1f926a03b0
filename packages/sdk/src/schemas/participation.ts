import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema } from './common.js';
import { FEEDBACK_STATUSES, FEEDBACK_TYPES } from './submission.js';

const Count = /* @__PURE__ */ z.number().check(z.int(), z.gte(0));

/** `GET /participation/stats`: how many items, of which kind, in which state, and how fast answered. */
export const ParticipationStatsSchema = z.object({
  institutionId: z.optional(IdSchema),
  from: z.optional(IsoDateSchema),
  to: z.optional(IsoDateSchema),
  total: Count,
  byType: z.partialRecord(z.enum(FEEDBACK_TYPES), Count),
  byStatus: z.partialRecord(z.enum(FEEDBACK_STATUSES), Count),
  /** Share (0–1) of answered items answered by their legal deadline; null when none answered yet. */
  answeredWithinDeadlineShare: z.nullable(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(1))),
  medianResponseDays: z.nullable(/* @__PURE__ */ z.number().check(z.gte(0))),
  /** Set by the API: true when any counted item is a demonstration submission, not one a person sent. */
  demonstration: z.optional(z.boolean()),
});
export type ParticipationStats = z.infer<typeof ParticipationStatsSchema>;
