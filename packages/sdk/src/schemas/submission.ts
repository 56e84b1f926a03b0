import * as z from 'zod/mini';
import { FEEDBACK_STATUSES, FEEDBACK_TYPES, RESPONSE_DECISIONS } from './feedback-values.js';
import { IdSchema, IsoDateTimeSchema, LangTagSchema, LocalizedTextSchema, plainText, reasonIssue } from './common.js';
import { commitmentNumber } from './commitment-number.js';

// The value lists have no zod in them: a block that only needs a list (the form's kinds) loads no schema.
export {
  CLOSED_FEEDBACK_STATUSES,
  FEEDBACK_STATUSES,
  FEEDBACK_TYPES,
  RESPONSE_DECISIONS,
  type FeedbackStatusValue,
  type FeedbackType,
} from './feedback-values.js';

export const FeedbackStatusValueSchema = z.enum(FEEDBACK_STATUSES);

/** What the feedback is about: one service, one commitment of a plan, or a free topic. */
export const FeedbackSubjectSchema = z.strictObject({
  serviceId: z.optional(IdSchema),
  planId: z.optional(IdSchema),
  commitmentNumber: z.optional(/* @__PURE__ */ commitmentNumber()),
  topic: z.optional(plainText(2, 200)),
});
export type FeedbackSubject = z.infer<typeof FeedbackSubjectSchema>;

const ContactSchema = z.strictObject({
  name: z.optional(plainText(1, 200)),
  email: z.optional(/* @__PURE__ */ z.email().check(z.maxLength(254))),
  phone: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\+?[0-9 ()./-]{6,30}$/))),
});

/**
 * What a citizen sends to `POST /feedback`. No id, status or reference: the server assigns them.
 * Contact details are accepted only with `consent: true`; `website` is a honeypot that people
 * never see (a bot fills it). Unknown fields are refused by name.
 */
export const FeedbackInputSchema = /* @__PURE__ */ z
  .strictObject({
    type: z.enum(FEEDBACK_TYPES),
    subject: FeedbackSubjectSchema,
    institutionId: z.optional(IdSchema),
    message: plainText(10, 5000),
    location: z.optional(plainText(1, 200)),
    language: LangTagSchema,
    consent: z.optional(z.boolean()),
    contact: z.optional(ContactSchema),
    website: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(500))),
  })
  .check((ctx) => {
    const { subject, contact, consent } = ctx.value;
    const forms = [
      subject.serviceId !== undefined,
      subject.planId !== undefined || subject.commitmentNumber !== undefined,
      subject.topic !== undefined,
    ];
    if (forms.filter(Boolean).length !== 1) {
      ctx.issues.push(reasonIssue(['subject'], 'subject_one_of', subject));
    } else if (forms[1] && (subject.planId === undefined || subject.commitmentNumber === undefined)) {
      const missing = subject.planId === undefined ? 'planId' : 'commitmentNumber';
      ctx.issues.push(reasonIssue(['subject', missing], 'required', subject));
    }
    const hasContact = contact !== undefined && Object.values(contact).some((v) => v !== undefined);
    if (hasContact && consent !== true) {
      ctx.issues.push(reasonIssue(['consent'], 'consent_required', consent));
    }
  });
export type FeedbackInput = z.input<typeof FeedbackInputSchema>;

/** Public reference, e.g. `XK-2026-48207153`; doubles as the Open311 `service_request_id`. */
export const FeedbackReferenceSchema = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{2,4}-\d{4}-\d{4,8}$/));

/**
 * The fields every listed view of a submission begins with (a published comment, the staff's list, a
 * demonstration seed): its reference, its kind and its subject. Spread into those objects' shapes.
 */
export const SubmissionHeadShape = {
  reference: FeedbackReferenceSchema,
  type: z.enum(FEEDBACK_TYPES),
  subject: FeedbackSubjectSchema,
};

/** `201` answer to `POST /feedback`. Keep `statusToken`: it is the only way to follow the item. */
export const FeedbackReceiptSchema = z.object({
  reference: FeedbackReferenceSchema,
  statusToken: /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/)),
  status: FeedbackStatusValueSchema,
  submittedAt: IsoDateTimeSchema,
  respondBy: z.optional(IsoDateTimeSchema),
});
export type FeedbackReceipt = z.infer<typeof FeedbackReceiptSchema>;

export const OfficialResponseSchema = z.object({
  body: LocalizedTextSchema,
  decision: z.optional(z.enum(RESPONSE_DECISIONS)),
  respondedAt: IsoDateTimeSchema,
  appealInfo: z.optional(LocalizedTextSchema),
});

export const StatusHistoryEntrySchema = z.object({
  status: FeedbackStatusValueSchema,
  at: IsoDateTimeSchema,
  note: z.optional(LocalizedTextSchema),
});

/** `GET /feedback/{statusToken}`: the public state of one item. Never carries personal data. */
export const FeedbackStatusSchema = z.object({
  reference: FeedbackReferenceSchema,
  type: z.enum(FEEDBACK_TYPES),
  status: FeedbackStatusValueSchema,
  submittedAt: IsoDateTimeSchema,
  respondBy: z.optional(IsoDateTimeSchema),
  history: z.array(StatusHistoryEntrySchema),
  response: z.optional(OfficialResponseSchema),
});
export type FeedbackStatus = z.infer<typeof FeedbackStatusSchema>;

// The server's acknowledgements for two staff writes (packages/server/src/routes/moderation.ts).

/** `POST /feedback/{reference}/status` → `{ reference, status, at }`. */
export const StatusChangeResultSchema = /* @__PURE__ */ z.object({
  reference: FeedbackReferenceSchema,
  status: FeedbackStatusValueSchema,
  at: IsoDateTimeSchema,
});
export type StatusChangeResult = z.infer<typeof StatusChangeResultSchema>;

/** `POST /feedback/{reference}/publish` → `{ reference, published: true }`. */
export const PublishResultSchema = /* @__PURE__ */ z.object({
  reference: FeedbackReferenceSchema,
  published: z.literal(true),
});
export type PublishResult = z.infer<typeof PublishResultSchema>;
