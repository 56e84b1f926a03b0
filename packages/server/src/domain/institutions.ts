import type { Institution } from '@hapur/sdk';
import type { Queryable } from '../db/types.js';

/** The institutions repository: every read and write of the `institutions` table. */
export async function loadInstitution(db: Queryable, id: string): Promise<Institution | undefined> {
  const { rows } = await db.query<{ doc: Institution }>('SELECT doc FROM institutions WHERE id = $1', [id]);
  return rows[0]?.doc;
}

/** The stored institutions among `ids`, ordered by id (an unknown id is simply absent). */
export async function loadInstitutions(db: Queryable, ids: readonly string[]): Promise<Institution[]> {
  const { rows } = await db.query<{ doc: Institution }>(
    'SELECT doc FROM institutions WHERE id = ANY($1::text[]) ORDER BY id',
    [ids],
  );
  return rows.map((r) => r.doc);
}

/** Every stored institution, ordered by id (the public list, `GET /institutions`). */
export async function allInstitutions(db: Queryable): Promise<Institution[]> {
  const { rows } = await db.query<{ doc: Institution }>('SELECT doc FROM institutions ORDER BY id');
  return rows.map((r) => r.doc);
}

export async function institutionIds(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM institutions ORDER BY id');
  return rows.map((r) => r.id);
}

/** `{ country }` of a stored institution, undefined when it is not stored. */
export async function institutionCountry(db: Queryable, id: string): Promise<{ country: string } | undefined> {
  const { rows } = await db.query<{ country: string }>(
    "SELECT doc->>'country' AS country FROM institutions WHERE id = $1",
    [id],
  );
  return rows[0];
}

/** Inserts or replaces; `updated_at` moves so cached plans, which embed the institutions they name, notice. */
export async function upsertInstitution(db: Queryable, institution: Institution, provenance: string): Promise<void> {
  await db.query(
    `INSERT INTO institutions (id, doc, provenance, updated_at) VALUES ($1, $2::jsonb, $3, now())
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, provenance = EXCLUDED.provenance, updated_at = now()`,
    [institution.id, JSON.stringify(institution), provenance],
  );
}
