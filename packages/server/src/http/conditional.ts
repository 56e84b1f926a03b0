import { etagOf } from '../domain/etag.js';
import type { Context } from 'hono';

/** Public data: shared caches may keep it a minute and serve it stale while revalidating. */
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
/** Per-person data behind a secret URL (status tokens): never stored by a browser or a shared cache. */
export const PRIVATE_CACHE = 'no-store';

/** True when an `If-None-Match` header (a list, `*`, weak or strong tags) matches `etag`. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** Sends bytes with an ETag and Cache-Control, or 304 when the client's copy is current. */
export function sendCached(
  c: Context,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  cacheControl = PUBLIC_CACHE,
): Response {
  const etag = etagOf(body);
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding, Origin');
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  return c.body(body, 200, { 'Content-Type': contentType });
}

export function sendJson(c: Context, value: unknown, cacheControl = PUBLIC_CACHE): Response {
  return sendCached(c, JSON.stringify(value), 'application/json; charset=utf-8', cacheControl);
}
