import { API_ROUTES, type RouteSpec } from '@hapur/sdk';
import { API_BASE } from './define.js';

/** One row of the human-readable page at `/api`. */
export interface Endpoint {
  /** The server's own routes: the `route` label of the metrics and the log (the API's carry the SDK's route ids). */
  id?: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  summary: string;
  staff?: true;
}

/** The server's routes outside the API (registered by `meta.ts`, and `/` by `app.ts`). */
export const SERVER_ROUTES: readonly Endpoint[] = [
  { id: 'openapi', method: 'GET', path: '/openapi.json', summary: 'The OpenAPI document, as at /api/v1/openapi.json.' },
  { id: 'apiPage', method: 'GET', path: '/api', summary: 'This page.' },
  {
    id: 'healthz',
    method: 'GET',
    path: '/healthz',
    summary: 'Liveness: the process answers and the database answers a query.',
  },
  {
    id: 'readyz',
    method: 'GET',
    path: '/readyz',
    summary: 'Readiness: the database answers and every migration is applied; 503 problem otherwise.',
  },
  {
    id: 'metrics',
    method: 'GET',
    path: '/metrics',
    summary: 'Prometheus metrics; only with the metrics token (HAPUR_METRICS_TOKEN) or on the metrics port.',
  },
  {
    id: 'home',
    method: 'GET',
    path: '/',
    summary: 'Leads to the example pages where the server has them, else to this page.',
  },
];

/** Every endpoint: the SDK's route table under `/api/v1`, then the server's own. */
export const ENDPOINTS: readonly Endpoint[] = [
  ...(Object.values(API_ROUTES) as RouteSpec[]).map((r): Endpoint => ({
    method: r.method,
    path: API_BASE + r.path,
    summary: r.summary,
    ...(r.staff ? { staff: true as const } : {}),
  })),
  ...SERVER_ROUTES,
];

/** Each endpoint's path as a pattern of the request path (a `{param}` is one segment), with its method. */
const PATTERNS = ENDPOINTS.map((e) => ({
  method: e.method,
  path: new RegExp(`^${e.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));
const ORDER = ['GET', 'HEAD', 'POST', 'PUT'];

/**
 * The methods some endpoint takes at `path` (HEAD with GET, then OPTIONS), for the `Allow` header of a 405; empty when
 * no endpoint is at `path` (a 404).
 */
export function allowedMethods(path: string): string[] {
  const methods = new Set(PATTERNS.filter((p) => p.path.test(path)).map((p) => p.method as string));
  if (methods.size === 0) return [];
  if (methods.has('GET')) methods.add('HEAD');
  return [...ORDER.filter((m) => methods.has(m)), 'OPTIONS'];
}

export const PROBLEM_CODES: Readonly<Record<string, string>> = {
  validation_failed: 'The body does not match the schema; `errors` lists each path, including unknown fields.',
  invalid_query:
    'A query parameter is not valid (an impossible date, a malformed language tag or quarter); `errors` names it.',
  invalid_json: 'The body is not JSON.',
  unsupported_media_type: 'The body must be sent as application/json.',
  idempotency_key_missing: 'POST /feedback needs an Idempotency-Key header (any unique string, e.g. a UUID).',
  idempotency_key_invalid: 'The Idempotency-Key header is not 1–255 visible ASCII characters.',
  idempotency_key_reused: 'The Idempotency-Key was already used with a different body.',
  idempotency_in_progress: 'A request with the same Idempotency-Key is still being processed; retry shortly.',
  unauthorized: 'A staff endpoint was called without a valid bearer token.',
  token_revoked: 'The staff token was revoked (`hapur-server token revoke`); ask for a new one.',
  token_expired: 'The staff token is past its expiry date (HAPUR_STAFF_TOKEN_DAYS, default 180); ask for a new one.',
  forbidden: "The token's institution may not change this resource.",
  origin_not_allowed: 'Writes are accepted only from configured origins.',
  not_found: 'No such resource.',
  method_not_allowed: 'The path exists but not with this method; the `Allow` header lists the methods it takes.',
  opportunity_exists: 'A participation opportunity with this id exists; update it instead.',
  precondition_required:
    'PUT /services/{id} needs If-Match with the ETag it read (or If-None-Match: * to create); withdrawing needs If-Match.',
  precondition_failed:
    'Someone changed the resource since the ETag you sent (or it exists when you meant to create it): read it again.',
  not_a_comment: 'Only feedback about a plan commitment can be published next to it.',
  reporting_date_in_future: "A progress report's reporting date is later than today in every time zone.",
  reporting_date_before_plan: "A progress report's reporting date is before the action plan's period starts.",
  same_institution: 'A transfer names the institution that already has the submission.',
  unknown_institution: 'A transfer names an institution this server does not know.',
  other_country: "A transfer names an institution of another country than the submission's institution.",
  response_language_missing:
    "An official response must include the person's own language; other languages are optional.",
  body_too_large: 'The body is larger than the server accepts.',
  rate_limited: 'Too many writes from this client; wait Retry-After seconds.',
  internal_error: "A server fault; nothing was saved partially. Quote `requestId` to the site's support.",
  unavailable: 'The server is shutting down; retry on another instance or in a moment.',
  not_ready: 'The server is not ready: its database does not answer or a migration is not applied yet.',
};
