import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { routePath } from 'hono/route';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppDeps, AppEnv } from './app-env.js';
import { clientAddress } from './http/client-address.js';
import { compression } from './http/compression.js';
import { cors } from './http/cors.js';
import { createLogger } from './http/logger.js';
import { countDatabaseErrors, Metrics } from './http/metrics.js';
import { HttpProblem, problemInstance, problemResponse, problems } from './http/problem.js';
import { requestId } from './http/request-id.js';
import { RateLimiter } from './http/rate-limit.js';
import { SharedRateLimiter } from './http/shared-limits.js';
import { clientHasherFor, recordRequest } from './http/request-log.js';
import { closeAfterEarlyAnswer, securityHeaders } from './http/security-headers.js';
import { mountStatic } from './http/static.js';
import { SERVER_ROUTES, allowedMethods } from './routes/catalogue.js';
import { routeLabel } from './routes/define.js';
import { registerRoutes } from './routes/index.js';
import { PlanCache } from './domain/plan-cache.js';
import { IdempotencyConflict } from './feedback/errors.js';
import { isStaffTokenActive } from './auth/tokens.js';

/** Builds the Hono app: logging, CORS, write guards, the API routes, static mounts, problem errors. */
export function createApp(input: AppDeps): Hono<AppEnv> {
  const metrics = input.metrics ?? new Metrics({ defaultMetrics: false });
  const deps = {
    logger: createLogger(input.config.logLevel),
    now: () => new Date(),
    ...input,
    db: countDatabaseErrors(input.db, metrics),
    metrics,
  };
  const { config, logger } = deps;
  if (!input.metrics) metrics.watchDatabase(deps.db, deps.now);
  const serverRoutes = new Map<string, string>([
    ...SERVER_ROUTES.flatMap((r) => (r.id ? [[r.path, r.id] as const] : [])),
    ...(input.staticMounts ?? []).map((m) => [`${m.urlPrefix}*`, 'static'] as const),
  ]);
  const plans = input.plans ?? new PlanCache();
  // Several instances may share one Postgres: the client hash's salt and the rate limit live there too.
  const hasher = input.clientHasher ?? clientHasherFor(deps.db, input.sharedLimits, deps.now);
  const limiter = input.sharedLimits
    ? new SharedRateLimiter(deps.db, config.writeRateLimit, config.writeRateWindowSeconds)
    : new RateLimiter(config.writeRateLimit, config.writeRateWindowSeconds);
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    const id = requestId(c.req.header('X-Request-Id'));
    c.set('requestId', id);
    c.set(
      'client',
      await hasher.hash(clientAddress(peerAddress(c), c.req.header('X-Forwarded-For'), config.trustProxy)),
    );
    c.set('deps', { db: deps.db, config, logger, now: deps.now, plans, webhooks: input.webhooks, metrics });
    await next();
    c.res.headers.set('X-Request-Id', id);
    const seconds = (performance.now() - started) / 1000;
    const pattern = routePath(c, -1);
    // The route pattern, never the path (status tokens) nor the query string.
    recordRequest(logger, metrics, {
      requestId: id,
      method: c.req.method,
      route: pattern,
      routeId: routeLabel(c.req.method, pattern, serverRoutes),
      status: c.res.status,
      seconds,
      client: c.get('client'),
    });
  });
  app.use('*', securityHeaders());
  app.use('*', closeAfterEarlyAnswer());
  app.use('*', cors(config.writeOrigins));
  // gzip for JSON, CSV, HTML and the bundle (the Kosovo plan is ~200 kB); ETags become weak (http/compression.ts).
  app.use('*', compression());
  app.use('/api/v1/*', async (c, next) => {
    if (c.req.method !== 'POST' && c.req.method !== 'PUT') return next();
    if (config.writeRateLimit > 0) {
      // A staff write counts against its token, not its address: an office's staff behind one address (and the
      // citizens at its counters) would otherwise share one limit. Only a live staff token of this server counts as
      // one: a made-up `Authorization` header (on a citizen's write, or guessing a token) counts against the address.
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1];
      const staff = bearer !== undefined && (await isStaffTokenActive(deps.db, bearer, deps.now()));
      const r = await limiter.take(staff ? `token:${await hasher.hash(bearer)}` : c.get('client'));
      c.header('RateLimit-Limit', String(config.writeRateLimit));
      c.header('RateLimit-Remaining', String(r.remaining));
      c.header('RateLimit-Reset', String(r.resetSeconds));
      if (!r.allowed) {
        metrics.rateLimitRefused();
        throw problems.tooManyRequests(r.resetSeconds);
      }
    }
    return next();
  });
  app.use(
    '/api/v1/*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: () => {
        throw problems.tooLarge(config.bodyLimitBytes);
      },
    }),
  );

  registerRoutes(app);
  mountStatic(app, input.staticMounts ?? []);
  // `/` leads a person somewhere useful: the example pages where they are served (the demo), else the API page.
  const home = input.staticMounts?.some((m) => m.urlPrefix === '/examples/') ? '/examples/' : '/api';
  app.get('/', (c) => c.redirect(home, 302));

  // The path as `instance` gives it: a status token in it is not repeated (a client may log the body). A path some
  // endpoint has, asked with another method: 405 with the methods it takes (OPTIONS: just those, 204).
  app.notFound((c) => {
    const allow = allowedMethods(c.req.path);
    if (allow.length === 0) {
      // `/api/v1/plans/`: the address a web team meant is said (as `instance` would say it).
      const bare = c.req.path.replace(/\/+$/, '');
      const meant = bare !== c.req.path && allowedMethods(bare).includes(c.req.method);
      const hint = meant ? `; it is there without the trailing slash: ${c.req.method} ${problemInstance(bare)}` : '';
      return problemResponse(c, problems.notFound(`Nothing at ${c.req.method} ${problemInstance(c.req.path)}${hint}.`));
    }
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow.join(', ') });
    return problemResponse(c, problems.methodNotAllowed(c.req.method, allow));
  });
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    // The submissions store's domain error (submitOnce, and `once` under the inbox's actions) as its problem.
    if (error instanceof IdempotencyConflict)
      return problemResponse(
        c,
        error.kind === 'reused'
          ? problems.unprocessable('idempotency_key_reused', error.message)
          : problems.conflict('idempotency_in_progress', error.message),
      );
    logger.error('unhandled', {
      requestId: c.get('requestId'),
      route: routePath(c, -1),
      error: error instanceof Error ? error.message : String(error),
    });
    return problemResponse(
      c,
      new HttpProblem(500, 'internal_error', 'Internal server error', 'Something failed on our side.'),
    );
  });
  return app;
}

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}
