import { serve } from '@hono/node-server';
import type { createServer as CreateServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { PlanCache } from './domain/plan-cache.js';
import { FAST_ROUTE, withFastNotModified } from './http/fast-not-modified.js';
import { clientHasherFor, recordListenerAnswer } from './http/request-log.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/driver.js';
import { migrate } from './db/migrate.js';
import { seedIfEmpty } from './seed/shipped.js';
import { createLogger, type Logger } from './http/logger.js';
import { Metrics } from './http/metrics.js';
import { metricsPortApp } from './routes/health.js';
import type { StaticMount } from './http/static.js';
import { startMaintenance } from './jobs/maintenance.js';
import { WebhookSender } from './webhooks/sender.js';
import { listenAdmin, type AdminChannel } from './admin/channel.js';
import { runAdminCommand } from './admin/commands.js';

export { createApp } from './app.js';
export type { AppDeps } from './app-env.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { openDatabase, type Database } from './db/driver.js';
export { migrate } from './db/migrate.js';
export { createStaffToken, isStaffTokenActive } from './auth/tokens.js';
export { exportStatic } from './export-static.js';
export type { StaticMount } from './http/static.js';
export { Metrics, type WebhookOutcome } from './http/metrics.js';

export interface StartOptions {
  port?: number;
  host?: string;
  /** Embedded database directory (default `HAPUR_DATA_DIR` or `.hapur-data/`). */
  dataDir?: string;
  /** A real Postgres instead of the embedded database (default `DATABASE_URL`). */
  databaseUrl?: string;
  staticMounts?: readonly StaticMount[];
  /** Import the SDK's shipped data sets on first start when the database is empty. */
  seed?: boolean;
  /** Settings beyond the ones above (defaults: the environment). */
  config?: Partial<Config>;
  logger?: Logger;
  /** Stop gracefully on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  readonly db: Database;
  /** The underlying node:http server. */
  readonly http: Server;
  /** The metrics the app counts (what `/metrics` shows); the webhook sender counts its deliveries here. */
  readonly metrics: Metrics;
  /** The metrics listener's URL when `HAPUR_METRICS_PORT` is set. */
  readonly metricsUrl: string | undefined;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database, applies migrations, optionally seeds, and listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = loadConfig();
  const config: Config = {
    ...env,
    ...options.config,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
  };
  const logger = options.logger ?? createLogger(config.logLevel);
  const started = performance.now();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger.info('migrated', { versions: applied });
    if (options.seed) {
      const seeded = await seedIfEmpty(db, logger);
      if (seeded.length > 0) logger.info('seeded', { files: seeded });
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  const plans = new PlanCache();
  const metrics = new Metrics();
  const webhooks =
    Object.keys(config.webhooks).length > 0
      ? new WebhookSender(db, config.webhooks, logger, () => new Date(), {
          onAttempt: (ok) => metrics.webhookDelivery(ok ? 'delivered' : 'failed'),
        }).start()
      : undefined;
  const clientHasher = clientHasherFor(db, db.kind === 'postgres', () => new Date());
  const app = createApp({
    db,
    config,
    logger,
    clientHasher,
    staticMounts: options.staticMounts ?? [],
    sharedLimits: db.kind === 'postgres',
    plans,
    ...(webhooks ? { webhooks } : {}),
    metrics,
  });
  metrics.watchDatabase(db, () => new Date());
  // The listener's fast 304s log and count like the app's answers, after they are sent.
  const fastLog = { logger, metrics, hasher: clientHasher, trustProxy: config.trustProxy };
  const fast = withFastNotModified(plans, (req, requestId, seconds) => {
    const pending = recordListenerAnswer(fastLog, req, { requestId, status: 304, seconds, ...FAST_ROUTE });
    pending?.catch((error: unknown) =>
      logger.error('request log failed', { requestId, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  const server = await listen(app.fetch, config.port, config.host, fast);
  const port = (server.address() as AddressInfo).port;
  const metricsServer =
    config.metricsPort === undefined
      ? undefined
      : await listen(metricsPortApp(config, metrics).fetch, config.metricsPort, config.metricsHost);
  const stopJobs = startMaintenance(db, config, logger);
  const admin = await openAdminChannel(db, config, logger);
  logger.info('listening', {
    port,
    ...(metricsServer ? { metricsPort: (metricsServer.address() as AddressInfo).port } : {}),
    database: db.kind,
    startMs: Math.round(performance.now() - started),
  });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopJobs();
      await webhooks?.stop();
      await admin?.close();
      metricsServer?.close();
      metricsServer?.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      await db.close();
      logger.info('stopped');
    })());
  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info('shutdown', { signal });
      void close().then(() => process.exit(0));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  const metricsUrl = metricsServer
    ? `http://${urlHost(config.metricsHost)}:${(metricsServer.address() as AddressInfo).port}/metrics`
    : undefined;
  return { port, url: `http://${urlHost(config.host)}:${port}`, db, http: server, metrics, metricsUrl, close };
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
  hostname: string,
  createServer?: typeof CreateServer,
) {
  return new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch, port, hostname, ...(createServer ? { createServer } : {}) }, () => resolve(s as Server));
    (s as Server).once('error', reject);
  });
}

/** A wildcard bind is reachable as localhost; a specific address only as itself. */
const urlHost = (host: string) =>
  ['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;

/**
 * On an embedded data directory, the admin socket through which `hapur-server token …` reaches this
 * server's database while it runs (PGlite allows one process). A real Postgres needs none.
 */
async function openAdminChannel(db: Database, config: Config, logger: Logger): Promise<AdminChannel | undefined> {
  if (db.kind !== 'pglite' || config.databaseUrl || !config.dataDir) return undefined;
  try {
    return await listenAdmin(config.dataDir, (args) =>
      runAdminCommand(db, args, { tokenDays: config.staffTokenDays, dataDir: config.dataDir }),
    );
  } catch (error) {
    logger.warn('admin socket unavailable: stop the server to run staff commands', {
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}
