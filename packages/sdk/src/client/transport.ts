import ky, { HTTPError, type KyInstance, type RetryOptions as KyRetryOptions } from 'ky';
import { HapurError } from '../errors/hapur-error.js';
import { httpErrorFrom } from '../errors/http-error-from.js';
import { NetworkError } from '../errors/network-error.js';
import { parseRetryAfter } from '../errors/rate-limit-error.js';
import { redactUrl } from '../errors/redact.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { RetryOptions } from './options.js';

// ky is an implementation detail: nothing from it crosses the public API, every ky error is wrapped here.

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

export interface TransportInit {
  prefixUrl: string;
  fetch?: typeof globalThis.fetch | undefined;
  headers: Record<string, string>;
}

export function createTransport(init: TransportInit): KyInstance {
  return ky.create({
    prefixUrl: init.prefixUrl,
    // ky's timeout ends when the headers arrive; the core gives each request a signal that also covers the body.
    timeout: false,
    headers: { accept: 'application/json', ...init.headers },
    // 304 is a success for us (ETag revalidation); everything else non-2xx becomes an HttpError.
    throwHttpErrors: (status) => status !== 304,
    // Unset, ky takes the global fetch when it sends (so a fetch a test or an app installs later is used).
    fetch: init.fetch as typeof globalThis.fetch,
  });
}

/**
 * A core's retry policy, from its `retry` and `timeout` options (the defaults filled in once): each call of the
 * function it returns gives ky's retry options for one call that may be retried, a read or a write carrying an
 * Idempotency-Key (POST or PUT; the core gives any other write `retry: 0`). Our backoff, and a `Retry-After` waited
 * only when it is no longer than allowed and ends before the call's `timeout` does: a wait past that would only end in
 * TimeoutError, and the caller would lose what the server said (`RateLimitError.retryAfter`).
 */
export function retryPolicy(retry: number | RetryOptions | undefined, timeoutMs: number): () => KyRetryOptions {
  const {
    limit = 2,
    baseDelayMs = 300,
    maxDelayMs = 5000,
    maxRetryAfterSeconds = 10,
  }: RetryOptions = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return () => {
    const until = Date.now() + timeoutMs;
    return {
      // A negative limit is no retry, as 0 is (ky retries while the retry count is at most the limit).
      limit,
      methods: ['get', 'post', 'put'],
      statusCodes: RETRY_STATUSES,
      // afterStatusCodes: ky's own, 413, 429 and 503 (Retry-After is honoured on those).
      // ky also waits for a gateway's RateLimit-Reset / X-RateLimit-Reset (an hour, say); never longer than allowed.
      maxRetryAfter: maxRetryAfterSeconds * 1000,
      jitter: true,
      delay: (attempt) => Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)),
      shouldRetry: ({ error }) => {
        const after = (error instanceof HTTPError && parseRetryAfter(error.response.headers.get('retry-after'))) || 0;
        // Waiting longer than the caller allows is worse than telling them now (RateLimitError.retryAfter says when).
        return after > maxRetryAfterSeconds || after * 1000 >= until - Date.now() ? false : undefined;
      },
    };
  };
}

const nameOf = (error: unknown) => (error as { name?: unknown } | null | undefined)?.name;

/**
 * Turns whatever ky or fetch threw into an SDK error. The original stays as `cause`, except when the
 * request carried a secret (status token in the URL, staff token in a header): then it is dropped, because
 * ky's error holds the raw request and would print it.
 */
export async function wrapError(
  error: unknown,
  request: { method: string; url: string; timeoutMs: number; secret: boolean; signal?: AbortSignal | undefined },
): Promise<HapurError> {
  if (error instanceof HapurError) return error;
  const secret = request.secret || redactUrl(request.url) !== request.url;
  const cause = secret ? undefined : error;
  const base = { method: request.method, url: request.url, cause };
  if (error instanceof HTTPError) {
    const body: unknown = await error.response.json().catch(() => undefined);
    return httpErrorFrom(error.response, body, base);
  }
  // fetch rejects with the signal's reason, which is an AbortError only when abort() was called without one. The
  // caller's signal first: their AbortSignal.timeout() rejects with a TimeoutError too, as ky's timeout and ours do.
  if (request.signal?.aborted || nameOf(error) === 'AbortError')
    return new TimeoutError({ ...base, reason: 'aborted' });
  if (nameOf(error) === 'TimeoutError') return new TimeoutError({ ...base, timeoutMs: request.timeoutMs });
  return new NetworkError(base);
}
