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
  const failed = (cause: unknown) =>
    timer.aborted
      ? new TimeoutError({ method: 'GET', url: href, timeoutMs, cause })
      : options.signal?.aborted
        ? new TimeoutError({ method: 'GET', url: href, reason: 'aborted', cause })
        : new NetworkError({ method: 'GET', url: href, cause });
  let response: Response;
  try {
    response = await doFetch(href, { headers: { accept: 'application/json' }, signal });
  } catch (cause) {
    throw failed(cause);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw await httpError(response, body, { method: 'GET', url: href });
  }
  // The body can fail as the request can (the connection drops, the time runs out): the same errors, not a bare one.
  const text = await response.text().catch((cause: unknown) => {
    throw failed(cause);
  });
  return parseOutput(schema, parseJson(text, href), href);
}
