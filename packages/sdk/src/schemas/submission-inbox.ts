import * as z from 'zod/mini';
import { IdSchema, IsoDateTimeSchema, LangTagSchema, LocalizedTextSchema, plainText } from './common.js';
import { PAGE_MAX, PAGE_SIZE_MAX } from './envelopes.js';
import {
  FEEDBACK_STATUSES,
  FEEDBACK_TYPES,
  FeedbackReferenceSchema,
  FeedbackStatusValueSchema,
  OfficialResponseSchema,
  SubmissionHeadShape,
} from './submission.js';

// The institution's inbox (issue 16): what a staff token sees of the submissions its institution must
// handle, their history, and the bodies of the staff actions. Served under `/staff/…` (the route table).

const Count = /* @__PURE__ */ z.number().check(z.int(), z.gte(0));

/** `GET /staff/me`: who the bearer token is. */
export const StaffMeSchema = z.object({
  /** The token's name (`hapur-server token create <name> …`), recorded as "who" in the history. */
  name: z.string(),
  institutionId: IdSchema,
  institutionName: z.optional(LocalizedTextSchema),
  expiresAt: IsoDateTimeSchema,
  /** True when the operator configured a webhook for the institution. */
  webhook: z.boolean(),
});
export type StaffMe = z.infer<typeof StaffMeSchema>;

/**
 * `status` filter: one status, or every open (`open`) or closed (`closed`) status. `closed` is a status too, named
 * once here (a repeated value is a repeated member in an OpenAPI client's generated enum): as a filter it is the group.
 */
export const STAFF_STATUS_FILTERS = [...FEEDBACK_STATUSES, 'open'] as const;
export const STAFF_SORTS = ['respondBy', 'submittedAt'] as const;

/** The longest search the inbox takes (`q`), in characters: a form says so before it asks. */
export const INBOX_SEARCH_MAX = 200;
/** The most days `dueWithinDays` takes (a leap year's worth); the inbox's filter form checks and says the same. */
export const INBOX_DUE_WITHIN_MAX = 366;
/** The longest internal note staff may write (`notes`, `release`), in characters. */
export const INTERNAL_NOTE_MAX = 5000;

/**
 * The list's query (`GET /staff/submissions?…` and `submissions.csv`), typed: the server reads the query
 * string into this shape (numbers, booleans) and validates it here; absent = no filter.
 * Default sort `respondBy`: the nearest deadline first (items without one last), then the oldest.
 * `submittedAt`: newest first.
 */
export const StaffSubmissionQuerySchema = z.strictObject({
  status: z.optional(z.enum(STAFF_STATUS_FILTERS)),
  type: z.optional(z.enum(FEEDBACK_TYPES)),
  /** true: only open items past their deadline; false: only those that are not. */
  overdue: z.optional(z.boolean()),
  /** Open items due within this many days from now (overdue ones included). */
  dueWithinDays: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(0), z.lte(INBOX_DUE_WITHIN_MAX))),
  /** Case-insensitive search in the reference, message, topic and assignee. */
  q: z.optional(plainText(1, INBOX_SEARCH_MAX)),
  subjectPlanId: z.optional(IdSchema),
  page: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(PAGE_MAX))),
  pageSize: z.optional(/* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(PAGE_SIZE_MAX))),
  sort: z.optional(z.enum(STAFF_SORTS)),
  /** true: only quarantined (honeypot) items, which are otherwise never listed. */
  quarantined: z.optional(z.boolean()),
});
export type StaffSubmissionQuery = z.input<typeof StaffSubmissionQuerySchema>;

/** Contact details the person gave with consent; absent once the retention job deleted them. */
export const StaffContactSchema = z.object({
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});

/** One submission as the institution's staff sees it in the list. */
export const StaffSubmissionSchema = z.object({
  ...SubmissionHeadShape,
  /** The institution it is addressed to now (after a transfer: the new one). */
  institutionId: z.optional(IdSchema),
  /** The name of the service it is about (`subject.serviceId`), when the API has that service. */
  serviceName: z.optional(LocalizedTextSchema),
  message: z.string(),
  language: LangTagSchema,
  location: z.optional(z.string()),
  submittedAt: IsoDateTimeSchema,
  respondBy: z.optional(IsoDateTimeSchema),
  /** Open and past `respondBy`. */
  overdue: z.boolean(),
  status: FeedbackStatusValueSchema,
  closedAt: z.optional(IsoDateTimeSchema),
  /** The named person it is assigned to. */
  assignee: z.optional(z.string()),
  published: z.boolean(),
  publishedAt: z.optional(IsoDateTimeSchema),
  quarantined: z.boolean(),
  demonstration: z.boolean(),
  /** Only when the person consented and the details are not yet deleted. */
  contact: z.optional(StaffContactSchema),
  /**
   * True when the token's institution may act on it (answer, publish, transfer …): it answers for the
   * subject, or the item was transferred to it. An item merely addressed to it is listed read-only.
   */
  actionable: z.boolean(),
});
export type StaffSubmission = z.infer<typeof StaffSubmissionSchema>;

/** Counts over every submission the institution handles, whatever the filters (quarantined apart). */
export const StaffSubmissionCountsSchema = z.object({
  byStatus: z.record(FeedbackStatusValueSchema, Count),
  open: Count,
  overdue: Count,
  quarantined: Count,
});
export type StaffSubmissionCounts = z.infer<typeof StaffSubmissionCountsSchema>;

/** `GET /staff/submissions`: one page, the counts by status, and paging. */
export const StaffSubmissionPageSchema = z.object({
  items: z.array(StaffSubmissionSchema),
  page: /* @__PURE__ */ z.number().check(z.int(), z.gte(1)),
  pageSize: /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(PAGE_SIZE_MAX)),
  total: Count,
  counts: StaffSubmissionCountsSchema,
});
export type StaffSubmissionPage = z.infer<typeof StaffSubmissionPageSchema>;

export const HISTORY_KINDS = [
  'received',
  'status',
  'assigned',
  'note',
  'published',
  'unpublished',
  'transferred',
  'released',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/**
 * One entry of a submission's full history. `public` entries are the ones the person's status page
 * shows (status changes, transfers, unpublishing); `internal` ones (assignments, notes, publishing,
 * release) never leave the staff API.
 */
export const StaffHistoryEntrySchema = z.object({
  kind: z.enum(HISTORY_KINDS),
  visibility: z.enum(['public', 'internal']),
  at: IsoDateTimeSchema,
  /** The staff token's name; absent for the person's own submission and for imported history. */
  by: z.optional(z.string()),
  /** The institution that acted. */
  institutionId: z.optional(IdSchema),
  /** The status after this entry (kind `status`, `received`, `transferred`). */
  status: z.optional(FeedbackStatusValueSchema),
  /** Public note (status change, transfer) or the public reason (unpublished). */
  note: z.optional(LocalizedTextSchema),
  /** Internal note text (kind `note`). */
  text: z.optional(z.string()),
  /** kind `assigned`: the new assignee; absent when unassigned. */
  assignee: z.optional(z.string()),
  /** kind `transferred`: from and to. */
  from: z.optional(IdSchema),
  to: z.optional(IdSchema),
  /** kind `transferred`: the new deadline. */
  respondBy: z.optional(IsoDateTimeSchema),
});
export type StaffHistoryEntry = z.infer<typeof StaffHistoryEntrySchema>;

/** `GET /staff/submissions/{reference}` and every inbox action's answer: the item with its full history. */
export const StaffSubmissionDetailSchema = z.object({
  ...StaffSubmissionSchema.shape,
  history: z.array(StaffHistoryEntrySchema),
  response: z.optional(OfficialResponseSchema),
});
export type StaffSubmissionDetail = z.infer<typeof StaffSubmissionDetailSchema>;

// Action bodies. The status change and publishing keep their routes (`POST /feedback/{reference}/status`,
// `…/publish`, StatusChangeInputSchema); the official response must be given in the person's language
// (other languages optional; a machine translation is labelled `origin: { <lang>: { kind: 'machine' } }`).

/** `POST /staff/submissions/{reference}/assign`: a named person, or `null` to unassign. */
export const AssignInputSchema = z.strictObject({
  assignee: z.nullable(plainText(1, 200)),
});
export type AssignInput = z.input<typeof AssignInputSchema>;

/** `POST /staff/submissions/{reference}/notes`: an internal note, never shown publicly. */
export const InternalNoteInputSchema = z.strictObject({
  text: plainText(1, INTERNAL_NOTE_MAX),
});
export type InternalNoteInput = z.input<typeof InternalNoteInputSchema>;

/** `POST /staff/submissions/{reference}/unpublish`: the reason, shown publicly as "removed by moderation: …". */
export const UnpublishInputSchema = z.strictObject({
  reason: LocalizedTextSchema,
});
export type UnpublishInput = z.input<typeof UnpublishInputSchema>;

/**
 * `POST /staff/submissions/{reference}/transfer`: hand the item to another institution with a public
 * note. The new deadline follows `transferRespondBy` in `@hapur/sdk/rules`.
 */
export const TransferInputSchema = z.strictObject({
  institutionId: IdSchema,
  note: LocalizedTextSchema,
});
export type TransferInput = z.input<typeof TransferInputSchema>;

/** `POST /staff/submissions/{reference}/release`: move a quarantined item into the inbox (optional internal note). */
export const ReleaseInputSchema = z.strictObject({
  text: z.optional(plainText(1, INTERNAL_NOTE_MAX)),
});
export type ReleaseInput = z.input<typeof ReleaseInputSchema>;

export const WEBHOOK_EVENTS = ['submission.received', 'submission.overdue'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * The JSON body POSTed to an institution's webhook. Header `Hapur-Signature: t=<unix seconds>,
 * v1=<hex HMAC-SHA-256 of "<t>.<body>">` (docs/staff.md).
 */
export const WebhookPayloadSchema = z.object({
  id: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
  at: IsoDateTimeSchema,
  institutionId: IdSchema,
  submission: z.object({
    reference: FeedbackReferenceSchema,
    type: z.enum(FEEDBACK_TYPES),
    status: FeedbackStatusValueSchema,
    submittedAt: IsoDateTimeSchema,
    respondBy: z.optional(IsoDateTimeSchema),
  }),
});
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;

/** One webhook delivery and its attempts so far (`GET /staff/webhook-deliveries`). */
export const WebhookDeliverySchema = z.object({
  id: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
  reference: FeedbackReferenceSchema,
  state: z.enum(['pending', 'delivered', 'failed']),
  attempts: Count,
  createdAt: IsoDateTimeSchema,
  lastAttemptAt: z.optional(IsoDateTimeSchema),
  nextAttemptAt: z.optional(IsoDateTimeSchema),
  /** HTTP status of the last attempt, when the receiver answered. */
  lastStatus: z.optional(/* @__PURE__ */ z.number().check(z.int())),
  /** Why the last attempt failed (no personal data, no secret). */
  lastError: z.optional(z.string()),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;
