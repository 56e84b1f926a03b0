import type { Context } from 'hono';
import type { Staff } from './auth/tokens.js';
import type { Config } from './config.js';
import type { Database } from './db/types.js';
import type { PlanCache } from './domain/plan-cache.js';
import type { Logger } from './http/logger.js';
import type { Metrics } from './http/metrics.js';
import type { ClientHashing } from './http/request-log.js';
import type { StaticMount } from './http/static.js';
import type { WebhookSender } from './webhooks/sender.js';

export interface AppDeps {
  db: Database;
  config: Config;
  logger?: Logger;
  staticMounts?: readonly StaticMount[];
  /** The clock; tests move it. */
  now?: () => Date;
  /**
   * Keep the write rate limit and the client hash's salt in the database, for several instances on one
   * Postgres (`http/shared-limits.ts`); default: in this process's memory.
   */
  sharedLimits?: boolean;
  /** The client hash; `startServer` passes its own, which its listener's fast 304 path logs with too. */
  clientHasher?: ClientHashing;
  /** The plan cache; `startServer` passes its own, which its listener's fast 304 path reads too. */
  plans?: PlanCache;
  /** Sends the institutions' webhooks (started by `startServer`); without it nothing is queued. */
  webhooks?: WebhookSender;
  /** Where the app counts requests, refusals and database errors (`/metrics`); default: a registry of its own. */
  metrics?: Metrics;
}

/**
 * What every handler finds on its context: the hashed client id, the app's dependencies and, on a
 * route the SDK's table marks `staff`, the staff member the bearer token names.
 */
export interface AppEnv {
  Variables: {
    client: string;
    /** This request's id: a sane incoming `X-Request-Id`, else a new UUID; in the log, the header and every problem. */
    requestId: string;
    deps: Required<Omit<AppDeps, 'staticMounts' | 'sharedLimits' | 'plans' | 'webhooks' | 'clientHasher'>> & {
      plans: PlanCache;
      webhooks: WebhookSender | undefined;
    };
    staff?: Staff;
  };
}
export type AppContext = Context<AppEnv>;
