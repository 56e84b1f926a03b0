import * as inbox from '../schemas/submission-inbox.js';
import * as publication from '../schemas/publication.js';
import * as submission from '../schemas/submission.js';
import { ParticipationStatsSchema } from '../schemas/participation.js';
import { StatusChangeInputSchema } from '../schemas/submission-staff.js';
import {
  boolParam,
  created,
  institutionId,
  none,
  reference,
  spec,
  staffIdempotency,
  type Json,
  type ParamDoc,
} from './route-doc.js';

const inboxFilters = {
  status: {
    description: 'One status, or open / closed',
    schema: { type: 'string', enum: [...inbox.STAFF_STATUS_FILTERS] },
  },
  type: { description: 'Submission type', schema: { type: 'string', enum: [...submission.FEEDBACK_TYPES] } },
  overdue: boolParam('true: only open items past their deadline; false: the others'),
  dueWithinDays: {
    description: 'Open items due within N days (overdue included)',
    schema: { type: 'integer', minimum: 0, maximum: 366 },
  },
  q: { description: 'Search text (reference, message, topic, assignee)' },
  subjectPlanId: { description: 'Only items about this plan' },
  sort: {
    description: 'respondBy (nearest deadline first, default) or submittedAt (newest first)',
    schema: { type: 'string', enum: [...inbox.STAFF_SORTS] },
  },
  quarantined: boolParam('true: only quarantined (honeypot) items'),
} satisfies Record<string, ParamDoc>;
const paging = {
  page: { description: 'Page, from 1', schema: { type: 'integer', minimum: 1 } },
  pageSize: { description: 'Items per page (default 20)', schema: { type: 'integer', minimum: 1, maximum: 100 } },
} satisfies Record<string, ParamDoc>;

const periodList: Json = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: { period: { type: 'string' }, summary: { $ref: '#/components/schemas/ChecklistSummary' } },
        required: ['period', 'summary'],
      },
    },
  },
  required: ['items'],
};

/** Feedback, participation, publication checklists and the staff inbox. */
export const FEEDBACK_ROUTES = {
  submitFeedback: /* @__PURE__ */ spec('submitFeedback', {
    summary: 'Send a request, feedback, proposal or issue report. Requires Idempotency-Key.',
    pathParams: none,
    queryParams: none,
    headers: [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 255 } }],
    input: submission.FeedbackInputSchema,
    output: created('Received', submission.FeedbackReceiptSchema),
    problems: [409, 422],
  }),
  getFeedbackStatus: /* @__PURE__ */ spec('getFeedbackStatus', {
    summary: 'Status history, deadline and official response of one submission.',
    pathParams: { statusToken: { description: 'Token from the receipt' } },
    queryParams: none,
    output: { schema: submission.FeedbackStatusSchema },
    problems: [404],
  }),
  changeSubmissionStatus: /* @__PURE__ */ spec('changeSubmissionStatus', {
    summary: 'Change a submission status, with a public note or response.',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: StatusChangeInputSchema,
    output: { schema: submission.StatusChangeResultSchema },
    problems: [403, 404, 422],
  }),
  publishComment: /* @__PURE__ */ spec('publishComment', {
    summary: 'Publish a comment next to its commitment.',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    output: { schema: submission.PublishResultSchema },
    problems: [403, 404, 422],
  }),
  getParticipationStats: /* @__PURE__ */ spec('getParticipationStats', {
    summary: 'Aggregated participation statistics (institution, from, to).',
    pathParams: none,
    queryParams: {
      institution: { description: 'Institution id' },
      from: { description: 'YYYY-MM-DD', schema: { type: 'string', format: 'date' } },
      to: { description: 'YYYY-MM-DD', schema: { type: 'string', format: 'date' } },
    },
    output: { schema: ParticipationStatsSchema },
    problems: [400],
  }),
  getPublicationChecklist: /* @__PURE__ */ spec('getPublicationChecklist', {
    summary: 'Proactive-publication checklist for a quarter (?period=2026-Q1).',
    pathParams: { institutionId },
    queryParams: {
      period: { description: 'Quarter, e.g. 2026-Q1', schema: { type: 'string', pattern: '^\\d{4}-Q[1-4]$' } },
    },
    output: { schema: publication.PublicationChecklistSchema },
    problems: [400, 404],
  }),
  listPublicationPeriods: /* @__PURE__ */ spec('listPublicationPeriods', {
    summary: 'Checked quarters with their summaries.',
    pathParams: { institutionId },
    queryParams: none,
    output: { json: periodList },
    problems: [404],
  }),
  recordPublicationCheck: /* @__PURE__ */ spec('recordPublicationCheck', {
    summary: 'Record a quarterly publication check.',
    pathParams: none,
    queryParams: none,
    input: publication.PublicationCheckInputSchema,
    output: created('Recorded', publication.PublicationCheckSchema),
    problems: [403, 404],
  }),
  getStaffMe: /* @__PURE__ */ spec('getStaffMe', {
    summary: "The staff token's name, institution and expiry.",
    pathParams: none,
    queryParams: none,
    output: { schema: inbox.StaffMeSchema },
  }),
  listStaffSubmissions: /* @__PURE__ */ spec('listStaffSubmissions', {
    summary: "The institution's inbox: submissions it must handle, filtered, sorted and paged, with counts (ETag).",
    pathParams: none,
    queryParams: { ...inboxFilters, ...paging },
    output: { schema: inbox.StaffSubmissionPageSchema },
    problems: [400],
  }),
  exportStaffSubmissionsCsv: /* @__PURE__ */ spec('exportStaffSubmissionsCsv', {
    summary: "The institution's submissions as CSV (the list's filters, every page).",
    pathParams: none,
    queryParams: {
      ...inboxFilters,
      lang: { description: "Language of the service names (BCP 47 tag); else each name's own" },
    },
    output: { description: 'One row per submission', content: { 'text/csv': { type: 'string' } } },
    problems: [400],
  }),
  getStaffSubmission: /* @__PURE__ */ spec('getStaffSubmission', {
    summary: 'One submission of the inbox with its full history, public and internal (ETag).',
    pathParams: { reference },
    queryParams: none,
    output: { schema: inbox.StaffSubmissionDetailSchema },
    problems: [404],
  }),
  assignSubmission: /* @__PURE__ */ spec('assignSubmission', {
    summary: 'Assign a submission to a named person (null: unassign).',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: inbox.AssignInputSchema,
    output: { schema: inbox.StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  addSubmissionNote: /* @__PURE__ */ spec('addSubmissionNote', {
    summary: 'Add an internal note (never shown publicly).',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: inbox.InternalNoteInputSchema,
    output: { schema: inbox.StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  unpublishComment: /* @__PURE__ */ spec('unpublishComment', {
    summary: 'Withdraw a published comment, with the reason shown publicly.',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: inbox.UnpublishInputSchema,
    output: { schema: inbox.StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  transferSubmission: /* @__PURE__ */ spec('transferSubmission', {
    summary: 'Transfer a submission to another institution with a public note (new deadline: transferRespondBy).',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: inbox.TransferInputSchema,
    output: { schema: inbox.StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  releaseSubmission: /* @__PURE__ */ spec('releaseSubmission', {
    summary: 'Release a quarantined submission into the inbox.',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: inbox.ReleaseInputSchema,
    output: { schema: inbox.StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  listWebhookDeliveries: /* @__PURE__ */ spec('listWebhookDeliveries', {
    summary: "Delivery attempts of the institution's webhook, newest first.",
    pathParams: none,
    queryParams: none,
    output: { schema: inbox.WebhookDeliverySchema, list: true },
  }),
};
