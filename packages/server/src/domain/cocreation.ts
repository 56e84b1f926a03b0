import {
  countResponses,
  filterOpportunities,
  sortOpportunities,
  type CoCreationProcess,
  type CoCreationProcessDetail,
  type Contribution,
  type OpportunityFilter,
  type OpportunityList,
  type ParticipationOpportunity,
} from '@hapur/sdk';
import type { Staff } from '../auth/tokens.js';
import type { Queryable } from '../db/types.js';
import { loadInstitutions } from './institutions.js';

// The co-creation repository: processes, opportunities, contributions, and the audit log of staff writes.
// The filter, the order and the counts are the SDK's rules (the static client and the blocks apply them too).

type Row<T> = { doc: T; provenance: string; updated_at: Date | string };

/** The stored document, marked as demonstration data when its file was, with when it last changed. */
function shown(row: Row<ParticipationOpportunity>): ParticipationOpportunity {
  const updatedAt = new Date(row.updated_at).toISOString();
  return row.provenance === 'demonstration'
    ? { ...row.doc, demonstration: true, updatedAt }
    : { ...row.doc, updatedAt };
}

export async function loadOpportunity(
  db: Queryable,
  id: string,
  lock = false,
): Promise<ParticipationOpportunity | undefined> {
  const { rows } = await db.query<Row<ParticipationOpportunity>>(
    `SELECT doc, provenance, updated_at FROM participation_opportunities WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? shown(rows[0]) : undefined;
}

async function allOpportunities(db: Queryable, processId?: string): Promise<ParticipationOpportunity[]> {
  const { rows } = await db.query<Row<ParticipationOpportunity>>(
    `SELECT doc, provenance, updated_at FROM participation_opportunities ${processId ? 'WHERE process_id = $1' : ''} ORDER BY id`,
    processId ? [processId] : [],
  );
  return rows.map(shown);
}

const institutionsOf = (items: readonly (string | undefined)[]) =>
  [...new Set(items.filter((id): id is string => id !== undefined))].sort();

/** `GET /participation/opportunities`: filtered, open and upcoming first, with the institutions named. */
export async function listOpportunities(db: Queryable, filter: OpportunityFilter): Promise<OpportunityList> {
  const items = sortOpportunities(filterOpportunities(await allOpportunities(db), filter));
  const institutions = await loadInstitutions(db, institutionsOf(items.map((o) => o.organiserInstitutionId)));
  return { items, institutions };
}

export async function loadProcess(db: Queryable, id: string): Promise<CoCreationProcess | undefined> {
  const { rows } = await db.query<{ doc: CoCreationProcess }>('SELECT doc FROM cocreation_processes WHERE id = $1', [
    id,
  ]);
  return rows[0]?.doc;
}

export async function processIds(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM cocreation_processes ORDER BY id');
  return rows.map((r) => r.id);
}

export async function opportunityIds(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM participation_opportunities ORDER BY id');
  return rows.map((r) => r.id);
}

/** One contribution; with `lock` (inside a transaction) its row stays locked until the transaction ends. */
export async function loadContribution(db: Queryable, id: string, lock = false): Promise<Contribution | undefined> {
  const { rows } = await db.query<{ doc: Contribution }>(
    `SELECT doc FROM contributions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0]?.doc;
}

/** `GET /cocreation/{processId}`: the process with its opportunities, contributions (in order) and counts. */
export async function processDetail(db: Queryable, id: string): Promise<CoCreationProcessDetail | undefined> {
  const process = await loadProcess(db, id);
  if (!process) return undefined;
  const opportunities = sortOpportunities(await allOpportunities(db, id));
  const { rows } = await db.query<{ doc: Contribution }>(
    `SELECT doc FROM contributions WHERE process_id = $1
     ORDER BY opportunity_id NULLS LAST, lpad(coalesce(doc->>'number', ''), 10, '0'), id`,
    [id],
  );
  const contributions = rows.map((r) => r.doc);
  const institutions = await loadInstitutions(
    db,
    institutionsOf([
      process.coordinatingInstitutionId,
      ...opportunities.map((o) => o.organiserInstitutionId),
      ...contributions.map((c) => c.response.respondedBy),
    ]),
  );
  return { ...process, opportunities, contributions, counts: countResponses(contributions), institutions };
}

export async function upsertProcess(db: Queryable, process: CoCreationProcess, provenance: string): Promise<void> {
  await db.query(
    `INSERT INTO cocreation_processes (id, doc, provenance, updated_at) VALUES ($1, $2::jsonb, $3, now())
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, provenance = EXCLUDED.provenance, updated_at = now()`,
    [process.id, JSON.stringify(process), provenance],
  );
}

/**
 * Inserts or replaces (`replace`, the default), or inserts only when the id is free (`replace: false`: answers
 * false when it is taken, so two creates at the same moment cannot both succeed). The API's own fields
 * (`demonstration`, `updatedAt`) are never stored.
 */
export async function upsertOpportunity(
  db: Queryable,
  opportunity: ParticipationOpportunity,
  provenance: string,
  at?: Date,
  replace = true,
): Promise<boolean> {
  const { demonstration: _d, updatedAt: _u, ...doc } = opportunity;
  const { rowCount } = await db.query(
    `INSERT INTO participation_opportunities (id, process_id, organiser_id, doc, provenance, updated_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, coalesce($6::timestamptz, now()))
     ON CONFLICT (id) DO ${
       replace
         ? `UPDATE SET process_id = EXCLUDED.process_id, organiser_id = EXCLUDED.organiser_id,
       doc = EXCLUDED.doc, provenance = EXCLUDED.provenance, updated_at = EXCLUDED.updated_at`
         : 'NOTHING'
     }`,
    [
      doc.id,
      doc.processId ?? null,
      doc.organiserInstitutionId ?? null,
      JSON.stringify(doc),
      provenance,
      at?.toISOString() ?? null,
    ],
  );
  return rowCount > 0;
}

export async function upsertContribution(
  db: Queryable,
  contribution: Contribution,
  provenance: string,
  at?: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO contributions (id, process_id, opportunity_id, doc, provenance, updated_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, coalesce($6::timestamptz, now()))
     ON CONFLICT (id) DO UPDATE SET process_id = EXCLUDED.process_id, opportunity_id = EXCLUDED.opportunity_id,
       doc = EXCLUDED.doc, updated_at = EXCLUDED.updated_at`,
    [
      contribution.id,
      contribution.processId,
      contribution.opportunityId ?? null,
      JSON.stringify(contribution),
      provenance,
      at?.toISOString() ?? null,
    ],
  );
}

/** One line of the append-only audit log of co-creation writes. */
export async function audit(
  db: Queryable,
  entry: { at: Date; action: string; targetId: string; staff: Staff; before: unknown; after: unknown },
): Promise<void> {
  await db.query(
    `INSERT INTO cocreation_audit (at, action, target_id, token_id, staff_name, institution_id, before, after)
     VALUES ($1::timestamptz, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      entry.at.toISOString(),
      entry.action,
      entry.targetId,
      entry.staff.tokenId,
      entry.staff.name,
      entry.staff.institutionId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      JSON.stringify(entry.after),
    ],
  );
}

export interface AuditEntry {
  at: string;
  action: string;
  targetId: string;
  tokenId: number;
  staffName: string;
  institutionId: string;
}

/** The audit log of one record, oldest first (for tests and operators). */
export async function auditOf(db: Queryable, targetId: string): Promise<AuditEntry[]> {
  const { rows } = await db.query<{
    at: Date | string;
    action: string;
    target_id: string;
    token_id: number | string;
    staff_name: string;
    institution_id: string;
  }>(
    'SELECT at, action, target_id, token_id, staff_name, institution_id FROM cocreation_audit WHERE target_id = $1 ORDER BY id',
    [targetId],
  );
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    action: r.action,
    targetId: r.target_id,
    tokenId: Number(r.token_id),
    staffName: r.staff_name,
    institutionId: r.institution_id,
  }));
}
