import type { ProblemDetails } from '../schemas/envelopes.js';
import { HapurError, guardFor, HTTP_ERROR_NAMES, type HapurErrorName } from './hapur-error.js';
import { pathOf, redactUrl } from './redact.js';

export interface HttpErrorInit {
  status: number;
  statusText?: string;
  method: string;
  /** The request URL; redacted here, so callers may pass the raw one. */
  url: string;
  requestId?: string | undefined;
  /** The server's RFC 9457 body, when it parsed. */
  problem?: ProblemDetails | undefined;
  cause?: unknown;
}

export type HttpErrorName = Extract<
  HapurErrorName,
  | 'HttpError'
  | 'NotFoundError'
  | 'UnauthorizedError'
  | 'ForbiddenError'
  | 'ConflictError'
  | 'RateLimitError'
  | 'ServerError'
>;

// HTTP/2 and synthetic Responses carry no reason phrase; messages name the status the same way everywhere.
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The server answered with a non-2xx status. Subclasses name the common cases. */
export class HttpError extends HapurError {
  override readonly name: HttpErrorName = 'HttpError';
  readonly status: number;
  /** The server's machine-readable `code` from the problem body, or `http_<status>` without one. */
  readonly code: string;
  readonly method: string;
  /** The request URL with secrets (the feedback status token) replaced by `[redacted]`. */
  readonly url: string;
  readonly requestId: string | undefined;
  readonly problem: ProblemDetails | undefined;

  constructor(init: HttpErrorInit) {
    const url = redactUrl(init.url);
    const method = init.method.toUpperCase();
    const text = init.statusText || REASONS[init.status];
    const reason = text ? `${init.status} ${text}` : String(init.status);
    const code = init.problem?.code ?? `http_${init.status}`;
    super(`Request failed with ${reason} (${code}): ${method} ${pathOf(url)}`, { cause: init.cause });
    this.status = init.status;
    this.code = code;
    this.method = method;
    this.url = url;
    this.requestId = init.requestId;
    this.problem = init.problem;
  }
}

export const isHttpError = guardFor(HttpError, ...HTTP_ERROR_NAMES);
