// The feedback value lists, apart from the schemas built on them (`submission.ts`): importing a list loads no zod.

/** What a citizen may send. Complaints and formal information requests have their own legal channels. */
export const FEEDBACK_TYPES = ['request', 'feedback', 'proposal', 'issue_report'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

/** The statuses that end an item: Open311 reports them as `closed`, every other status as `open`. */
export const CLOSED_FEEDBACK_STATUSES = [
  'answered',
  'accepted',
  'partially_accepted',
  'rejected',
  'resolved',
  'duplicate',
  'not_competent',
  'withdrawn',
  'closed',
] as const;

export const FEEDBACK_STATUSES = [
  'received',
  'acknowledged',
  'in_review',
  'forwarded',
  'action_scheduled',
  'in_progress',
  ...CLOSED_FEEDBACK_STATUSES,
] as const;
export type FeedbackStatusValue = (typeof FEEDBACK_STATUSES)[number];
export const RESPONSE_DECISIONS = [
  'accepted',
  'partially_accepted',
  'rejected',
  'information_provided',
  'referred',
  'not_competent',
] as const;
