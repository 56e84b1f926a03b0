import {
  summarizeChecks,
  type Institution,
  type PublicationCheck,
  type PublicationChecklist,
  type PublicationRequirement,
  type ChecklistSummary,
} from '@hapur/sdk';
import type { Queryable } from '../db/driver.js';

export async function loadInstitution(db: Queryable, id: string): Promise<Institution | undefined> {
  const { rows } = await db.query<{ doc: Institution }>('SELECT doc FROM institutions WHERE id = $1', [id]);
  return rows[0]?.doc;
}

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
