import type { ProblemDetails } from '../schemas/envelopes.js';
import { checkShape } from '../shapes/check.js';
import { ProblemDetailsShape } from '../shapes/problem.generated.js';
import { ConflictError } from './conflict-error.js';
import { ForbiddenError } from './forbidden-error.js';
import { HttpError, type HttpErrorInit } from './http-error.js';
import { InputValidationError } from './input-validation-error.js';
import { NotFoundError } from './not-found-error.js';
import { RateLimitError, parseRetryAfter } from './rate-limit-error.js';
import { ServerError } from './server-error.js';
import { UnauthorizedError } from './unauthorized-error.js';

export interface ResponseLike {
  readonly status: number;
  readonly statusText?: string;
  readonly headers: { get(name: string): string | null };
}

/**
 * Picks the error class for a non-2xx response (stripe's `generate`): 404, 401, 403, 409, 429, 5xx get
 * their own class, 400/422 with field errors become an `InputValidationError`, anything else an `HttpError`.
 * `body` is the parsed JSON body (or undefined); it is kept only if it is a valid problem document.
 */
export function httpErrorFrom(
  response: ResponseLike,
  body: unknown,
  request: { method: string; url: string; cause?: unknown },
): HttpError | InputValidationError {
  // Checked against the problem's shape (compiled from ProblemDetailsSchema), so reading errors needs no zod.
  const problem = checkShape(ProblemDetailsShape, body).length === 0 ? (body as ProblemDetails) : undefined;
  const init: HttpErrorInit = {
    status: response.status,
    method: request.method,
    url: request.url,
    requestId: response.headers.get('x-request-id') ?? problem?.requestId,
    problem,
    cause: request.cause,
  };
  if (response.statusText) init.statusText = response.statusText;
  const status = response.status;
  if ((status === 400 || status === 422) && problem?.errors?.length) {
    return new InputValidationError('request', problem.errors, {
      source: 'server',
      status,
      cause: new HttpError(init),
    });
  }
  if (status === 404) return new NotFoundError(init);
  if (status === 401) return new UnauthorizedError(init);
  if (status === 403) return new ForbiddenError(init);
  if (status === 409) return new ConflictError(init);
  if (status === 429)
    return new RateLimitError({ ...init, retryAfter: parseRetryAfter(response.headers.get('retry-after')) });
  if (status >= 500) return new ServerError(init);
  return new HttpError(init);
}
