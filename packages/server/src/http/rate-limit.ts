/** What the RateLimit-* headers and a 429 need. */
export interface RateDecision {
  allowed: boolean;
  remaining: number;
  resetSeconds: number;
}

/** A fixed-window counter per client, in memory (one process; Postgres: `shared-limits.ts`). Limit 0 disables it. */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  readonly limit: number;
  readonly windowSeconds: number;
  readonly #now: () => number;
  constructor(limit: number, windowSeconds: number, now: () => number = Date.now) {
    this.limit = limit;
    this.windowSeconds = windowSeconds;
    this.#now = now;
  }

  /** Counts one request; returns what the RateLimit-* headers and a 429 need. */
  take(client: string): RateDecision {
    const now = this.#now();
    const windowMs = this.windowSeconds * 1000;
    let w = this.#windows.get(client);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0 };
      this.#windows.set(client, w);
      if (this.#windows.size > 50_000) this.#sweep(now, windowMs);
    }
    const resetSeconds = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    if (w.count >= this.limit) return { allowed: false, remaining: 0, resetSeconds };
    w.count++;
    return { allowed: true, remaining: this.limit - w.count, resetSeconds };
  }

  #sweep(now: number, windowMs: number): void {
    for (const [key, w] of this.#windows) if (now - w.start >= windowMs) this.#windows.delete(key);
  }
}
