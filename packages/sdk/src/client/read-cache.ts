import { TimeoutError } from '../errors/timeout-error.js';

export interface CachedBody {
  etag: string;
  body: unknown;
}

/** How many bodies with their ETags one client keeps; past it the oldest is forgotten. */
const MAX_ENTRIES = 50;

/**
 * Per-client memory for GETs: one in-flight promise per key (concurrent identical reads share one request)
 * and the last body + ETag per key (sent back as `If-None-Match`; a 304 reuses the body).
 */
export class ReadCache {
  readonly #inflight = new Map<string, Promise<unknown>>();
  readonly #etags = new Map<string, CachedBody>();

  /** Runs `load` once for all concurrent callers of `key`. */
  shared(key: string, load: () => Promise<unknown>): Promise<unknown> {
    let pending = this.#inflight.get(key);
    if (!pending) this.#inflight.set(key, (pending = load().finally(() => this.#inflight.delete(key))));
    return pending;
  }

  etagFor(key: string): CachedBody | undefined {
    return this.#etags.get(key);
  }

  remember(key: string, etag: string | null, body: unknown): void {
    this.#etags.delete(key);
    if (!etag) return;
    this.#etags.set(key, { etag, body });
    // A Map keeps insertion order: its first key is the oldest (never undefined here, the map holds more than one).
    if (this.#etags.size > MAX_ENTRIES) this.#etags.delete(this.#etags.keys().next().value as string);
  }
}

/** Lets one caller stop waiting for a shared request without cancelling it for the others. */
export function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  method: string,
  url: string,
): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new TimeoutError({ method, url, reason: 'aborted', cause: signal.reason }));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.finally(() => signal.removeEventListener('abort', onAbort)).then(resolve, reject);
  });
}
