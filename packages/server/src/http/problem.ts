import type { Context } from 'hono';
import { FeedbackReferenceSchema } from '@hapur/sdk';

/** One field-level problem (RFC 9457 extension member `errors`). */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** An RFC 9457 problem that a handler throws; the app's error handler renders it. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[] | undefined;
  readonly headers: Readonly<Record<string, string>>;
  constructor(
    status: number,
    code: string,
    title: string,
    detail?: string,
    errors?: readonly FieldError[],
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail ?? title);
    this.status = status;
    this.code = code;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.headers = headers;
  }
}

export const problems = {
  badRequest: (code: string, detail: string, errors?: readonly FieldError[]) =>
    new HttpProblem(400, code, 'Bad request', detail, errors),
  validation: (errors: readonly FieldError[], detail?: string) =>
    new HttpProblem(
      400,
      'validation_failed',
      'Invalid request body',
      detail ?? 'The request body is not valid.',
      errors,
    ),
  unauthorized: (detail = 'A valid staff bearer token is required.', code = 'unauthorized') =>
    new HttpProblem(401, code, 'Unauthorized', detail, undefined, {
      'WWW-Authenticate': 'Bearer realm="hapur"',
    }),
  forbidden: (detail: string) => new HttpProblem(403, 'forbidden', 'Forbidden', detail),
  notFound: (detail: string) => new HttpProblem(404, 'not_found', 'Not found', detail),
  methodNotAllowed: (method: string, allow: readonly string[]) =>
    new HttpProblem(
      405,
      'method_not_allowed',
      'Method not allowed',
      `This address does not take ${method}; it takes ${allow.join(', ')}.`,
      undefined,
      { Allow: allow.join(', ') },
    ),
  conflict: (code: string, detail: string) => new HttpProblem(409, code, 'Conflict', detail),
  preconditionFailed: (detail: string) => new HttpProblem(412, 'precondition_failed', 'Precondition failed', detail),
  preconditionRequired: (detail: string) =>
    new HttpProblem(428, 'precondition_required', 'Precondition required', detail),
  unprocessable: (code: string, detail: string) => new HttpProblem(422, code, 'Unprocessable request', detail),
  tooLarge: (limit: number) =>
    new HttpProblem(413, 'body_too_large', 'Request body too large', `The limit is ${limit} bytes.`),
  unsupportedMedia: () =>
    new HttpProblem(415, 'unsupported_media_type', 'Unsupported media type', 'Send the body as application/json.'),
  tooManyRequests: (retryAfter: number) =>
    new HttpProblem(429, 'rate_limited', 'Too many requests', `Try again in ${retryAfter} seconds.`, undefined, {
      'Retry-After': String(retryAfter),
    }),
  readOnly: () => new HttpProblem(503, 'unavailable', 'Service unavailable', 'The server is shutting down.'),
};

/**
 * 404 for a submission reference that names none (`where` ends the sentence: " in your institution's inbox"). A reference
 * is said back; anything else is not: a citizen's status token pasted in its place is a secret, as in `problemInstance`.
 */
export function noSubmission(reference: string, where = ''): HttpProblem {
  return problems.notFound(
    FeedbackReferenceSchema.safeParse(reference).success
      ? `No submission "${reference}"${where}.`
      : 'No submission with that reference (a reference looks like XK-2026-48207153).',
  );
}

/** Problem `type` URIs point at the human-readable API page, one anchor per code. */
export const problemType = (code: string) => `/api#problem-${code}`;

/**
 * The problem's `instance`: the request path, except that a citizen's status token (a secret that
 * unlocks a submission's status) is never echoed back: `/api/v1/feedback/{statusToken}` stands in for
 * it. A staff write on a submission (`/api/v1/feedback/{reference}/status`, `…/publish`,
 * `/api/v1/staff/submissions/{reference}/…`) keeps its path when it names a reference, which unlocks nothing.
 */
export function problemInstance(path: string): string {
  const staff = '/api/v1/staff/submissions/';
  if (path.startsWith(staff)) {
    // A staff path names a reference; a status token pasted in its place is not repeated either.
    const [reference, ...rest] = path.slice(staff.length).split('/');
    return FeedbackReferenceSchema.safeParse(reference).success ? path : [`${staff}{reference}`, ...rest].join('/');
  }
  if (!path.startsWith('/api/v1/feedback/')) return path;
  const [reference, action, ...more] = path.slice('/api/v1/feedback/'.length).split('/');
  if (action && more.length === 0 && FeedbackReferenceSchema.safeParse(reference).success) return path;
  return '/api/v1/feedback/{statusToken}';
}

/** The problem document; `requestId` (also the `X-Request-Id` header) lets a citizen's error screen quote it to support. */
export function problemResponse(c: Context, p: HttpProblem): Response {
  const requestId: unknown = c.get('requestId');
  const body = {
    type: problemType(p.code),
    title: p.title,
    status: p.status,
    ...(p.detail === undefined ? {} : { detail: p.detail }),
    instance: problemInstance(c.req.path),
    code: p.code,
    ...(p.errors === undefined ? {} : { errors: p.errors }),
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
  for (const [name, value] of Object.entries(p.headers)) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(body), p.status as 400, { 'Content-Type': 'application/problem+json' });
}
