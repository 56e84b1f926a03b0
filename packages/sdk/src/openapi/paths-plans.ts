import { type Json, body, list, number, ok, path, planId, problem, query, ref, staff } from './helpers.js';

/** Plans, commitments, comments, exports and staff progress updates. */
export function planPaths(): Json {
  const commentPage = {
    type: 'object',
    properties: {
      items: { type: 'array', items: ref('PublishedComment') },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1, maximum: 100 },
      total: { type: 'integer', minimum: 0 },
    },
    required: ['items', 'page', 'pageSize', 'total'],
  };
  return {
    '/plans': {
      get: {
        operationId: 'listPlans',
        summary: 'Action plans, without commitments',
        responses: { ...ok(list('ActionPlanSummary')) },
      },
    },
    '/plans/{planId}': {
      get: {
        operationId: 'getPlan',
        parameters: [planId],
        responses: { ...ok(ref('ActionPlanDetail')), ...problem(404) },
      },
    },
    '/plans/{planId}/commitments/{number}': {
      get: {
        operationId: 'getCommitment',
        parameters: [planId, number],
        responses: { ...ok(ref('Commitment')), ...problem(404) },
      },
    },
    '/plans/{planId}/export.csv': {
      get: {
        operationId: 'exportPlanCsv',
        parameters: [planId],
        responses: {
          200: { description: 'One row per milestone', content: { 'text/csv': { schema: { type: 'string' } } } },
          ...problem(404),
        },
      },
    },
    '/plans/{planId}/export.json': {
      get: {
        operationId: 'exportPlanJson',
        parameters: [planId],
        responses: { ...ok(ref('ImportFile')), ...problem(404) },
      },
    },
    '/plans/{planId}/commitments/{number}/comments': {
      get: {
        operationId: 'listComments',
        parameters: [
          planId,
          number,
          query('page', 'Page, from 1', { type: 'integer', minimum: 1 }),
          query('pageSize', 'Items per page', { type: 'integer', minimum: 1, maximum: 100 }),
        ],
        responses: { ...ok(commentPage), ...problem(404) },
      },
    },
    '/plans/{planId}/milestones/{milestoneId}/progress': {
      post: {
        operationId: 'addProgressUpdate',
        security: staff,
        parameters: [planId, path('milestoneId', 'Milestone id')],
        requestBody: body('ProgressUpdateInput'),
        responses: { ...ok(ref('ProgressUpdate'), 'Recorded', '201'), ...problem(401, 403, 404, 422) },
      },
    },
  };
}
