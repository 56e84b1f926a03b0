/** A staff token, or a function returning the current one (read before every staff call). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. `0` turns retries off. */
  limit?: number;
  /** Delay before retry n is `baseDelayMs × 2^(n-1)`, with full jitter. Default 300. */
  baseDelayMs?: number;
  /** Cap on one backoff delay. Default 5000. */
  maxDelayMs?: number;
  /**
   * A `Retry-After` longer than this is not waited for: the call fails with `RateLimitError`/`ServerError`. Default 10.
   * A gateway's `RateLimit-Reset` or `X-RateLimit-Reset` on a 429 or 503 is waited for at most this long.
   */
  maxRetryAfterSeconds?: number;
}

interface CommonOptions {
  /** Sent as `Accept-Language`; one of `sq`, `sr-Latn`, `en` (or any BCP 47 tag). */
  locale?: string;
  /** Injected fetch (tests, SSR, instrumentation). Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /**
   * Time limit per call, in ms, default 10 000: one clock from the first request to the end of the last body, its
   * retries and the waits between them included; a `Retry-After` that would not end before it is not waited for.
   */
  timeout?: number;
  retry?: number | RetryOptions;
  /** Extra headers on every request (e.g. an API key for a gateway). */
  headers?: Record<string, string>;
}

/** A client for the Hapur API, e.g. `{ baseUrl: 'https://data.example.org/api/v1' }`. */
export interface ApiClientOptions extends CommonOptions {
  baseUrl: string | URL;
  staticBaseUrl?: never;
  /** Staff token for the write methods; never sent on public reads. */
  token?: TokenSource;
}

/** A client for a static export (`hapur-server export-static`): same reads, no writes. */
export interface StaticClientOptions extends CommonOptions {
  staticBaseUrl: string | URL;
  baseUrl?: never;
  token?: never;
}

export type ClientOptions = ApiClientOptions | StaticClientOptions;

/** Per-call options every method accepts. */
export interface CallOptions {
  /** Abort this call (e.g. when the element leaves the page); other callers sharing the request are unaffected. */
  signal?: AbortSignal;
  /** Override the client's locale for this call. */
  locale?: string;
}

export interface WriteOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key`; a write (POST or PUT) is retried only with one, as the server answers a repeated key with
   * the first result (the reference server does for `POST /feedback`, status changes, publishing and the inbox's
   * actions; src/client/README.md). Use one key per logical submission and pass it again when the person presses "send" a second time after a failure.
   */
  idempotencyKey?: string;
}
