import type * as z from 'zod/mini';
import { ActionPlanDetailSchema, ActionPlanSummarySchema } from '../schemas/plan.js';
import { CommitmentSchema } from '../schemas/commitment.js';
import { ParticipationStatsSchema } from '../schemas/participation.js';
import {
  CoCreationProcessDetailSchema,
  ContributionSchema,
  OpportunityInputSchema,
  OpportunityListSchema,
  ParticipationOpportunitySchema,
  ResponseInputSchema,
} from '../schemas/cocreation.js';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '../rules/cocreation.js';
import {
  ProgressHistoryEntrySchema,
  ProgressUpdateInputSchema,
  ProgressUpdateSchema,
} from '../schemas/progress-update.js';
import {
  PublicationCheckInputSchema,
  PublicationCheckSchema,
  PublicationChecklistSchema,
} from '../schemas/publication.js';
import { PublicServiceSchema } from '../schemas/service.js';
import {
  ServiceChangeSchema,
  ServiceInputSchema,
  ServiceRevisionSchema,
  ServiceWithdrawInputSchema,
} from '../schemas/service-upkeep.js';
import {
  FeedbackInputSchema,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  PublishResultSchema,
  StatusChangeResultSchema,
} from '../schemas/submission.js';
import { StatusChangeInputSchema } from '../schemas/submission-staff.js';
import {
  AssignInputSchema,
  InternalNoteInputSchema,
  ReleaseInputSchema,
  StaffMeSchema,
  StaffSubmissionDetailSchema,
  StaffSubmissionPageSchema,
  STAFF_SORTS,
  STAFF_STATUS_FILTERS,
  TransferInputSchema,
  UnpublishInputSchema,
  WebhookDeliverySchema,
} from '../schemas/submission-inbox.js';
import { FEEDBACK_TYPES } from '../schemas/submission.js';
import * as p from './paths.js';
import type { PathParams, RouteId, RoutePath } from './paths.js';

type Json = Record<string, unknown>;

/** A path or query parameter: what it means and, when not a plain string, its JSON Schema. */
export interface ParamDoc {
  readonly description: string;
  readonly schema?: Json;
}

/**
 * What a route answers on success: a schema of the contract (`list` wraps it in `{ items: [...] }`), an
 * inline JSON Schema, or other media types. Named schemas become `$ref`s in the OpenAPI document.
 */
export type RouteOutput = { readonly status?: 200 | 201; readonly description?: string } & (
  | { readonly schema: z.ZodMiniType; readonly list?: true; readonly alternatives?: Readonly<Record<string, Json>> }
  | { readonly json: Json }
  | { readonly content: Readonly<Record<string, Json>> }
);

type Named<N extends string> = [N] extends [never]
  ? { readonly [K in never]: ParamDoc }
  : { readonly [K in N]: ParamDoc };

/** The documentation and schemas of one route; parameter names are checked against its path and query. */
export type RouteDoc<R extends RoutePath> = {
  readonly summary: string;
  readonly pathParams: Named<PathParams<R['path']>>;
  /** The query parameters the endpoint reads. */
  readonly queryParams: { readonly [name: string]: ParamDoc };
  /** Extra header parameters (OpenAPI parameter objects). */
  readonly headers?: readonly Json[];
  /** The request body's schema; the server validates with it. */
  readonly input?: z.ZodMiniType;
  readonly output: RouteOutput;
  /**
   * Problem statuses this route answers besides the ones every route of its kind may: a staff route
   * also 401, a write (POST, PUT) also 413 and 429, a route with a body also 400 and 415 (see `problemStatuses`).
   */
  readonly problems?: readonly number[];
};

export type RouteSpec<R extends RoutePath = RoutePath> = R & RouteDoc<R> & { readonly id: RouteId };

type Paths = typeof p.ROUTE_PATHS;
/** A route with its id and documentation; the literal types stay (the server validates with `input` typed). */
const spec = <const K extends RouteId, const D extends RouteDoc<Paths[K]>>(
  id: K,
  doc: D,
): Paths[K] & D & { readonly id: K } => ({ id, ...p.ROUTE_PATHS[id], ...doc });

const planId: ParamDoc = { description: 'Plan id, e.g. xk-2026-2028' };
const number: ParamDoc = { description: 'Commitment number within the plan, e.g. 3' };
const institutionId: ParamDoc = { description: 'Institution id' };
const reference: ParamDoc = { description: 'Public reference' };
const serviceId: ParamDoc = { description: 'Service id' };
const none = {} as const;
const boolParam = (description: string): ParamDoc => ({ description, schema: { type: 'boolean' } });
const staffIdempotency: readonly Json[] = [
  {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'A repeat with the same key answers the first result and records nothing new.',
    schema: { type: 'string', maxLength: 255 },
  },
];
/** The inbox filters, shared by the list and its CSV. */
const inboxFilters = {
  status: {
    description: 'One status, or open / closed',
    schema: { type: 'string', enum: [...STAFF_STATUS_FILTERS] },
  },
  type: { description: 'Submission type', schema: { type: 'string', enum: [...FEEDBACK_TYPES] } },
  overdue: boolParam('true: only open items past their deadline; false: the others'),
  dueWithinDays: {
    description: 'Open items due within N days (overdue included)',
    schema: { type: 'integer', minimum: 0, maximum: 366 },
  },
  q: { description: 'Search text (reference, message, topic, assignee)' },
  subjectPlanId: { description: 'Only items about this plan' },
  sort: {
    description: 'respondBy (nearest deadline first, default) or submittedAt (newest first)',
    schema: { type: 'string', enum: [...STAFF_SORTS] },
  },
  quarantined: boolParam('true: only quarantined (honeypot) items'),
} satisfies Record<string, ParamDoc>;
const paging = {
  page: { description: 'Page, from 1', schema: { type: 'integer', minimum: 1 } },
  pageSize: { description: 'Items per page (default 20)', schema: { type: 'integer', minimum: 1, maximum: 100 } },
} satisfies Record<string, ParamDoc>;
const opportunityId: ParamDoc = { description: 'Opportunity id' };
const date: ParamDoc = { description: 'YYYY-MM-DD, inclusive', schema: { type: 'string', format: 'date' } };
const opportunityFilter = {
  institution: { description: 'Organiser institution id' },
  process: { description: 'Co-creation process id' },
  from: date,
  to: date,
  kind: { description: 'Kind of opportunity', schema: { type: 'string', enum: [...OPPORTUNITY_KINDS] } },
  status: { description: 'Status', schema: { type: 'string', enum: [...OPPORTUNITY_STATUSES] } },
} as const;
const calendar = { 'text/calendar': { type: 'string' } } as const;

const commentPage: Json = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { $ref: '#/components/schemas/PublishedComment' } },
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100 },
    total: { type: 'integer', minimum: 0 },
  },
  required: ['items', 'page', 'pageSize', 'total'],
};

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

/**
 * The API, one entry per endpoint: `paths.ts` (where it lives) plus its summary, parameters, schemas
 * and problems. The OpenAPI document, the server's handlers and `/api` page, and the client's paths all
 * come from here (ADR 0006). Adding an endpoint: a constant in `paths.ts`, an entry here, one handler
 * in the server, one client function.
 */
export const API_ROUTES = {
  listPlans: /* @__PURE__ */ spec('listPlans', {
    summary: 'Action plans (without commitments), with counts.',
    pathParams: none,
    queryParams: none,
    output: { schema: ActionPlanSummarySchema, list: true },
  }),
  getPlan: /* @__PURE__ */ spec('getPlan', {
    summary: 'One action plan: commitments, milestones and their current state.',
    pathParams: { planId },
    queryParams: none,
    output: { schema: ActionPlanDetailSchema },
    problems: [404],
  }),
  getCommitment: /* @__PURE__ */ spec('getCommitment', {
    summary: 'One commitment by its number in the plan.',
    pathParams: { planId, number },
    queryParams: none,
    output: { schema: CommitmentSchema },
    problems: [404],
  }),
  listComments: /* @__PURE__ */ spec('listComments', {
    summary: 'Published, moderated comments (page, pageSize).',
    pathParams: { planId, number },
    queryParams: {
      page: { description: 'Page, from 1', schema: { type: 'integer', minimum: 1 } },
      pageSize: { description: 'Items per page', schema: { type: 'integer', minimum: 1, maximum: 100 } },
    },
    output: { json: commentPage },
    problems: [400, 404],
  }),
  exportPlanCsv: /* @__PURE__ */ spec('exportPlanCsv', {
    summary: 'The plan as CSV, one row per milestone: every text in every language, then the derived state.',
    pathParams: { planId },
    queryParams: none,
    output: {
      description: 'One row per milestone (docs/import-format.md)',
      content: { 'text/csv': { type: 'string' } },
    },
    problems: [404],
  }),
  exportPlanXlsx: /* @__PURE__ */ spec('exportPlanXlsx', {
    summary: 'The plan as an XLSX workbook, the same columns as the CSV export.',
    pathParams: { planId },
    queryParams: none,
    output: {
      description: 'One row per milestone (docs/import-format.md)',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          type: 'string',
          contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
      },
    },
    problems: [404],
  }),
  exportPlanJson: /* @__PURE__ */ spec('exportPlanJson', {
    summary: 'The plan as a downloadable JSON file.',
    pathParams: { planId },
    queryParams: none,
    output: { schema: ActionPlanDetailSchema },
    problems: [404],
  }),
  postProgressUpdate: /* @__PURE__ */ spec('postProgressUpdate', {
    summary: 'Record milestone progress.',
    pathParams: { planId, milestoneId: { description: 'Milestone id' } },
    queryParams: none,
    input: ProgressUpdateInputSchema,
    output: { status: 201, description: 'Recorded', schema: ProgressUpdateSchema },
    problems: [403, 404, 422],
  }),
  listProgressHistory: /* @__PURE__ */ spec('listProgressHistory', {
    summary: "A milestone's reporting history, oldest first: who (token name), when, what changed.",
    pathParams: { planId, milestoneId: { description: 'Milestone id' } },
    queryParams: none,
    output: { schema: ProgressHistoryEntrySchema, list: true },
    problems: [403, 404],
  }),
  listServices: /* @__PURE__ */ spec('listServices', {
    summary: 'Public services (institution, q, lang filters).',
    pathParams: none,
    queryParams: {
      institution: { description: 'Competent authority id' },
      q: { description: 'Search text' },
      lang: { description: 'BCP 47 tag' },
      status: {
        description: 'Only services with this status; without it, every service but the withdrawn ones',
        schema: { type: 'string', enum: ['active', 'inactive', 'under_development', 'withdrawn'] },
      },
    },
    output: { schema: PublicServiceSchema, list: true },
  }),
  getService: /* @__PURE__ */ spec('getService', {
    summary: 'One public service; ?format=jsonld for schema.org GovernmentService.',
    pathParams: { serviceId: { description: 'Service id' } },
    queryParams: {
      format: { description: 'jsonld for schema.org GovernmentService', schema: { type: 'string', enum: ['jsonld'] } },
      lang: { description: 'Language of the JSON-LD document (BCP 47 tag)' },
    },
    output: { schema: PublicServiceSchema, alternatives: { 'application/ld+json': { type: 'object' } } },
    problems: [404],
  }),
  putService: /* @__PURE__ */ spec('putService', {
    summary:
      "Create or replace a service the token's institution is competent for. If-Match: the ETag read (replace) or If-None-Match: * (create); lastReviewedAt is set to the day of the write.",
    pathParams: { serviceId },
    queryParams: none,
    headers: [
      {
        name: 'If-Match',
        in: 'header',
        schema: { type: 'string' },
        description: 'ETag of the version edited (replace)',
      },
      { name: 'If-None-Match', in: 'header', schema: { type: 'string', enum: ['*'] }, description: '* to create' },
    ],
    input: ServiceInputSchema,
    output: { description: 'Stored; ETag header = etag', schema: ServiceRevisionSchema },
    problems: [403, 412, 428],
  }),
  withdrawService: /* @__PURE__ */ spec('withdrawService', {
    summary:
      'Withdraw a service: kept with status withdrawn (its URL still answers), hidden from the list. Needs If-Match.',
    pathParams: { serviceId },
    queryParams: none,
    headers: [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
    input: ServiceWithdrawInputSchema,
    output: { description: 'Withdrawn; ETag header = etag', schema: ServiceRevisionSchema },
    problems: [403, 404, 412, 428],
  }),
  getServiceRevision: /* @__PURE__ */ spec('getServiceRevision', {
    summary: 'A service with the ETag to send back in If-Match (staff of a competent institution).',
    pathParams: { serviceId },
    queryParams: none,
    output: { schema: ServiceRevisionSchema },
    problems: [403, 404],
  }),
  listServiceChanges: /* @__PURE__ */ spec('listServiceChanges', {
    summary: 'The change history of a service, oldest first: who (token name), when, which fields.',
    pathParams: { serviceId },
    queryParams: none,
    output: { schema: ServiceChangeSchema, list: true },
    problems: [403, 404],
  }),
  submitFeedback: /* @__PURE__ */ spec('submitFeedback', {
    summary: 'Send a request, feedback, proposal or issue report. Requires Idempotency-Key.',
    pathParams: none,
    queryParams: none,
    headers: [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 255 } }],
    input: FeedbackInputSchema,
    output: { status: 201, description: 'Received', schema: FeedbackReceiptSchema },
    problems: [409, 422],
  }),
  getFeedbackStatus: /* @__PURE__ */ spec('getFeedbackStatus', {
    summary: 'Status history, deadline and official response of one submission.',
    pathParams: { statusToken: { description: 'Token from the receipt' } },
    queryParams: none,
    output: { schema: FeedbackStatusSchema },
    problems: [404],
  }),
  changeSubmissionStatus: /* @__PURE__ */ spec('changeSubmissionStatus', {
    summary: 'Change a submission status, with a public note or response.',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: StatusChangeInputSchema,
    output: { schema: StatusChangeResultSchema },
    problems: [403, 404, 422],
  }),
  publishComment: /* @__PURE__ */ spec('publishComment', {
    summary: 'Publish a comment next to its commitment.',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    output: { schema: PublishResultSchema },
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
    output: { schema: PublicationChecklistSchema },
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
    input: PublicationCheckInputSchema,
    output: { status: 201, description: 'Recorded', schema: PublicationCheckSchema },
    problems: [403, 404],
  }),
  getStaffMe: /* @__PURE__ */ spec('getStaffMe', {
    summary: "The staff token's name, institution and expiry.",
    pathParams: none,
    queryParams: none,
    output: { schema: StaffMeSchema },
  }),
  listStaffSubmissions: /* @__PURE__ */ spec('listStaffSubmissions', {
    summary: "The institution's inbox: submissions it must handle, filtered, sorted and paged, with counts (ETag).",
    pathParams: none,
    queryParams: { ...inboxFilters, ...paging },
    output: { schema: StaffSubmissionPageSchema },
    problems: [400],
  }),
  exportStaffSubmissionsCsv: /* @__PURE__ */ spec('exportStaffSubmissionsCsv', {
    summary: "The institution's submissions as CSV (the list's filters, every page).",
    pathParams: none,
    queryParams: inboxFilters,
    output: { description: 'One row per submission', content: { 'text/csv': { type: 'string' } } },
    problems: [400],
  }),
  getStaffSubmission: /* @__PURE__ */ spec('getStaffSubmission', {
    summary: 'One submission of the inbox with its full history, public and internal (ETag).',
    pathParams: { reference },
    queryParams: none,
    output: { schema: StaffSubmissionDetailSchema },
    problems: [404],
  }),
  assignSubmission: /* @__PURE__ */ spec('assignSubmission', {
    summary: 'Assign a submission to a named person (null: unassign).',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: AssignInputSchema,
    output: { schema: StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  addSubmissionNote: /* @__PURE__ */ spec('addSubmissionNote', {
    summary: 'Add an internal note (never shown publicly).',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: InternalNoteInputSchema,
    output: { schema: StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  unpublishComment: /* @__PURE__ */ spec('unpublishComment', {
    summary: 'Withdraw a published comment, with the reason shown publicly.',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: UnpublishInputSchema,
    output: { schema: StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  transferSubmission: /* @__PURE__ */ spec('transferSubmission', {
    summary: 'Transfer a submission to another institution with a public note (new deadline: transferRespondBy).',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: TransferInputSchema,
    output: { schema: StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  releaseSubmission: /* @__PURE__ */ spec('releaseSubmission', {
    summary: 'Release a quarantined submission into the inbox.',
    pathParams: { reference },
    queryParams: none,
    headers: staffIdempotency,
    input: ReleaseInputSchema,
    output: { schema: StaffSubmissionDetailSchema },
    problems: [403, 404, 422],
  }),
  listWebhookDeliveries: /* @__PURE__ */ spec('listWebhookDeliveries', {
    summary: "Delivery attempts of the institution's webhook, newest first.",
    pathParams: none,
    queryParams: none,
    output: { schema: WebhookDeliverySchema, list: true },
  }),
  listOpportunities: /* @__PURE__ */ spec('listOpportunities', {
    summary: 'Participation opportunities: open and upcoming first (institution, process, from, to, kind, status).',
    pathParams: none,
    queryParams: opportunityFilter,
    output: { schema: OpportunityListSchema },
    problems: [400],
  }),
  opportunitiesCalendar: /* @__PURE__ */ spec('opportunitiesCalendar', {
    summary: 'The same opportunities as an iCalendar feed (RFC 5545); undated ones are left out.',
    pathParams: none,
    queryParams: opportunityFilter,
    output: { description: 'iCalendar feed', content: calendar },
    problems: [400],
  }),
  opportunityCalendar: /* @__PURE__ */ spec('opportunityCalendar', {
    summary: 'One opportunity as an iCalendar file, to add to a calendar.',
    pathParams: { opportunityId },
    queryParams: none,
    output: { description: 'iCalendar file with one event', content: calendar },
    problems: [404],
  }),
  createOpportunity: /* @__PURE__ */ spec('createOpportunity', {
    summary: "Publish a participation opportunity of the token's institution.",
    pathParams: none,
    queryParams: none,
    input: OpportunityInputSchema,
    output: { status: 201, description: 'Created', schema: ParticipationOpportunitySchema },
    problems: [403, 404, 409],
  }),
  updateOpportunity: /* @__PURE__ */ spec('updateOpportunity', {
    summary: 'Replace a participation opportunity (dates, status, report…).',
    pathParams: { opportunityId },
    queryParams: none,
    input: OpportunityInputSchema,
    output: { schema: ParticipationOpportunitySchema },
    problems: [403, 404],
  }),
  getCoCreationProcess: /* @__PURE__ */ spec('getCoCreationProcess', {
    summary: 'A co-creation process: its opportunities, contributions, reasoned responses and counts.',
    pathParams: { processId: { description: 'Co-creation process id, e.g. xk-ogp-2026-2030' } },
    queryParams: none,
    output: { schema: CoCreationProcessDetailSchema },
    problems: [404],
  }),
  recordResponse: /* @__PURE__ */ spec('recordResponse', {
    summary: 'Record the reasoned response to a contribution (a reason is required when not adopted).',
    pathParams: { contributionId: { description: 'Contribution id' } },
    queryParams: none,
    input: ResponseInputSchema,
    output: { schema: ContributionSchema },
    problems: [403, 404],
  }),
  getOpenApi: /* @__PURE__ */ spec('getOpenApi', {
    summary: 'OpenAPI 3.1 document generated from the SDK schemas (also at /openapi.json).',
    pathParams: none,
    queryParams: none,
    output: { description: 'This document', json: { type: 'object' } },
  }),
} satisfies { readonly [K in RouteId]: RouteSpec<Paths[K]> & { readonly id: K } };

/** The request body a route accepts, as its input schema parses it. */
export type RouteInput<K extends RouteId> = (typeof API_ROUTES)[K] extends { input: infer S extends z.ZodMiniType }
  ? z.output<S>
  : never;

/** Every problem status a route may answer: its own plus those of its kind (staff, a write, with a body). */
export function problemStatuses(route: RouteSpec): number[] {
  const all = new Set(route.problems ?? []);
  if (route.staff) all.add(401);
  if (route.method !== 'GET') for (const s of [413, 429]) all.add(s);
  if (route.input) for (const s of [400, 415]) all.add(s);
  return [...all].sort((a, b) => a - b);
}
