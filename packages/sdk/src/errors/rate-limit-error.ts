import { guardFor } from './hapur-error.js';
import { HttpError, type HttpErrorInit } from './http-error.js';

/** 429 — too many requests. `retryAfter` is the server's `Retry-After` in seconds, when it sent one. */
export class RateLimitError extends HttpError {
  override readonly name = 'RateLimitError' as const;
  readonly retryAfter: number | undefined;

  constructor(init: HttpErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

export const isRateLimitError = guardFor(RateLimitError, 'RateLimitError');

/** Parses `Retry-After` (delta-seconds or an HTTP date) into whole seconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
