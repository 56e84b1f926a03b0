import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { ROUTE_PATHS } from '@hapur/sdk';
import type { PlanCache } from '../domain/plan-cache.js';
import { API_BASE, honoPath } from '../routes/define.js';
import { etagAsSent } from './compression.js';
import { JSON_TYPE, PUBLIC_CACHE, matchesEtag } from './conditional.js';
import { EXPOSED_HEADERS } from './cors.js';
import { requestId } from './request-id.js';

/** The plan document's path, `/api/v1/plans/{planId}`, as a pattern capturing the id (from the route table). */
const PLAN_URL = new RegExp(`^${API_BASE}${ROUTE_PATHS.getPlan.path.replace(/\{[^}]+\}/, '([^/?#]+)')}(?:\\?|$)`);

/**
 * The headers of a `304` for a conditional read of a plan whose copy is current, or `undefined` when the
 * request has to go the usual way: not a GET/HEAD of a plan, no `If-None-Match`, another ETag, or a plan
 * the cache did not check within its freshness window (0.5 s; the usual way asks the database and
 * refreshes it). The headers are those of the handler's `304`: ETag, Cache-Control, Vary, nosniff, CORS
 * for a cross-origin read, and the request id (the incoming one when sane, else a new one: `request-id.ts`).
 */
export function planNotModified(
  plans: PlanCache,
  request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
): Record<string, string> | undefined {
  const header = request.headers['if-none-match'];
  if (!header || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
  const id = PLAN_URL.exec(request.url ?? '')?.[1];
  const cached = id === undefined ? undefined : plans.peek(id);
  if (!cached || !matchesEtag(header, cached.etag)) return undefined;
  const acceptEncoding = request.headers['accept-encoding'];
  const headers: Record<string, string> = {
    // The 200's ETag: weak when the app would send that compressed.
    ETag: etagAsSent(cached.etag, typeof acceptEncoding === 'string' ? acceptEncoding : undefined, JSON_TYPE),
    'Cache-Control': PUBLIC_CACHE,
    Vary: 'Accept-Encoding, Origin',
    'X-Content-Type-Options': 'nosniff',
  };
  if (request.headers.origin) {
    headers['Access-Control-Allow-Origin'] = '*';
    headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS;
  }
  const incoming = request.headers['x-request-id'];
  headers['X-Request-Id'] = requestId(typeof incoming === 'string' ? incoming : undefined);
  return headers;
}

/** The log route and route id of a fast answer: the app's for the same read (`GET /plans/{planId}`). */
export const FAST_ROUTE = { route: `${API_BASE}${honoPath(ROUTE_PATHS.getPlan.path)}`, routeId: 'getPlan' } as const;

/**
 * `http.createServer` whose listener first answers current conditional plan reads itself (issue #20):
 * a `304` that needs no routing or compression, at close to a bare Node server's rate (`npm run bench:server`
 * prints both). `answered` is told of each such answer after it is sent, for its log line and its count in
 * `/metrics` (`request-log.ts`), as every answer of the app. Everything else goes to the app's listener.
 */
export function withFastNotModified(
  plans: PlanCache,
  answered?: (req: IncomingMessage, requestId: string, seconds: number) => void,
): typeof createServer {
  return ((options: object, listener: RequestListener) =>
    createServer(options, (req: IncomingMessage, res: ServerResponse) => {
      const started = performance.now();
      const headers = planNotModified(plans, req);
      if (!headers) return listener(req, res);
      res.writeHead(304, headers).end();
      answered?.(req, headers['X-Request-Id']!, (performance.now() - started) / 1000);
    })) as typeof createServer;
}
