import { type Json, body, list, ok, path, problem, query, ref, staff } from './helpers.js';

/** Services, feedback, participation, proactive publication and the document itself. */
export function otherPaths(): Json {
  return {
    '/services': {
      get: {
        operationId: 'listServices',
        parameters: [
          query('institution', 'Competent authority id'),
          query('q', 'Search text'),
          query('lang', 'BCP 47 tag'),
        ],
        responses: { ...ok(list('PublicService')) },
      },
    },
    '/services/{serviceId}': {
      get: {
        operationId: 'getService',
        parameters: [
          path('serviceId', 'Service id'),
          query('format', 'jsonld for schema.org GovernmentService', { type: 'string', enum: ['jsonld'] }),
        ],
        responses: {
          200: {
            description: 'OK',
            content: {
              'application/json': { schema: ref('PublicService') },
              'application/ld+json': { schema: { type: 'object' } },
            },
          },
          ...problem(404),
        },
      },
    },
    '/feedback': {
      post: {
        operationId: 'submitFeedback',
        parameters: [
          { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } },
        ],
        requestBody: body('FeedbackInput'),
        responses: { ...ok(ref('FeedbackReceipt'), 'Received', '201'), ...problem(400, 409, 413, 422, 429) },
      },
    },
    '/feedback/{statusToken}': {
      get: {
        operationId: 'getFeedbackStatus',
        parameters: [path('statusToken', 'Token from the receipt')],
        responses: { ...ok(ref('FeedbackStatus')), ...problem(404) },
      },
    },
    '/feedback/{reference}/status': {
      post: {
        operationId: 'changeFeedbackStatus',
        security: staff,
        parameters: [path('reference', 'Public reference')],
        requestBody: body('StatusChangeInput'),
        responses: { ...ok(ref('FeedbackStatus')), ...problem(401, 403, 404, 422) },
      },
    },
    '/feedback/{reference}/publish': {
      post: {
        operationId: 'publishFeedback',
        security: staff,
        parameters: [path('reference', 'Public reference')],
        responses: { ...ok(ref('PublishedComment')), ...problem(401, 403, 404, 409) },
      },
    },
    '/participation/stats': {
      get: {
        operationId: 'getParticipationStats',
        parameters: [
          query('institution', 'Institution id'),
          query('from', 'YYYY-MM-DD', { type: 'string', format: 'date' }),
          query('to', 'YYYY-MM-DD', { type: 'string', format: 'date' }),
        ],
        responses: { ...ok(ref('ParticipationStats')), ...problem(422) },
      },
    },
    '/publication-checklists/{institutionId}': {
      get: {
        operationId: 'getPublicationChecklist',
        parameters: [
          path('institutionId', 'Institution id'),
          query('period', 'Quarter, e.g. 2026-Q1', { type: 'string', pattern: '^\\d{4}-Q[1-4]$' }),
        ],
        responses: { ...ok(ref('PublicationChecklist')), ...problem(404, 422) },
      },
    },
    '/publication-checklists/{institutionId}/periods': {
      get: {
        operationId: 'listPublicationPeriods',
        parameters: [path('institutionId', 'Institution id')],
        responses: {
          ...ok({
            type: 'object',
            properties: {
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { period: { type: 'string' }, summary: ref('ChecklistSummary') },
                  required: ['period', 'summary'],
                },
              },
            },
            required: ['items'],
          }),
          ...problem(404),
        },
      },
    },
    '/publication-checks': {
      post: {
        operationId: 'addPublicationCheck',
        security: staff,
        requestBody: body('PublicationCheckInput'),
        responses: { ...ok(ref('PublicationCheck'), 'Recorded', '201'), ...problem(401, 403, 422) },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        responses: {
          200: { description: 'This document', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  };
}
