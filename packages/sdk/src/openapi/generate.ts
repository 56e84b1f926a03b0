import { componentSchemas, type SchemaName } from './components.js';

type Json = Record<string, unknown>;
const ref = (name: SchemaName | 'Page' | 'PublishedCommentPage'): Json => ({ $ref: `#/components/schemas/${name}` });
const list = (name: SchemaName): Json => ({ type: 'object', properties: { items: { type: 'array', items: ref(name) } }, required: ['items'] });
const ok = (schema: Json, description = 'OK', status = '200'): Json => ({ [status]: { description, content: { 'application/json': { schema } } } });
const problem = (...codes: number[]): Json =>
  Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/Problem${c}` }]));
const path = (name: string, description: string, schema: Json = { type: 'string' }): Json => ({ name, in: 'path', required: true, description, schema });
const query = (name: string, description: string, schema: Json = { type: 'string' }): Json => ({ name, in: 'query', required: false, description, schema });
const body = (name: SchemaName): Json => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const staff = [{ bearer: [] }];

const planId = path('planId', 'Plan id, e.g. xk-2026-2028');
const number = path('number', 'Commitment number within the plan, e.g. 3');
const PROBLEM_TITLES: Record<number, string> = {
  400: 'Malformed request', 401: 'Missing or invalid staff token', 403: 'Not allowed for this token', 404: 'Not found',
  409: 'Conflict (e.g. idempotency key reused with another body)', 413: 'Body too large', 422: 'Invalid input: see errors[] per field', 429: 'Too many requests',
};

/** The OpenAPI 3.1 document of Hapur's HTTP API (`/api/v1`), built from the zod schemas. */
export function buildOpenApiDocument(version = '0.0.0'): Json {
  const commentPage = { type: 'object', properties: { items: { type: 'array', items: ref('PublishedComment') }, page: { type: 'integer', minimum: 1 }, pageSize: { type: 'integer', minimum: 1, maximum: 100 }, total: { type: 'integer', minimum: 0 } }, required: ['items', 'page', 'pageSize', 'total'] };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { title: 'Hapur API', version, description: 'Open-government data: action plans, public services, feedback, proactive publication. Errors are RFC 9457 problem details.', license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/plans': { get: { operationId: 'listPlans', summary: 'Action plans, without commitments', responses: { ...ok(list('ActionPlanSummary')) } } },
      '/plans/{planId}': { get: { operationId: 'getPlan', parameters: [planId], responses: { ...ok(ref('ActionPlan')), ...problem(404) } } },
      '/plans/{planId}/commitments/{number}': { get: { operationId: 'getCommitment', parameters: [planId, number], responses: { ...ok(ref('Commitment')), ...problem(404) } } },
      '/plans/{planId}/export.csv': { get: { operationId: 'exportPlanCsv', parameters: [planId], responses: { 200: { description: 'One row per milestone', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problem(404) } } },
      '/plans/{planId}/export.json': { get: { operationId: 'exportPlanJson', parameters: [planId], responses: { ...ok(ref('ImportFile')), ...problem(404) } } },
      '/plans/{planId}/commitments/{number}/comments': {
        get: { operationId: 'listComments', parameters: [planId, number, query('page', 'Page, from 1', { type: 'integer', minimum: 1 }), query('pageSize', 'Items per page', { type: 'integer', minimum: 1, maximum: 100 })], responses: { ...ok(commentPage), ...problem(404) } },
      },
      '/plans/{planId}/milestones/{milestoneId}/progress': {
        post: { operationId: 'addProgressUpdate', security: staff, parameters: [planId, path('milestoneId', 'Milestone id')], requestBody: body('ProgressUpdateInput'), responses: { ...ok(ref('ProgressUpdate'), 'Recorded', '201'), ...problem(401, 403, 404, 422) } },
      },
      '/services': { get: { operationId: 'listServices', parameters: [query('institution', 'Competent authority id'), query('q', 'Search text'), query('lang', 'BCP 47 tag')], responses: { ...ok(list('PublicService')) } } },
      '/services/{serviceId}': {
        get: { operationId: 'getService', parameters: [path('serviceId', 'Service id'), query('format', 'jsonld for schema.org GovernmentService', { type: 'string', enum: ['jsonld'] })], responses: { 200: { description: 'OK', content: { 'application/json': { schema: ref('PublicService') }, 'application/ld+json': { schema: { type: 'object' } } } }, ...problem(404) } },
      },
      '/feedback': {
        post: { operationId: 'submitFeedback', parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }], requestBody: body('FeedbackInput'), responses: { ...ok(ref('FeedbackReceipt'), 'Received', '201'), ...problem(400, 409, 413, 422, 429) } },
      },
      '/feedback/{statusToken}': { get: { operationId: 'getFeedbackStatus', parameters: [path('statusToken', 'Token from the receipt')], responses: { ...ok(ref('FeedbackStatus')), ...problem(404) } } },
      '/feedback/{reference}/status': { post: { operationId: 'changeFeedbackStatus', security: staff, parameters: [path('reference', 'Public reference')], requestBody: body('StatusChangeInput'), responses: { ...ok(ref('FeedbackStatus')), ...problem(401, 403, 404, 422) } } },
      '/feedback/{reference}/publish': { post: { operationId: 'publishFeedback', security: staff, parameters: [path('reference', 'Public reference')], responses: { ...ok(ref('PublishedComment')), ...problem(401, 403, 404, 409) } } },
      '/participation/stats': { get: { operationId: 'getParticipationStats', parameters: [query('institution', 'Institution id'), query('from', 'YYYY-MM-DD', { type: 'string', format: 'date' }), query('to', 'YYYY-MM-DD', { type: 'string', format: 'date' })], responses: { ...ok(ref('ParticipationStats')), ...problem(422) } } },
      '/publication-checklists/{institutionId}': { get: { operationId: 'getPublicationChecklist', parameters: [path('institutionId', 'Institution id'), query('period', 'Quarter, e.g. 2026-Q1', { type: 'string', pattern: '^\\d{4}-Q[1-4]$' })], responses: { ...ok(ref('PublicationChecklist')), ...problem(404, 422) } } },
      '/publication-checklists/{institutionId}/periods': {
        get: { operationId: 'listPublicationPeriods', parameters: [path('institutionId', 'Institution id')], responses: { ...ok({ type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { period: { type: 'string' }, summary: ref('ChecklistSummary') }, required: ['period', 'summary'] } } }, required: ['items'] }), ...problem(404) } },
      },
      '/publication-checks': { post: { operationId: 'addPublicationCheck', security: staff, requestBody: body('PublicationCheckInput'), responses: { ...ok(ref('PublicationCheck'), 'Recorded', '201'), ...problem(401, 403, 422) } } },
      '/openapi.json': { get: { operationId: 'getOpenApi', responses: { 200: { description: 'This document', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Staff token' } },
      responses: Object.fromEntries(
        Object.entries(PROBLEM_TITLES).map(([code, description]) => [`Problem${code}`, { description, content: { 'application/problem+json': { schema: ref('ProblemDetails') } } }]),
      ),
    },
  };
}
