import * as plan from '../schemas/plan.js';
import * as progress from '../schemas/progress-update.js';
import { SelfAssessmentSchema } from '../schemas/self-assessment.js';
import * as upkeep from '../schemas/service-upkeep.js';
import { CommitmentSchema } from '../schemas/commitment.js';
import { InstitutionSchema } from '../schemas/institution.js';
import { PublicServiceSchema, SERVICE_STATUSES } from '../schemas/service.js';
import { PAGE_SIZE_MAX } from '../schemas/envelopes.js';
import { created, none, number, page, pageSize, planId, serviceId, spec, type Json } from './route-doc.js';

const commentPage: Json = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { $ref: '#/components/schemas/CommentListItem' } },
    page: { type: 'integer', minimum: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX },
    total: { type: 'integer', minimum: 0 },
  },
  required: ['items', 'page', 'pageSize', 'total'],
};

/** The reporting period of a self-assessment; without it, the plan's whole period up to today. */
const period = {
  from: {
    description: "First day (YYYY-MM-DD); default: the plan's start; after today: 400",
    schema: { type: 'string', format: 'date' },
  },
  to: {
    description: "Last day (YYYY-MM-DD); default: today, or the plan's end when earlier; after today: 400",
    schema: { type: 'string', format: 'date' },
  },
} as const;

/** Plans, their progress, public services (with their staff upkeep) and the institutions. */
export const PLAN_ROUTES = {
  listPlans: /* @__PURE__ */ spec('listPlans', {
    method: 'GET',
    path: '/plans',
    staticPaths: ['plans/index.json'],
    summary: 'Action plans (without commitments), with counts.',
    pathParams: none,
    queryParams: none,
    output: { schema: plan.ActionPlanSummarySchema, list: true },
  }),
  getPlan: /* @__PURE__ */ spec('getPlan', {
    method: 'GET',
    path: '/plans/{planId}',
    staticPaths: ['plans/{planId}.json'],
    summary: 'One action plan: commitments, milestones and their current state.',
    pathParams: { planId },
    queryParams: none,
    output: { schema: plan.ActionPlanDetailSchema },
    problems: [404],
  }),
  getCommitment: /* @__PURE__ */ spec('getCommitment', {
    method: 'GET',
    path: '/plans/{planId}/commitments/{number}',
    staticPaths: ['plans/{planId}/commitments/{number}.json'],
    summary: 'One commitment by its number in the plan.',
    pathParams: { planId, number },
    queryParams: none,
    output: { schema: CommitmentSchema },
    problems: [404],
  }),
  listComments: /* @__PURE__ */ spec('listComments', {
    method: 'GET',
    path: '/plans/{planId}/commitments/{number}/comments',
    // Every comment in one file; the client cuts the page.
    staticPaths: ['plans/{planId}/commitments/{number}/comments.json'],
    summary:
      'Published, moderated comments (page, pageSize); one removed by moderation is a placeholder with the reason.',
    pathParams: { planId, number },
    queryParams: { page, pageSize },
    output: { json: commentPage },
    problems: [400, 404],
  }),
  exportPlanCsv: /* @__PURE__ */ spec('exportPlanCsv', {
    method: 'GET',
    path: '/plans/{planId}/export.csv',
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
    method: 'GET',
    path: '/plans/{planId}/export.xlsx',
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
    method: 'GET',
    path: '/plans/{planId}/export.json',
    summary: 'The plan as a downloadable JSON file.',
    pathParams: { planId },
    queryParams: none,
    output: { schema: plan.ActionPlanDetailSchema },
    problems: [404],
  }),
  getSelfAssessment: /* @__PURE__ */ spec('getSelfAssessment', {
    method: 'GET',
    path: '/plans/{planId}/self-assessment',
    // The plan's whole period (a static export cannot answer for another period).
    staticPaths: ['plans/{planId}/self-assessment.json'],
    summary:
      "The plan's self-assessment for a period, one row per commitment: lead institution, completion (IRM scale), narrative of results and evidence reported in the period.",
    pathParams: { planId },
    queryParams: period,
    output: { schema: SelfAssessmentSchema },
    problems: [400, 404],
  }),
  exportSelfAssessmentCsv: /* @__PURE__ */ spec('exportSelfAssessmentCsv', {
    method: 'GET',
    path: '/plans/{planId}/self-assessment.csv',
    summary: 'The self-assessment as CSV, one row per commitment, a column per language of each text.',
    pathParams: { planId },
    queryParams: period,
    output: {
      description: 'One row per commitment (docs/import-format.md, "Self-assessment export")',
      content: { 'text/csv': { type: 'string' } },
    },
    problems: [400, 404],
  }),
  postProgressUpdate: /* @__PURE__ */ spec('postProgressUpdate', {
    method: 'POST',
    path: '/plans/{planId}/milestones/{milestoneId}/progress',
    staff: true,
    summary: 'Record milestone progress.',
    pathParams: { planId, milestoneId: { description: 'Milestone id' } },
    queryParams: none,
    input: progress.ProgressUpdateInputSchema,
    output: created('Recorded', progress.ProgressUpdateSchema),
    problems: [403, 404, 422],
  }),
  listProgressHistory: /* @__PURE__ */ spec('listProgressHistory', {
    method: 'GET',
    path: '/plans/{planId}/milestones/{milestoneId}/progress',
    staff: true,
    summary: "A milestone's reporting history, oldest first: who (token name), when, what changed.",
    pathParams: { planId, milestoneId: { description: 'Milestone id' } },
    queryParams: none,
    output: { schema: progress.ProgressHistoryEntrySchema, list: true },
    problems: [403, 404],
  }),
  listServices: /* @__PURE__ */ spec('listServices', {
    method: 'GET',
    path: '/services',
    // Every service in one file; the client filters.
    staticPaths: ['services/index.json'],
    summary: 'Public services (institution, q, lang, status filters).',
    pathParams: none,
    queryParams: {
      institution: { description: 'Competent authority id' },
      q: {
        description: 'Search text: names and descriptions in every language; accents, case and Serbian script ignored',
      },
      lang: {
        description:
          'Services offered in this language, whatever its script or region (BCP 47 tag in any letter case, sr for Serbian in either script; 400 invalid_query when it is not one)',
      },
      status: {
        description: 'Only services with this status; without it, every service but the withdrawn ones',
        schema: { type: 'string', enum: [...SERVICE_STATUSES] },
      },
    },
    output: { schema: PublicServiceSchema, list: true },
    problems: [400],
  }),
  getService: /* @__PURE__ */ spec('getService', {
    method: 'GET',
    path: '/services/{serviceId}',
    staticPaths: ['services/{serviceId}.json'],
    summary: 'One public service; ?format=jsonld for schema.org GovernmentService.',
    pathParams: { serviceId: { description: 'Service id' } },
    queryParams: {
      format: { description: 'jsonld for schema.org GovernmentService', schema: { type: 'string', enum: ['jsonld'] } },
      lang: {
        description:
          'Language of the JSON-LD document (BCP 47 tag in any letter case; 400 invalid_query when it is not one, or bare sr: name the script)',
      },
    },
    output: { schema: PublicServiceSchema, alternatives: { 'application/ld+json': { type: 'object' } } },
    problems: [400, 404],
  }),
  putService: /* @__PURE__ */ spec('putService', {
    method: 'PUT',
    path: '/services/{serviceId}',
    staff: true,
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
    input: upkeep.ServiceInputSchema,
    output: {
      description: 'Replaced; ETag header = etag',
      created: 'Created (If-None-Match: *); ETag header = etag, Location = the service URL',
      schema: upkeep.ServiceRevisionSchema,
    },
    problems: [403, 412, 428],
  }),
  withdrawService: /* @__PURE__ */ spec('withdrawService', {
    method: 'POST',
    path: '/services/{serviceId}/withdraw',
    staff: true,
    summary:
      'Withdraw a service: kept with status withdrawn (its URL still answers), hidden from the list. Needs If-Match.',
    pathParams: { serviceId },
    queryParams: none,
    headers: [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
    input: upkeep.ServiceWithdrawInputSchema,
    output: { description: 'Withdrawn; ETag header = etag', schema: upkeep.ServiceRevisionSchema },
    problems: [403, 404, 412, 428],
  }),
  reviewService: /* @__PURE__ */ spec('reviewService', {
    method: 'POST',
    path: '/services/{serviceId}/review',
    staff: true,
    summary:
      'Confirm a service card is still correct without changing it: lastReviewedAt is set to the day, the history records "reviewed". Needs If-Match.',
    pathParams: { serviceId },
    queryParams: none,
    headers: [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
    output: { description: 'Reviewed; ETag header = etag', schema: upkeep.ServiceRevisionSchema },
    problems: [403, 404, 412, 428],
  }),
  getServiceRevision: /* @__PURE__ */ spec('getServiceRevision', {
    method: 'GET',
    path: '/services/{serviceId}/revision',
    staff: true,
    summary: 'A service with the ETag to send back in If-Match (staff of a competent institution).',
    pathParams: { serviceId },
    queryParams: none,
    output: { schema: upkeep.ServiceRevisionSchema },
    problems: [403, 404],
  }),
  listServiceChanges: /* @__PURE__ */ spec('listServiceChanges', {
    method: 'GET',
    path: '/services/{serviceId}/history',
    staff: true,
    summary: 'The change history of a service, oldest first: who (token name), when, which fields.',
    pathParams: { serviceId },
    queryParams: none,
    output: { schema: upkeep.ServiceChangeSchema, list: true },
    problems: [403, 404],
  }),
  listInstitutions: /* @__PURE__ */ spec('listInstitutions', {
    method: 'GET',
    path: '/institutions',
    // Every institution in one file.
    staticPaths: ['institutions/index.json'],
    onlyStaffScreens: true,
    summary: 'Every institution, ordered by id: names in their languages, kind, sector, country, level.',
    pathParams: none,
    queryParams: none,
    output: { schema: InstitutionSchema, list: true },
  }),
};
