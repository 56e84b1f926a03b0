import type { MiddlewareHandler } from 'hono';
import { HttpProblem } from './problem.js';

/** Response headers a cross-origin reader may see. */
export const EXPOSED_HEADERS =
  'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Idempotent-Replayed, Location, X-Request-Id';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CORS for the API: reads from any origin; writes only from the configured origins (`'*'` = any).
 * No credentials mode: the API uses bearer tokens and never sets cookies.
 */
export function cors(writeOrigins: readonly string[] | '*'): MiddlewareHandler {
  const allowsWrite = (origin: string) => writeOrigins === '*' || writeOrigins.includes(origin);
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const method = c.req.method;
    if (method === 'OPTIONS' && origin && c.req.header('Access-Control-Request-Method')) {
      const wanted = (c.req.header('Access-Control-Request-Method') ?? '').toUpperCase();
      const write = WRITE_METHODS.has(wanted);
      if (write && !allowsWrite(origin)) return c.body(null, 204, { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': write && writeOrigins !== '*' ? origin : '*',
        'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, OPTIONS',
        'Access-Control-Allow-Headers':
          'Content-Type, Authorization, Idempotency-Key, If-Match, If-None-Match, Accept-Language, X-Request-Id',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    if (origin && WRITE_METHODS.has(method) && !allowsWrite(origin)) {
      throw new HttpProblem(
        403,
        'origin_not_allowed',
        'Forbidden',
        `Writes from ${origin} are not accepted by this server.`,
      );
    }
    await next();
    if (origin) {
      c.header('Access-Control-Allow-Origin', WRITE_METHODS.has(method) && writeOrigins !== '*' ? origin : '*');
      c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    return undefined;
  };
}
