import type { KyInstance, Options as KyOptions } from 'ky';
import type * as z from 'zod/mini';
import { ReadOnlyError } from '../errors/read-only-error.js';
import type { CallOptions, ClientOptions, WriteOptions } from './options.js';
import { ReadCache, untilAborted } from './read-cache.js';
import { createTransport, retryPolicy, wrapError } from './transport.js';
import { parseInput, parseJson, parseOutput, type OutputOf, type OutputSchema } from './validate.js';
import { withQuery } from './query.js';

export interface ReadRoute {
  /** Path below `baseUrl`, no leading slash, segments already encoded: `plans/xk-2026-2028`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** File below `staticBaseUrl`; `undefined` when a static export cannot answer this read. */
  staticPath: string | undefined;
  /** Sends the staff token as `Authorization: Bearer …` (staff reads; API mode only). */
  staff?: boolean;
  /** Reads the body another way than JSON (a CSV download with its file name); API mode only. */
  body?: (response: Response) => Promise<unknown>;
}

export interface WriteRequest<I extends z.ZodMiniType> {
  path: string;
  /** `POST` unless said (`PUT` replaces a resource). */
  method?: 'POST' | 'PUT';
  /** Preconditions: `if-match` (the ETag a change is based on) or `if-none-match: *` (create only). */
  conditions?: { 'if-match'?: string; 'if-none-match'?: '*' };
  /** The input schema and the caller's value; omitted for a POST without a body. */
  input?: { schema: I; value: unknown };
  /** Sends the staff token as `Authorization: Bearer …`. */
  staff?: boolean;
}

/**
 * The shared part of every client: transport, retries, dedupe, ETag memory, validation. Resource functions
 * (`getService(core, id)`, `submitFeedback(core, input)`, …) take it as their first argument, so a bundle
 * contains only the resources it imports.
 */
export interface Core {
  readonly mode: 'api' | 'static';
  /** Reads and checks a document: against a zod schema, or a shape compiled from one (no zod; ADR 0005). */
  read<S extends OutputSchema>(
    operation: string,
    route: ReadRoute,
    schema: S,
    options?: CallOptions,
  ): Promise<OutputOf<S>>;
  write<I extends z.ZodMiniType, O extends z.ZodMiniType>(
    operation: string,
    request: WriteRequest<I>,
    output: O,
    options?: WriteOptions,
  ): Promise<z.output<O>>;
  /** The absolute URL a read would fetch, for a link (a calendar file); undefined when this mode has none. */
  href(route: ReadRoute): string | undefined;
}

/** Resolves the base once (against the page in a browser), so every request and error names a full URL. */
function absoluteBase(base: string | URL): string {
  let url: URL;
  try {
    url = new URL(String(base), (globalThis as { location?: { href: string } }).location?.href);
  } catch (cause) {
    throw new TypeError(`Hapur client: "${String(base)}" is not a URL this runtime can resolve; use an absolute URL`, {
      cause,
    });
  }
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function createCore(options: ClientOptions): Core {
  const mode = options.staticBaseUrl !== undefined ? 'static' : 'api';
  const prefix = absoluteBase(options.staticBaseUrl ?? options.baseUrl);
  const timeoutMs = options.timeout ?? 10_000;
  const retries = retryPolicy(options.retry, timeoutMs);
  const http: KyInstance = createTransport({
    prefixUrl: prefix,
    fetch: options.fetch,
    headers: options.headers ?? {},
  });
  const cache = new ReadCache();
  // The time a request may take, its tries and its body included (ky's own timeout ends when the headers arrive, so
  // a body that stalls on a bad connection was waited for forever); it ends with TimeoutError (transport.ts).
  const deadline = () => AbortSignal.timeout(timeoutMs);
  const token = options.token;

  async function bearer(headers: Record<string, string>): Promise<void> {
    const value = typeof token === 'function' ? await token() : token;
    if (value) headers.authorization = `Bearer ${value}`;
  }

  async function load(
    path: string,
    key: string,
    locale: string | undefined,
    url: string,
    staff?: boolean,
    read?: ReadRoute['body'],
  ): Promise<unknown> {
    const cached = cache.etagFor(key);
    const headers: Record<string, string> = {};
    if (locale) headers['accept-language'] = locale;
    if (staff) await bearer(headers);
    if (cached) headers['if-none-match'] = cached.etag;
    try {
      const response = await http.get(path, { headers, retry: retries(), signal: deadline() });
      if (response.status === 304 && cached) return cached.body;
      // The body too: a connection dropped while it arrives is a NetworkError, not a bare TypeError.
      const body = read ? await read(response) : parseJson(await response.text(), url);
      cache.remember(key, response.headers.get('etag'), body);
      return body;
    } catch (error) {
      throw await wrapError(error, { method: 'GET', url, timeoutMs, secret: !!staff });
    }
  }

  const pathOf = (route: ReadRoute) => (mode === 'static' ? route.staticPath : withQuery(route.path, route.query));

  return {
    mode,
    href(route) {
      const path = pathOf(route);
      return path === undefined ? undefined : prefix + path;
    },
    async read(operation, route, schema, call = {}) {
      const path = pathOf(route);
      if (path === undefined) throw new ReadOnlyError(operation);
      const locale = call.locale ?? options.locale;
      const key = `${locale ?? ''} ${path}`;
      const url = prefix + path;
      const shared = cache.shared(key, () => load(path, key, locale, url, route.staff, route.body));
      return parseOutput(schema, await untilAborted(shared, call.signal, 'GET', url), url);
    },

    async write(operation, request, output, call = {}) {
      if (mode === 'static') throw new ReadOnlyError(operation);
      const url = prefix + request.path;
      const method = request.method ?? 'POST';
      const headers: Record<string, string> = { ...request.conditions };
      const kyOptions: KyOptions = { method, headers, retry: 0 };
      if (request.input) kyOptions.json = parseInput(request.input.schema, request.input.value, operation);
      const locale = call.locale ?? options.locale;
      if (locale) headers['accept-language'] = locale;
      // Only a write carrying an Idempotency-Key is retried, a PUT as a POST: the server answers a repeat with the
      // first result.
      if (call.idempotencyKey) {
        headers['idempotency-key'] = call.idempotencyKey;
        kyOptions.retry = retries();
      }
      if (request.staff) await bearer(headers);
      kyOptions.signal = call.signal ? AbortSignal.any([call.signal, deadline()]) : deadline();
      let body: unknown;
      try {
        body = parseJson(await (await http(request.path, kyOptions)).text(), url);
      } catch (error) {
        throw await wrapError(error, { method, url, timeoutMs, secret: !!request.staff, signal: call.signal });
      }
      return parseOutput(output, body, url);
    },
  };
}
