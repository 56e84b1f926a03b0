import { compress } from 'hono/compress';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/**
 * The API's compression (hono's `compress`: gzip or deflate for a compressible type the client accepts) and, said once,
 * what it does to an ETag: a compressed `200` carries the weak form `W/"…"` of the handler's tag. A `304` has no body,
 * so nothing compresses it; RFC 9110 (15.4.5) wants on it the ETag the `200` would carry, which `etagAsSent` gives
 * (`sendCached`, the plan read and the listener's fast `304` all ask it).
 */
export const compression = () => compress();

const ENCODINGS = ['gzip', 'deflate'];

/** True when `compress` picks an encoding for this `Accept-Encoding` (its rule: a q above 0, named or by `*`). */
function acceptsCompression(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  const accepts = parseAccept(acceptEncoding);
  const wildcard = accepts.find((a) => a.type === '*')?.q;
  return ENCODINGS.some((encoding) => (accepts.find((a) => a.type.toLowerCase() === encoding)?.q ?? wildcard ?? 0) > 0);
}

/**
 * The ETag a `200` of `contentType` carries for a request with this `Accept-Encoding`: weak when it is sent
 * compressed, else `etag` as it is. Send it on the `304` too. (Weak on a `HEAD` as well, as its `GET` would be.)
 */
export function etagAsSent(etag: string, acceptEncoding: string | undefined, contentType: string): string {
  if (etag.startsWith('W/')) return etag;
  return COMPRESSIBLE_CONTENT_TYPE_REGEX.test(contentType) && acceptsCompression(acceptEncoding) ? `W/${etag}` : etag;
}
