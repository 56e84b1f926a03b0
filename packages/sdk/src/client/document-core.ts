import { ReadOnlyError } from '../errors/read-only-error.js';
import type { Core, ReadRoute } from './core.js';
import { loadDocument } from './load-document.js';
import { withQuery } from './query.js';

/**
 * A read-only core on `loadDocument` for blocks that only display what they read: a plain `fetch` per read,
 * checked against the schema or its compiled shape (ADR 0005), without ky, retries, request sharing or ETag
 * memory (the block's retry button is the retry), and without a `locale` (Accept-Language) or staff token. The
 * `…ForDisplay` reads take it as they take `createCore()`'s core, with the same answers and errors; a write throws
 * `ReadOnlyError`. API mode only: a static export needs `createStaticClient`.
 */
export function createDocumentCore(options: { baseUrl: string | URL }): Core {
  const base = new URL(String(options.baseUrl), (globalThis as { location?: { href: string } }).location?.href);
  const prefix = base.href.endsWith('/') ? base.href : `${base.href}/`;
  const href = (route: ReadRoute) => prefix + withQuery(route.path, route.query);
  return {
    mode: 'api',
    href,
    read: (_operation, route, schema, call) => loadDocument(href(route), schema, call),
    write: (operation) => Promise.reject(new ReadOnlyError(operation)),
  };
}
