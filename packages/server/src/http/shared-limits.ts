import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/types.js';
import type { RateDecision } from './rate-limit.js';

/**
 * The client hash of {@link ClientHasher}, with the day's salt kept in Postgres so every instance hashes
 * an address the same way (a shared rate limit needs a shared key). The salt row is deleted by the
 * retention job once its day is over.
 */
export class SharedClientHasher {
  #day = '';
  #salt: Promise<Buffer> | undefined;
  readonly #db: Queryable;
  readonly #now: () => Date;
  constructor(db: Queryable, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  async hash(address: string): Promise<string> {
    const day = this.#now().toISOString().slice(0, 10);
    if (day !== this.#day || !this.#salt) {
      this.#day = day;
      this.#salt = this.#load(day);
      this.#salt.catch(() => (this.#salt = undefined));
    }
    return createHmac('sha256', await this.#salt)
      .update(address)
      .digest('base64url')
      .slice(0, 16);
  }

  async #load(day: string): Promise<Buffer> {
    await this.#db.query('INSERT INTO client_salts (day, salt) VALUES ($1::date, $2) ON CONFLICT (day) DO NOTHING', [
      day,
      randomBytes(32).toString('base64'),
    ]);
    const { rows } = await this.#db.query<{ salt: string }>('SELECT salt FROM client_salts WHERE day = $1::date', [
      day,
    ]);
    return Buffer.from(rows[0]!.salt, 'base64');
  }
}

/**
 * The write rate limit counted in Postgres: one row per client and fixed window, incremented atomically
 * (`INSERT … ON CONFLICT DO UPDATE … RETURNING`), so N instances allow together what one would.
 */
export class SharedRateLimiter {
  readonly limit: number;
  readonly windowSeconds: number;
  readonly #db: Queryable;
  readonly #now: () => number;
  constructor(db: Queryable, limit: number, windowSeconds: number, now: () => number = Date.now) {
    this.#db = db;
    this.limit = limit;
    this.windowSeconds = windowSeconds;
    this.#now = now;
  }

  async take(client: string): Promise<RateDecision> {
    const now = this.#now();
    const windowMs = this.windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    const { rows } = await this.#db.query<{ count: number }>(
      `INSERT INTO rate_limits (client_hash, window_start, count) VALUES ($1, $2::timestamptz, 1)
       ON CONFLICT (client_hash, window_start) DO UPDATE SET count = rate_limits.count + 1 RETURNING count`,
      [client, new Date(start).toISOString()],
    );
    const count = Number(rows[0]?.count ?? 1);
    const resetSeconds = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
    return { allowed: count <= this.limit, remaining: Math.max(0, this.limit - count), resetSeconds };
  }
}

/** Retention of the shared limits: windows older than a day, and the salts of days that are over. */
export async function deleteExpiredLimits(db: Queryable, now: Date): Promise<void> {
  await db.query("DELETE FROM rate_limits WHERE window_start < $1::timestamptz - interval '1 day'", [
    now.toISOString(),
  ]);
  await db.query('DELETE FROM client_salts WHERE day < $1::date', [now.toISOString().slice(0, 10)]);
}
