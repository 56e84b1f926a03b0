import type { SchemaName } from './components.js';

/** Small builders for the OpenAPI document. */
export type Json = Record<string, unknown>;
export const ref = (name: SchemaName | 'Page' | 'PublishedCommentPage'): Json => ({
  $ref: `#/components/schemas/${name}`,
});
export const list = (name: SchemaName): Json => ({
  type: 'object',
  properties: { items: { type: 'array', items: ref(name) } },
  required: ['items'],
});
export const ok = (schema: Json, description = 'OK', status = '200'): Json => ({
  [status]: { description, content: { 'application/json': { schema } } },
});
export const problem = (...codes: number[]): Json =>
  Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/Problem${c}` }]));
export const path = (name: string, description: string, schema: Json = { type: 'string' }): Json => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});
export const query = (name: string, description: string, schema: Json = { type: 'string' }): Json => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
export const body = (name: SchemaName): Json => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
});
export const staff = [{ bearer: [] }];

export const planId = path('planId', 'Plan id, e.g. xk-2026-2028');
export const number = path('number', 'Commitment number within the plan, e.g. 3');
export const PROBLEM_TITLES: Record<number, string> = {
  400: 'Malformed request',
  401: 'Missing or invalid staff token',
  403: 'Not allowed for this token',
  404: 'Not found',
  409: 'Conflict (e.g. idempotency key reused with another body)',
  413: 'Body too large',
  422: 'Invalid input: see errors[] per field',
  429: 'Too many requests',
};
