import type {
  ActionPlan,
  ActionPlanDetail,
  ActionPlanSummary,
  Institution,
  Milestone,
  ProgressUpdate,
} from '@hapur/sdk';
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

/** Every institution id a plan names: coordinator, commitment and milestone leads, supporting actors. */
export function referencedInstitutionIds(plan: ActionPlan): string[] {
  const ids = new Set<string>();
  const add = (id: string | undefined) => {
    if (id !== undefined) ids.add(id);
  };
  add(plan.coordinatingInstitutionId);
  for (const c of plan.commitments) {
    for (const x of [c, ...c.milestones]) {
      add(x.leadInstitutionId);
      for (const a of x.supportingActors) add(a.institutionId);
    }
  }
  return [...ids].sort();
}

/**
 * One plan with every milestone's derived state, `dataNotes`, `updatedAt` and the institutions it names
 * (an id with no stored institution is simply absent); undefined when unknown.
 */
export async function loadPlan(db: Queryable, planId: string): Promise<ActionPlanDetail | undefined> {
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
  const { rows: institutions } = await db.query<{ doc: Institution }>(
    'SELECT doc FROM institutions WHERE id = ANY($1::text[]) ORDER BY id',
    [referencedInstitutionIds(row.doc)],
  );
  return {
    ...row.doc,
    commitments: row.doc.commitments.map((c) => ({
      ...c,
      milestones: c.milestones.map((m) => applyProgress(m, byMilestone.get(m.id) ?? [])),
    })),
    dataNotes: { demonstrationProgress: demonstration },
    updatedAt,
    institutions: institutions.map((i) => i.doc),
  };
}

/** Every plan without its commitments, with counts, newest period first. */
export async function listPlans(
  db: Queryable,
  load: (id: string) => Promise<ActionPlanDetail | undefined> = (id) => loadPlan(db, id),
): Promise<ActionPlanSummary[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM plans');
  const plans = await Promise.all(rows.map((r) => load(r.id)));
  return (
    plans
      .filter((p): p is ActionPlanDetail => p !== undefined)
      .sort((a, b) => b.period.start.localeCompare(a.period.start) || a.id.localeCompare(b.id))
      // The summary lists plans, not who runs them: institutions stay with the plan itself.
      .map(({ commitments, institutions: _institutions, ...rest }) => ({
        ...rest,
        counts: {
          commitments: commitments.length,
          milestones: commitments.reduce((n, c) => n + c.milestones.length, 0),
        },
      }))
  );
}
