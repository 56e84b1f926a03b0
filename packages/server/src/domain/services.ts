import type { PublicService } from '@hapur/sdk';
import type { Queryable } from '../db/types.js';

/** The public-services repository: every read and write of the `services` table. */
export async function allServices(db: Queryable): Promise<PublicService[]> {
  const { rows } = await db.query<{ doc: PublicService }>('SELECT doc FROM services ORDER BY id');
  return rows.map((r) => r.doc);
}

export async function loadService(db: Queryable, id: string): Promise<PublicService | undefined> {
  const { rows } = await db.query<{ doc: PublicService }>('SELECT doc FROM services WHERE id = $1', [id]);
  return rows[0]?.doc;
}

export async function serviceIds(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM services');
  return rows.map((r) => r.id);
}

export async function upsertService(db: Queryable, service: PublicService, provenance: string): Promise<void> {
  await db.query(
    `INSERT INTO services (id, doc, provenance) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, provenance = EXCLUDED.provenance`,
    [service.id, JSON.stringify(service), provenance],
  );
}
