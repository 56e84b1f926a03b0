import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database, Queryable } from '../db/types.js';

/** Outcome of one webhook delivery attempt. */
export type WebhookOutcome = 'delivered' | 'failed';

/**
 * The server's Prometheus metrics (prom-client), one registry per app so tests and embedders never share
 * counters. Events this process sees are counters; what the database holds (submissions by institution)
 * is read at scrape time, so every instance on one Postgres reports the same, exact numbers.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #requests = new Histogram({
    name: 'hapur_http_request_duration_seconds',
    help: 'HTTP requests by route id (the SDK route table; server routes by name), method and status; _count is the request count.',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly #rateLimited = new Counter({
    name: 'hapur_rate_limit_refusals_total',
    help: 'Writes refused with 429 by the per-client write rate limit.',
    registers: [this.registry],
  });
  readonly #webhooks = new Counter({
    name: 'hapur_webhook_deliveries_total',
    help: 'Webhook delivery attempts by outcome (delivered: a 2xx answer; failed: anything else).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly #databaseErrors = new Counter({
    name: 'hapur_database_errors_total',
    help: 'Database statements that failed (connection lost, timeouts, constraint errors that reached the code).',
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    this.#webhooks.inc({ outcome: 'delivered' }, 0);
    this.#webhooks.inc({ outcome: 'failed' }, 0);
    // Process metrics (memory, CPU, event-loop lag) under the same prefix.
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'hapur_' });
  }

  /** One answered request; `route` is a route id, never a raw path (paths carry status tokens). */
  observeRequest(route: string, method: string, status: number, seconds: number): void {
    this.#requests.observe({ route, method, status: String(status) }, seconds);
  }

  rateLimitRefused(): void {
    this.#rateLimited.inc();
  }

  /** Counts one webhook delivery attempt (called by the webhook sender). */
  webhookDelivery(outcome: WebhookOutcome): void {
    this.#webhooks.inc({ outcome });
  }

  databaseError(): void {
    this.#databaseErrors.inc();
  }

  /**
   * Adds the gauges read from `db` when scraped: submissions received, answered (an official response is
   * recorded) and overdue (open, unanswered, past `respond_by`) per institution, and whether the database answers.
   */
  watchDatabase(db: Queryable, now: () => Date): void {
    // One query serves the four gauges: prom-client calls each one's collect() in the same tick of a scrape.
    let pending: Promise<void> | undefined;
    const collect = (): Promise<void> =>
      (pending ??= this.#readSubmissions(db, now, gauges).finally(() => (pending = undefined)));
    const gauges: SubmissionGauges = {
      up: new Gauge({
        name: 'hapur_database_up',
        help: '1 when the database answered the last scrape, else 0.',
        registers: [this.registry],
        collect,
      }),
      received: this.#byInstitution(
        'hapur_submissions_received',
        'Submissions stored, by institution (quarantined ones left out).',
        collect,
      ),
      answered: this.#byInstitution(
        'hapur_submissions_answered',
        'Submissions with an official response, by institution.',
        collect,
      ),
      overdue: this.#byInstitution(
        'hapur_submissions_overdue',
        'Open submissions without a response past their legal deadline, by institution.',
        collect,
      ),
    };
  }

  #byInstitution(name: string, help: string, collect: () => Promise<void>) {
    return new Gauge({ name, help, labelNames: ['institution'] as const, registers: [this.registry], collect });
  }

  async #readSubmissions(db: Queryable, now: () => Date, g: SubmissionGauges): Promise<void> {
    for (const gauge of [g.received, g.answered, g.overdue]) gauge.reset();
    try {
      const { rows } = await db.query<{ institution: string; received: number; answered: number; overdue: number }>(
        `SELECT coalesce(s.institution_id, '') AS institution, count(*)::int AS received,
                count(r.submission_id)::int AS answered,
                (count(*) FILTER (WHERE r.submission_id IS NULL AND s.closed_at IS NULL
                                    AND s.respond_by < $1::timestamptz))::int AS overdue
           FROM submissions s LEFT JOIN submission_responses r ON r.submission_id = s.id
          WHERE NOT s.quarantined GROUP BY 1 ORDER BY 1`,
        [now().toISOString()],
      );
      for (const r of rows) {
        g.received.set({ institution: r.institution }, r.received);
        g.answered.set({ institution: r.institution }, r.answered);
        g.overdue.set({ institution: r.institution }, r.overdue);
      }
      g.up.set(1);
    } catch {
      g.up.set(0);
    }
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}

interface SubmissionGauges {
  up: Gauge;
  received: Gauge<'institution'>;
  answered: Gauge<'institution'>;
  overdue: Gauge<'institution'>;
}

/** Counts every failed statement of `db` (and of its transactions) in `metrics`. */
export function countDatabaseErrors(db: Database, metrics: Metrics): Database {
  const counted = new WeakSet<object>();
  const count = (error: unknown) => {
    if (typeof error === 'object' && error !== null && !counted.has(error)) {
      counted.add(error);
      metrics.databaseError();
    }
    return Promise.reject(error);
  };
  const wrap = (q: Queryable): Queryable => ({
    query: <T>(sql: string, params?: readonly unknown[]) => q.query<T>(sql, params).catch(count),
    exec: (sql) => q.exec(sql).catch(count),
  });
  return {
    // Read on use, not now: nothing of `db` is touched until a statement runs.
    get kind() {
      return db.kind;
    },
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

/** Whether `Authorization: Bearer <token>` names the metrics token (compared in constant time). */
export function isMetricsToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
