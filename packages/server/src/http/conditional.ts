import { etagOf } from '../domain/etag.js';
import type { Context } from 'hono';
import { etagAsSent } from './compression.js';

/** Public data: shared caches may keep it a minute and serve it stale while revalidating. */
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
/** Per-person data behind a secret URL (status tokens): never stored by a browser or a shared cache. */
export const PRIVATE_CACHE = 'no-store';
/** The API's JSON answers. */
export const JSON_TYPE = 'application/json; charset=utf-8';

/** True when an `If-None-Match` header (a list, `*`, weak or strong tags) matches `etag` (compared weakly, as RFC 9110 says). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === opaque);
}

/**
 * Sends bytes with an ETag and Cache-Control, or 304 when the client's copy is current; the ETag is the one the 200
 * carries, weak when it is sent compressed (`etagAsSent`), on the 304 too.
 */
export function sendCached(
  c: Context,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  cacheControl = PUBLIC_CACHE,
): Response {
  const etag = etagAsSent(etagOf(body), c.req.header('Accept-Encoding'), contentType);
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding, Origin');
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  return c.body(body, 200, { 'Content-Type': contentType });
}

/**
 * A file whose bytes differ from one build to the next while what it says does not: an XLSX workbook is a zip, and the
 * zip stamps each entry with the time it was built. Its ETag is weak (`W/"…"`) and of `content`, what the file says
 * (the same table as CSV), so a client's copy stays current across builds; the file is built only for a 200.
 */
export async function sendBuilt(
  c: Context,
  content: string,
  build: () => Promise<Uint8Array<ArrayBuffer>>,
  contentType: string,
  cacheControl = PUBLIC_CACHE,
): Promise<Response> {
  const etag = `W/${etagOf(`${contentType}\n${content}`)}`;
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding, Origin');
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  return c.body(await build(), 200, { 'Content-Type': contentType });
}

export function sendJson(c: Context, value: unknown, cacheControl = PUBLIC_CACHE): Response {
  return sendCached(c, JSON.stringify(value), JSON_TYPE, cacheControl);
}
