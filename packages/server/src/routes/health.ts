import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { Config } from '../config.js';
import { ping } from '../db/driver.js';
import { pendingMigrations } from '../db/migrate.js';
import { isMetricsToken, type Metrics } from '../http/metrics.js';
import { HttpProblem, problemResponse, problems } from '../http/problem.js';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * What an orchestrator and a monitor ask: `/healthz` (liveness: the process and its database answer),
 * `/readyz` (readiness: the database answers and every shipped migration is applied) and `/metrics`
 * (Prometheus text, only with the metrics token; without one configured it does not exist on this port).
 */
export function healthRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/healthz', async (c) => {
    const { db } = c.get('deps');
    try {
      await ping(db);
      return c.json({ status: 'ok', database: db.kind }, 200, NO_STORE);
    } catch {
      return c.json({ status: 'unavailable', database: db.kind }, 503, NO_STORE);
    }
  });
  app.get('/readyz', async (c) => {
    const { db } = c.get('deps');
    let pending;
    try {
      pending = await pendingMigrations(db);
    } catch {
      throw notReady(`The ${db.kind} database does not answer.`);
    }
    if (pending.length > 0) {
      const names = pending.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}`).join(', ');
      throw notReady(`Migrations not applied yet: ${names}. Run hapur-server migrate (start does it too).`);
    }
    return c.json({ status: 'ready', database: db.kind }, 200, NO_STORE);
  });
  app.get('/metrics', async (c) => {
    const { config, metrics } = c.get('deps');
    return metricsAnswer(config.metricsToken, metrics, c.req.header('Authorization'), true);
  });
  return app;
}

/**
 * The metrics port's whole app (`HAPUR_METRICS_PORT`): `/metrics` only, open to whoever reaches the port
 * (loopback by default) unless a metrics token is configured, which it then asks for too.
 */
export function metricsPortApp(config: Pick<Config, 'metricsToken'>, metrics: Metrics): Hono {
  const app = new Hono();
  app.get('/metrics', (c) => metricsAnswer(config.metricsToken, metrics, c.req.header('Authorization'), false));
  app.all('*', (c) => problemResponse(c, problems.notFound('This port serves GET /metrics only.')));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    throw error;
  });
  return app;
}

async function metricsAnswer(
  token: string | undefined,
  metrics: Metrics,
  authorization: string | undefined,
  tokenRequired: boolean,
): Promise<Response> {
  if (token === undefined && tokenRequired) throw problems.notFound('Nothing at GET /metrics.');
  if (token !== undefined && !isMetricsToken(authorization, token))
    throw problems.unauthorized('The metrics token (HAPUR_METRICS_TOKEN) is required.');
  const { body, contentType } = await metrics.render();
  return new Response(body, { status: 200, headers: { 'Content-Type': contentType, ...NO_STORE } });
}

const notReady = (detail: string) => new HttpProblem(503, 'not_ready', 'Not ready', detail, undefined, NO_STORE);
