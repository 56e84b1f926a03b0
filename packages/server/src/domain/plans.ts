import type { ActionPlan, ActionPlanDetail, ActionPlanSummary, ProgressUpdate } from '@hapur/sdk';
import { applyProgress } from '@hapur/sdk/rules';
import type { Queryable } from '../db/types.js';
import { loadInstitutions } from './institutions.js';
import { progressLog } from './progress.js';

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();

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

/** A plan as imported, before its progress log is applied (the self-assessment applies the log for a period itself). */
export async function planDocument(db: Queryable, planId: string): Promise<ActionPlan | undefined> {
  const { rows } = await db.query<{ doc: ActionPlan }>('SELECT doc FROM plans WHERE id = $1', [planId]);
  return rows[0]?.doc;
}

/**
 * One plan with every milestone's derived state, `dataNotes`, `updatedAt` and the institutions it names
 * (an id with no stored institution is simply absent); undefined when unknown.
 */
export async function loadPlan(db: Queryable, planId: string): Promise<ActionPlanDetail | undefined> {
  const plan = await db.query<{ doc: ActionPlan; provenance: string; updated_at: unknown }>(
    'SELECT doc, provenance, updated_at FROM plans WHERE id = $1',
    [planId],
  );
  const row = plan.rows[0];
  if (!row) return undefined;
  const updates = await progressLog(db, planId);
  const byMilestone = new Map<string, ProgressUpdate[]>();
  let updatedAt = iso(row.updated_at);
  let demonstration = false;
  for (const u of updates) {
    byMilestone.set(u.target_id, [...(byMilestone.get(u.target_id) ?? []), u.doc]);
    if (u.provenance === 'demonstration' || u.doc.source === 'demonstration') demonstration = true;
    const created = iso(u.created_at);
    if (created > updatedAt) updatedAt = created;
  }
  const institutions = await loadInstitutions(db, referencedInstitutionIds(row.doc));
  return {
    ...row.doc,
    commitments: row.doc.commitments.map((c) => ({
      ...c,
      milestones: c.milestones.map((m) => applyProgress(m, byMilestone.get(m.id) ?? [])),
    })),
    dataNotes: {
      demonstrationProgress: demonstration,
      ...(row.provenance === 'demonstration' ? { demonstrationPlan: true as const } : {}),
    },
    updatedAt,
    institutions,
  };
}

/** Every plan without its commitments, with counts, newest period first. */
export async function listPlans(
  db: Queryable,
  load: (id: string) => Promise<ActionPlanDetail | undefined> = (id) => loadPlan(db, id),
): Promise<ActionPlanSummary[]> {
  const plans = await Promise.all((await planIds(db)).map((id) => load(id)));
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

// The rest of the plans repository: ids, existence, and the writes (a plan document is replaced whole).

export async function planIds(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM plans');
  return rows.map((r) => r.id);
}

export async function planExists(db: Queryable, planId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM plans WHERE id = $1', [planId])).rowCount > 0;
}

/** Every milestone id of every stored plan (references a data file may use). */
export async function milestoneIds(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT m->>'id' AS id FROM plans p, jsonb_array_elements(p.doc->'commitments') c, jsonb_array_elements(c->'milestones') m`,
  );
  return rows.map((r) => r.id);
}

/** Inserts or replaces a plan; `updated_at` moves so the plan cache notices. */
export async function upsertPlan(db: Queryable, plan: ActionPlan, provenance: string): Promise<void> {
  await db.query(
    `INSERT INTO plans (id, doc, provenance, updated_at) VALUES ($1, $2::jsonb, $3, now())
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, provenance = EXCLUDED.provenance, updated_at = now()`,
    [plan.id, JSON.stringify(plan), provenance],
  );
}
