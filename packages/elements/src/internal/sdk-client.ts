// TODO: replace with @hapur/sdk `createClient` / `loadDocument` / `ResponseShapeError` once src/client lands.
// Until then this adapter is the ONE place in @hapur/elements that calls fetch; its errors carry the
// same literal `name`s as the SDK's, so describeError and the events do not change at the swap.
import type { PublicService } from '@hapur/sdk';
import { PublicServiceSchema } from '@hapur/sdk';
import * as z from 'zod/mini';

/** The part of the SDK client the elements use. */
export interface HapurClientLike {
  getService(id: string, options?: { signal?: AbortSignal }): Promise<PublicService>;
  listServices(query?: { institution?: string; q?: string }, options?: { signal?: AbortSignal }): Promise<{ items: PublicService[] }>;
}

export interface ClientOptions {
  baseUrl: string;
  fetch?: typeof fetch;
}

class AdapterError extends Error {
  readonly isHapurError = true;
  override readonly name: string;
  readonly status: number | undefined;
  constructor(name: string, message: string, status?: number, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
    this.status = status;
  }
}

function errorNameForStatus(status: number): string {
  if (status === 404 || status === 410) return 'NotFoundError';
  if (status >= 500) return 'ServerError';
  return 'HttpError';
}

/** Fetches a JSON document and validates it against a schema. */
export async function loadDocument<T>(url: string, schema: z.ZodMiniType<T>, options: { fetch?: typeof fetch; signal?: AbortSignal } = {}): Promise<T> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(url, { headers: { accept: 'application/json' }, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new AdapterError('NetworkError', `Request failed: GET ${url}`, undefined, cause);
  }
  if (!response.ok) throw new AdapterError(errorNameForStatus(response.status), `Request failed with ${response.status}: GET ${url}`, response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new AdapterError('ResponseShapeError', `Response is not JSON: GET ${url}`, undefined, cause);
  }
  return parseDocument(body, schema, url);
}

/** Validates already-parsed JSON (inline data) the same way a fetched document is validated. */
export function parseDocument<T>(body: unknown, schema: z.ZodMiniType<T>, where: string): T {
  const result = z.safeParse(schema, body);
  if (!result.success) throw new AdapterError('ResponseShapeError', `Data does not match the schema: ${where}`, undefined, result.error);
  return result.data;
}

const ServiceListSchema = z.object({ items: z.array(PublicServiceSchema) });

export function createClient(options: ClientOptions): HapurClientLike {
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchOptions = options.fetch ? { fetch: options.fetch } : {};
  return {
    getService: (id, init = {}) => loadDocument(`${base}/services/${encodeURIComponent(id)}`, PublicServiceSchema, { ...fetchOptions, ...init }),
    listServices: (query = {}, init = {}) => {
      const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
      const search = params.size ? `?${params}` : '';
      return loadDocument(`${base}/services${search}`, ServiceListSchema, { ...fetchOptions, ...init });
    },
  };
}

const clients = new Map<string, HapurClientLike>();

/** One client per API base URL on the page, so ten blocks share one cache and connection policy. */
export function clientFor(baseUrl: string): HapurClientLike {
  let client = clients.get(baseUrl);
  if (!client) {
    client = createClient({ baseUrl });
    clients.set(baseUrl, client);
  }
  return client;
}
