import type { ActionPlan, ActionPlanSummary, Milestone, ProgressUpdate } from '@hapur/sdk';
import type { Queryable } from '../db/driver.js';

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();

/**
 * A milestone's current state folded from its append-only progress log (oldest first): each update
 * states only what it changes; the latest update is shown beside it.
 */
export function applyProgress(milestone: Milestone, updates: readonly ProgressUpdate[]): Milestone {
  let m: Milestone = { ...milestone };
  for (const u of updates) {
    m = {
      ...m,
      ...(u.status === undefined ? {} : { status: u.status }),
      ...(u.completion === undefined ? {} : { completion: u.completion }),
      ...(u.progressPercent === undefined ? {} : { progressPercent: u.progressPercent }),
      latestUpdate: { id: u.id, reportedAt: u.reportedAt, narrative: u.narrative },
      evidence: [...m.evidence, ...u.evidence],
    };
  }
  return m;
}

/** One plan with every milestone's derived state, `dataNotes` and `updatedAt`; undefined when unknown. */
export async function loadPlan(db: Queryable, planId: string): Promise<ActionPlan | undefined> {
  const plan = await db.query<{ doc: ActionPlan; updated_at: unknown }>(
    'SELECT doc, updated_at FROM plans WHERE id = $1',
    [planId],
  );
  const row = plan.rows[0];
  if (!row) return undefined;
  const { rows: updates } = await db.query<{
    doc: ProgressUpdate;
    target_id: string;
    provenance: string;
    created_at: unknown;
  }>(
    'SELECT doc, target_id, provenance, created_at FROM progress_updates WHERE plan_id = $1 ORDER BY reported_at, created_at, id',
    [planId],
  );
  const byMilestone = new Map<string, ProgressUpdate[]>();
  let updatedAt = iso(row.updated_at);
  let demonstration = false;
  for (const u of updates) {
    byMilestone.set(u.target_id, [...(byMilestone.get(u.target_id) ?? []), u.doc]);
    if (u.provenance === 'demonstration' || u.doc.source === 'demonstration') demonstration = true;
    const created = iso(u.created_at);
    if (created > updatedAt) updatedAt = created;
  }
  return {
    ...row.doc,
    commitments: row.doc.commitments.map((c) => ({
      ...c,
      milestones: c.milestones.map((m) => applyProgress(m, byMilestone.get(m.id) ?? [])),
    })),
    dataNotes: { demonstrationProgress: demonstration },
    updatedAt,
  };
}

/** Every plan without its commitments, with counts, newest period first. */
export async function listPlans(
  db: Queryable,
  load: (id: string) => Promise<ActionPlan | undefined> = (id) => loadPlan(db, id),
): Promise<ActionPlanSummary[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM plans');
  const plans = await Promise.all(rows.map((r) => load(r.id)));
  return plans
    .filter((p): p is ActionPlan => p !== undefined)
    .sort((a, b) => b.period.start.localeCompare(a.period.start) || a.id.localeCompare(b.id))
    .map(({ commitments, ...rest }) => ({
      ...rest,
      counts: { commitments: commitments.length, milestones: commitments.reduce((n, c) => n + c.milestones.length, 0) },
    }));
}
