import { open311Status, validateImportFile, type ImportFile, type KnownIds } from '@hapur/sdk';
import type { Database, Queryable } from '../driver.js';
import { insertSeedSubmission } from './submissions.js';

/** An import file that cannot be imported; `message` lists `file: path: reason`, one per line. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly file: string;
  readonly problems: readonly { path: string; reason: string }[];
  constructor(file: string, problems: readonly { path: string; reason: string }[]) {
    super(problems.map((p) => `${file}: ${p.path || '(root)'}: ${p.reason}`).join('\n'));
    this.file = file;
    this.problems = problems;
  }
}

/** Ids already in the database, so a file may refer to what an earlier file imported. */
async function knownIds(db: Queryable): Promise<KnownIds> {
  const ids = async (sql: string) => (await db.query<{ id: string }>(sql)).rows.map((r) => r.id);
  return {
    institutions: await ids('SELECT id FROM institutions'),
    plans: await ids('SELECT id FROM plans'),
    milestones: await ids(
      `SELECT m->>'id' AS id FROM plans p, jsonb_array_elements(p.doc->'commitments') c, jsonb_array_elements(c->'milestones') m`,
    ),
    requirements: await ids('SELECT id FROM publication_requirements'),
    services: await ids('SELECT id FROM services'),
  };
}

/** Validates a whole `hapur/v1` file with the SDK (shape, due dates, references) and throws `ImportError` listing every problem. */
export async function checkImportFile(db: Queryable, data: unknown, file: string): Promise<ImportFile> {
  const result = validateImportFile(data, file, await knownIds(db));
  if (!result.ok) throw new ImportError(file, result.problems);
  return result.data;
}

export type ImportCounts = Record<
  | 'institutions'
  | 'plans'
  | 'services'
  | 'publicationRequirements'
  | 'publicationChecks'
  | 'progressUpdates'
  | 'submissions',
  number
>;

/** Imports one file in one transaction: everything or nothing. Re-importing the same ids replaces them. */
export async function importFile(db: Database, data: unknown, file: string): Promise<ImportCounts> {
  return db.transaction(async (tx) => {
    const f = await checkImportFile(tx, data, file);
    const kind = f.provenance.kind;
    const upsert = (table: string, id: string, doc: unknown) =>
      tx.query(
        `INSERT INTO ${table} (id, doc, provenance) VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, provenance = EXCLUDED.provenance`,
        [id, JSON.stringify(doc), kind],
      );
    // updated_at moves so cached plans, which embed the institutions they name, notice a renamed one.
    for (const i of f.institutions ?? []) {
      await tx.query(
        `INSERT INTO institutions (id, doc, provenance, updated_at) VALUES ($1, $2::jsonb, $3, now())
         ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, provenance = EXCLUDED.provenance, updated_at = now()`,
        [i.id, JSON.stringify(i), kind],
      );
    }
    for (const p of f.plans ?? []) {
      await tx.query(
        `INSERT INTO plans (id, doc, provenance, updated_at) VALUES ($1, $2::jsonb, $3, now())
         ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, provenance = EXCLUDED.provenance, updated_at = now()`,
        [p.id, JSON.stringify(p), kind],
      );
    }
    for (const s of f.services ?? []) await upsert('services', s.id, s);
    for (const r of f.publicationRequirements ?? []) await upsert('publication_requirements', r.id, r);
    for (const c of f.publicationChecks ?? []) {
      await tx.query(
        `INSERT INTO publication_checks (id, institution_id, requirement_id, period, doc, provenance, checked_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::timestamptz)
         ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, institution_id = EXCLUDED.institution_id,
           requirement_id = EXCLUDED.requirement_id, period = EXCLUDED.period, checked_at = EXCLUDED.checked_at`,
        [c.id, c.institutionId, c.requirementId, c.period, JSON.stringify(c), kind, c.checkedAt],
      );
    }
    for (const u of f.progressUpdates ?? []) {
      await tx.query(
        `INSERT INTO progress_updates (id, plan_id, target_id, reported_at, doc, provenance)
         VALUES ($1, $2, $3, $4::timestamptz, $5::jsonb, $6)
         ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, reported_at = EXCLUDED.reported_at, target_id = EXCLUDED.target_id`,
        [u.id, u.planId, u.milestoneId, u.reportedAt, JSON.stringify(u), kind],
      );
    }
    let submissions = 0;
    for (const s of f.submissions ?? []) {
      if (await insertSeedSubmission(tx, s, kind === 'demonstration', open311Status(s.status) === 'closed'))
        submissions++;
    }
    return {
      institutions: f.institutions?.length ?? 0,
      plans: f.plans?.length ?? 0,
      services: f.services?.length ?? 0,
      publicationRequirements: f.publicationRequirements?.length ?? 0,
      publicationChecks: f.publicationChecks?.length ?? 0,
      progressUpdates: f.progressUpdates?.length ?? 0,
      submissions,
    };
  });
}
