/** Every API endpoint, for the human-readable page at `/api` (the OpenAPI document comes from the SDK). */
export interface Endpoint {
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  staff?: true;
}

export const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', path: '/api/v1/plans', summary: 'Action plans (without commitments), with counts.' },
  {
    method: 'GET',
    path: '/api/v1/plans/{planId}',
    summary: 'One action plan: commitments, milestones and their current state.',
  },
  {
    method: 'GET',
    path: '/api/v1/plans/{planId}/commitments/{number}',
    summary: 'One commitment by its number in the plan.',
  },
  {
    method: 'GET',
    path: '/api/v1/plans/{planId}/commitments/{number}/comments',
    summary: 'Published, moderated comments (page, pageSize).',
  },
  { method: 'GET', path: '/api/v1/plans/{planId}/export.csv', summary: 'Milestones as CSV, one row each.' },
  { method: 'GET', path: '/api/v1/plans/{planId}/export.json', summary: 'The plan as a downloadable JSON file.' },
  { method: 'GET', path: '/api/v1/services', summary: 'Public services (institution, q, lang filters).' },
  {
    method: 'GET',
    path: '/api/v1/services/{serviceId}',
    summary: 'One public service; ?format=jsonld for schema.org GovernmentService.',
  },
  {
    method: 'POST',
    path: '/api/v1/feedback',
    summary: 'Send a request, feedback, proposal or issue report. Requires Idempotency-Key.',
  },
  {
    method: 'GET',
    path: '/api/v1/feedback/{statusToken}',
    summary: 'Status history, deadline and official response of one submission.',
  },
  {
    method: 'GET',
    path: '/api/v1/participation/stats',
    summary: 'Aggregated participation statistics (institution, from, to).',
  },
  {
    method: 'GET',
    path: '/api/v1/publication-checklists/{institutionId}',
    summary: 'Proactive-publication checklist for a quarter (?period=2026-Q1).',
  },
  {
    method: 'GET',
    path: '/api/v1/publication-checklists/{institutionId}/periods',
    summary: 'Checked quarters with their summaries.',
  },
  {
    method: 'POST',
    path: '/api/v1/plans/{planId}/milestones/{milestoneId}/progress',
    summary: 'Record milestone progress.',
    staff: true,
  },
  {
    method: 'POST',
    path: '/api/v1/feedback/{reference}/status',
    summary: 'Change a submission status, with a public note or response.',
    staff: true,
  },
  {
    method: 'POST',
    path: '/api/v1/feedback/{reference}/publish',
    summary: 'Publish a comment next to its commitment.',
    staff: true,
  },
  { method: 'POST', path: '/api/v1/publication-checks', summary: 'Record a quarterly publication check.', staff: true },
  {
    method: 'GET',
    path: '/api/v1/openapi.json',
    summary: 'OpenAPI 3.1 document generated from the SDK schemas (also at /openapi.json).',
  },
  { method: 'GET', path: '/healthz', summary: 'Liveness and database check.' },
];

export const PROBLEM_CODES: Readonly<Record<string, string>> = {
  validation_failed: 'The body does not match the schema; `errors` lists each path, including unknown fields.',
  invalid_json: 'The body is not JSON.',
  unsupported_media_type: 'The body must be sent as application/json.',
  idempotency_key_missing: 'POST /feedback needs an Idempotency-Key header (any unique string, e.g. a UUID).',
  idempotency_key_reused: 'The Idempotency-Key was already used with a different body.',
  unauthorized: 'A staff endpoint was called without a valid bearer token.',
  forbidden: "The token's institution may not change this resource.",
  origin_not_allowed: 'Writes are accepted only from configured origins.',
  not_found: 'No such resource.',
  body_too_large: 'The body is larger than the server accepts.',
  rate_limited: 'Too many writes from this client; wait Retry-After seconds.',
  internal_error: 'A server fault; nothing was saved partially.',
};
