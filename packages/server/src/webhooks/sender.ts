import { createHmac } from 'node:crypto';
import { CLOSED_FEEDBACK_STATUSES } from '@hapur/sdk';
import type { Config } from '../config.js';
import type { Queryable } from '../db/types.js';
import type { Logger } from '../http/logger.js';
import { claimDueDeliveries, enqueueOverdue, recordAttempt, type DueDelivery } from './deliveries.js';

/**
 * `Hapur-Signature: t=<unix seconds>,v1=<hex HMAC-SHA-256 of "<t>.<body>" with the institution's secret>`.
 * A receiver recomputes it over the raw body and refuses a timestamp older than a few minutes (replays).
 */
export function signature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface SenderOptions {
  /** First retry after this long; each next one waits twice as long (capped at 6 hours). Default 30 s. */
  baseDelayMs?: number;
  /** Attempts before a delivery is marked failed. Default 8 (the last about an hour after the first). */
  maxAttempts?: number;
  /** Time limit of one POST. Default 10 s. */
  timeoutMs?: number;
  /** How often to look for due retries and newly overdue submissions. Default 30 s. */
  pollMs?: number;
  fetch?: typeof globalThis.fetch;
  /** Told of every attempt's outcome (`ok`: a 2xx answer): the metrics count deliveries and failures. */
  onAttempt?: (ok: boolean) => void;
}

const MAX_DELAY_MS = 6 * 3_600_000;
/** Deliveries claimed and attempted per pass. */
const BATCH = 20;

/**
 * Sends the queued deliveries in the background: a citizen's request only writes a row (in its own
 * transaction) and calls `kick()`, which never waits for the receiver. Failed attempts are retried with
 * exponential backoff; each attempt is recorded (`GET /staff/webhook-deliveries`).
 */
export class WebhookSender {
  readonly #db: Queryable;
  readonly #targets: Config['webhooks'];
  readonly #logger: Logger | undefined;
  readonly #now: () => Date;
  readonly #options: Required<Omit<SenderOptions, 'fetch' | 'onAttempt'>> & { fetch: typeof globalThis.fetch };
  readonly #onAttempt: ((ok: boolean) => void) | undefined;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(
    db: Queryable,
    targets: Config['webhooks'],
    logger?: Logger,
    now = () => new Date(),
    options: SenderOptions = {},
  ) {
    this.#db = db;
    this.#targets = targets;
    this.#logger = logger;
    this.#now = now;
    this.#options = {
      baseDelayMs: options.baseDelayMs ?? 30_000,
      maxAttempts: options.maxAttempts ?? 8,
      timeoutMs: options.timeoutMs ?? 10_000,
      pollMs: options.pollMs ?? 30_000,
      fetch: options.fetch ?? globalThis.fetch,
    };
    this.#onAttempt = options.onAttempt;
  }

  /** True when the institution has a webhook. */
  has(institutionId: string | null | undefined): boolean {
    return institutionId != null && this.#targets[institutionId] !== undefined;
  }

  /** Starts the poll for retries and overdue submissions. */
  start(): this {
    this.#timer = setInterval(() => this.kick(), this.#options.pollMs);
    this.#timer.unref();
    this.kick();
    return this;
  }

  /** Runs a pass soon, in the background (never awaited by a request). */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.runOnce()
      .catch((error: unknown) =>
        this.#logger?.error('webhooks failed', { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          this.kick();
        }
      });
  }

  /** Waits for the pass in progress (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.idle();
  }

  /** One pass: queue newly overdue submissions, then claim the due deliveries and try each once. */
  async runOnce(): Promise<void> {
    const now = this.#now();
    await enqueueOverdue(this.#db, Object.keys(this.#targets), now, CLOSED_FEEDBACK_STATUSES);
    // Claimed for longer than the attempts can take (one time limit each, sent one after another), so no other
    // instance's sender takes them meanwhile.
    const lease = new Date(now.getTime() + BATCH * this.#options.timeoutMs + 60_000);
    for (const delivery of await claimDueDeliveries(this.#db, now, lease, BATCH)) await this.#attempt(delivery);
  }

  async #attempt(d: DueDelivery): Promise<void> {
    const target = this.#targets[d.institution_id];
    const at = this.#now();
    if (!target) {
      await recordAttempt(this.#db, d.id, at, { ok: false, error: 'no webhook configured for the institution' });
      this.#onAttempt?.(false);
      return;
    }
    let status: number | undefined;
    let error: string | undefined;
    try {
      const timestamp = Math.floor(at.getTime() / 1000);
      const response = await this.#options.fetch(target.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'hapur-webhooks',
          'Hapur-Event': d.event,
          'Hapur-Delivery': d.id,
          'Hapur-Signature': signature(target.secret, timestamp, d.payload),
        },
        body: d.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      status = response.status;
      await response.body?.cancel();
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (e) {
      error = e instanceof Error && e.name === 'TimeoutError' ? 'timed out' : 'connection failed';
    }
    const attempts = d.attempts + 1;
    const next =
      error && attempts < this.#options.maxAttempts
        ? new Date(at.getTime() + Math.min(MAX_DELAY_MS, this.#options.baseDelayMs * 2 ** (attempts - 1)))
        : undefined;
    await recordAttempt(this.#db, d.id, at, { ok: !error, status, error, next });
    this.#onAttempt?.(!error);
    if (error) this.#logger?.warn('webhook attempt failed', { delivery: d.id, attempts, error });
  }
}
