import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { httpError } from './http-error-lazy.js';
import { parseJson, parseOutput, type OutputOf, type OutputSchema } from './validate.js';

export interface LoadDocumentOptions {
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** Default 10 000 ms. */
  timeout?: number;
}

/**
 * Reads one JSON document (an element's `data-src`) and checks it against `schema` (a zod schema, or its zod-free shape for a display-only reader). No ky, no retries:
 * a plain `fetch`, so an element reading a file does not pay for the client. Errors are the SDK's own.
 */
export async function loadDocument<S extends OutputSchema>(
  url: string | URL,
  schema: S,
  options: LoadDocumentOptions = {},
): Promise<OutputOf<S>> {
  const href = String(url);
  const timeoutMs = options.timeout ?? 10_000;
  const timer = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
  const doFetch = options.fetch ?? globalThis.fetch;
  const at = { method: 'GET', url: href };
  let response: Response;
  let text = '';
  try {
    response = await doFetch(href, { headers: { accept: 'application/json' }, signal });
    // The body too: the connection can drop, or the time run out, while it arrives.
    if (response.ok) text = await response.text();
  } catch (cause) {
    if (timer.aborted) throw new TimeoutError({ ...at, timeoutMs, cause });
    if (options.signal?.aborted) throw new TimeoutError({ ...at, reason: 'aborted', cause });
    throw new NetworkError({ ...at, cause });
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw await httpError(response, body, at);
  }
  return parseOutput(schema, parseJson(text, href), href);
}
