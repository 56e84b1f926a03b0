import { HapurError, guardFor } from './hapur-error.js';
import { pathOf, redactUrl } from './redact.js';

/** No answer within `timeoutMs`, or the caller aborted (`reason: 'aborted'`, `timeoutMs` undefined). */
export class TimeoutError extends HapurError {
  override readonly name = 'TimeoutError' as const;
  readonly method: string;
  readonly url: string;
  readonly timeoutMs: number | undefined;
  readonly reason: 'timeout' | 'aborted';

  constructor(init: {
    method: string;
    url: string;
    timeoutMs?: number | undefined;
    reason?: 'timeout' | 'aborted';
    cause?: unknown;
  }) {
    const url = redactUrl(init.url);
    const method = init.method.toUpperCase();
    const reason = init.reason ?? 'timeout';
    const what = reason === 'aborted' ? 'Request aborted' : `Request timed out after ${init.timeoutMs ?? '?'} ms`;
    super(`${what}: ${method} ${pathOf(url)}`, { cause: init.cause });
    this.method = method;
    this.url = url;
    this.timeoutMs = init.timeoutMs;
    this.reason = reason;
  }
}

export const isTimeoutError = guardFor(TimeoutError, 'TimeoutError');
