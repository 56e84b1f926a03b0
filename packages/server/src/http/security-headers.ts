import type { MiddlewareHandler } from 'hono';

/**
 * Framing, sniffing and referrer rules for every response. HTML pages the server writes itself (the
 * `/api` page) bring their own strict CSP; other HTML (example pages) gets at least
 * `frame-ancestors 'none'` (their scripts are governed by their own `<meta>` CSP).
 */
export const htmlCsp = (frameAncestors: "'none'" | "'self'") =>
  `frame-ancestors ${frameAncestors}; base-uri 'self'; object-src 'none'`;

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (/^text\/html\b/i.test(c.res.headers.get('Content-Type') ?? '')) {
      if (!c.res.headers.has('Content-Security-Policy'))
        c.res.headers.set('Content-Security-Policy', htmlCsp("'none'"));
      c.res.headers.set('Referrer-Policy', 'no-referrer');
    }
  };
}

/**
 * An answer given before the request body was read (413 too large, 415 not JSON; Node itself answers
 * 431 for oversized headers and closes) leaves unread bytes on the connection, which cannot be reused:
 * say `Connection: close` so the client opens a new one instead of failing its next request.
 */
export function closeAfterEarlyAnswer(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status === 413 || c.res.status === 415) c.res.headers.set('Connection', 'close');
  };
}
