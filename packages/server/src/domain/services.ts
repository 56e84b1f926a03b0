import type { LocalizedText, PublicService, ServiceChange } from '@hapur/sdk';
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

/** The ids of the services an institution is a competent authority for. */
export async function servicesOf(db: Queryable, institutionId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM services WHERE doc->'competentAuthorityIds' @> jsonb_build_array($1::text)`,
    [institutionId],
  );
  return rows.map((r) => r.id);
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

/** Inserts a new service; false when one with its id exists already (a concurrent create). */
export async function insertService(db: Queryable, service: PublicService, provenance: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO services (id, doc, provenance) VALUES ($1, $2::jsonb, $3) ON CONFLICT (id) DO NOTHING',
    [service.id, JSON.stringify(service), provenance],
  );
  return rowCount > 0;
}

/** The service as stored, locked until the transaction ends (a staff change compares and writes under it). */
export async function lockService(
  db: Queryable,
  id: string,
): Promise<{ doc: PublicService; provenance: string } | undefined> {
  const { rows } = await db.query<{ doc: PublicService; provenance: string }>(
    'SELECT doc, provenance FROM services WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0];
}

/** One entry of a service's change history. */
export interface ServiceChangeRow {
  serviceId: string;
  at: string;
  by: string;
  institutionId: string;
  action: ServiceChange['action'];
  fields: string[];
  note?: LocalizedText | undefined;
}

export async function recordServiceChange(db: Queryable, change: ServiceChangeRow): Promise<void> {
  await db.query(
    `INSERT INTO service_changes (service_id, at, by_name, institution_id, action, fields, note)
     VALUES ($1, $2::timestamptz, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [
      change.serviceId,
      change.at,
      change.by,
      change.institutionId,
      change.action,
      JSON.stringify(change.fields),
      change.note === undefined ? null : JSON.stringify(change.note),
    ],
  );
}

/** A service's changes, oldest first. */
export async function serviceChanges(db: Queryable, id: string): Promise<ServiceChangeRow[]> {
  const { rows } = await db.query<{
    at: unknown;
    by_name: string;
    institution_id: string;
    action: ServiceChangeRow['action'];
    fields: string[];
    note: LocalizedText | null;
  }>(
    'SELECT at, by_name, institution_id, action, fields, note FROM service_changes WHERE service_id = $1 ORDER BY at, id',
    [id],
  );
  return rows.map((r) => ({
    serviceId: id,
    at: (r.at instanceof Date ? r.at : new Date(String(r.at))).toISOString(),
    by: r.by_name,
    institutionId: r.institution_id,
    action: r.action,
    fields: r.fields,
    ...(r.note ? { note: r.note } : {}),
  }));
}
