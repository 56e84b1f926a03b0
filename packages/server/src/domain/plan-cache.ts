import type { ActionPlanDetail } from '@hapur/sdk';
import type { Queryable } from '../db/types.js';
import { etagOf } from './etag.js';
import { loadPlan } from './plans.js';

/** How long a process serves its cached plan without asking the database again. */
export const PLAN_FRESH_MS = 500;

export interface CachedPlan {
  version: string;
  checkedAt: number;
  plan: ActionPlanDetail;
  json: string;
  etag: string;
}

/**
 * Plans are large JSON documents (the Kosovo plan is ~200 kB) and change rarely, so each process keeps the
 * rendered plan and revalidates it on every request with one cheap query: the plan's `updated_at`, the
 * count and latest time of its progress updates and the latest institution change (the plan embeds the
 * institutions it names) — at most once per `freshMs` (writes through this process
 * invalidate at once; another instance's writes on the same Postgres show within `freshMs`, 0.5 s, well inside the
 * 60 s Cache-Control). A check counts from when it began, not when it answered, so any request that arrives more
 * than `freshMs` after a write committed is served the write, however slow the database is; the multi-instance
 * test holds that.
 */
export class PlanCache {
  readonly #entries = new Map<string, CachedPlan>();
  readonly #freshMs: number;
  readonly #max: number;
  constructor(freshMs = PLAN_FRESH_MS, max = 50) {
    this.#freshMs = freshMs;
    this.#max = max;
  }

  invalidate(planId: string): void {
    this.#entries.delete(planId);
  }

  /** The plan as last checked, if that was within the freshness window; never asks the database. */
  peek(planId: string): CachedPlan | undefined {
    const fresh = this.#entries.get(planId);
    return fresh && performance.now() - fresh.checkedAt < this.#freshMs ? fresh : undefined;
  }

  async get(db: Queryable, planId: string): Promise<CachedPlan | undefined> {
    const fresh = this.peek(planId);
    if (fresh) return fresh;
    const checkedAt = performance.now();
    const { rows } = await db.query<{ version: string }>(
      `SELECT p.updated_at::text || '|' || (SELECT count(*)::text || '|' || coalesce(max(created_at)::text, '')
         FROM progress_updates u WHERE u.plan_id = p.id)
         || '|' || (SELECT coalesce(max(updated_at)::text, '') FROM institutions) AS version FROM plans p WHERE p.id = $1`,
      [planId],
    );
    const version = rows[0]?.version;
    if (version === undefined) {
      this.#entries.delete(planId);
      return undefined;
    }
    const hit = this.#entries.get(planId);
    if (hit?.version === version) {
      hit.checkedAt = checkedAt;
      return hit;
    }
    const plan = await loadPlan(db, planId);
    if (!plan) return undefined;
    const json = JSON.stringify(plan);
    const entry = { version, checkedAt, plan, json, etag: etagOf(json) };
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value ?? '');
    this.#entries.set(planId, entry);
    return entry;
  }
}
