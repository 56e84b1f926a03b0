import {
  summarizeChecks,
  type Institution,
  type PublicationCheck,
  type PublicationChecklist,
  type PublicationRequirement,
  type ChecklistSummary,
} from '@hapur/sdk';
import type { Queryable } from '../db/types.js';

// The proactive-publication repository: requirements, checks, and the checklist and trend built from them.

/** The requirements that apply to an institution: named explicitly, or by its kind in its country. */
export async function requirementsFor(db: Queryable, institution: Institution): Promise<PublicationRequirement[]> {
  const { rows } = await db.query<{ doc: PublicationRequirement }>(
    'SELECT doc FROM publication_requirements ORDER BY id',
  );
  return rows
    .map((r) => r.doc)
    .filter((r) =>
      r.appliesTo.institutionIds?.length
        ? r.appliesTo.institutionIds.includes(institution.id)
        : r.country === institution.country && r.appliesTo.institutionKinds.includes(institution.kind),
    );
}

async function checksFor(db: Queryable, institutionId: string, period?: string): Promise<PublicationCheck[]> {
  const { rows } = await db.query<{ doc: PublicationCheck }>(
    `SELECT doc FROM publication_checks WHERE institution_id = $1 ${period ? 'AND period = $2' : ''} ORDER BY period, checked_at, id`,
    period ? [institutionId, period] : [institutionId],
  );
  return rows.map((r) => r.doc);
}

export async function checklist(
  db: Queryable,
  institution: Institution,
  period: string,
): Promise<PublicationChecklist> {
  const requirements = await requirementsFor(db, institution);
  const checks = await checksFor(db, institution.id, period);
  return { institution, period, requirements, checks, summary: summarizeChecks(checks, requirements) };
}

/** Every quarter with at least one check, oldest first, each with its summary (the trend). */
export async function periods(
  db: Queryable,
  institution: Institution,
): Promise<{ period: string; summary: ChecklistSummary }[]> {
  const requirements = await requirementsFor(db, institution);
  const byPeriod = new Map<string, PublicationCheck[]>();
  for (const c of await checksFor(db, institution.id)) byPeriod.set(c.period, [...(byPeriod.get(c.period) ?? []), c]);
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, checks]) => ({ period, summary: summarizeChecks(checks, requirements) }));
}

export async function requirementIds(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM publication_requirements');
  return rows.map((r) => r.id);
}

export async function upsertRequirement(
  db: Queryable,
  requirement: PublicationRequirement,
  provenance: string,
): Promise<void> {
  await db.query(
    `INSERT INTO publication_requirements (id, doc, provenance) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, provenance = EXCLUDED.provenance`,
    [requirement.id, JSON.stringify(requirement), provenance],
  );
}

/** Records a check a staff member made now. */
export async function insertCheck(db: Queryable, check: PublicationCheck): Promise<void> {
  await db.query(
    `INSERT INTO publication_checks (id, institution_id, requirement_id, period, doc, provenance, checked_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, 'real', $6::timestamptz)`,
    [check.id, check.institutionId, check.requirementId, check.period, JSON.stringify(check), check.checkedAt],
  );
}

/** Inserts or replaces a check from a data file (same id → replaced). */
export async function importCheck(db: Queryable, check: PublicationCheck, provenance: string): Promise<void> {
  await db.query(
    `INSERT INTO publication_checks (id, institution_id, requirement_id, period, doc, provenance, checked_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::timestamptz)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, institution_id = EXCLUDED.institution_id,
       requirement_id = EXCLUDED.requirement_id, period = EXCLUDED.period, checked_at = EXCLUDED.checked_at`,
    [
      check.id,
      check.institutionId,
      check.requirementId,
      check.period,
      JSON.stringify(check),
      provenance,
      check.checkedAt,
    ],
  );
}
