import type { ProgressUpdate } from '@hapur/sdk';
import type { Queryable } from '../db/types.js';

/** The progress-updates repository: the append-only log each milestone's state is folded from. */
export interface StoredUpdate {
  doc: ProgressUpdate;
  target_id: string;
  provenance: string;
  created_at: unknown;
}

/** A plan's updates, oldest first (the order the fold needs). */
export async function progressLog(db: Queryable, planId: string): Promise<StoredUpdate[]> {
  const { rows } = await db.query<StoredUpdate>(
    'SELECT doc, target_id, provenance, created_at FROM progress_updates WHERE plan_id = $1 ORDER BY reported_at, created_at, id',
    [planId],
  );
  return rows;
}

/** Appends an update a staff member (`staffName`, the token's name) reported now. */
export async function appendProgress(db: Queryable, update: ProgressUpdate, staffName?: string): Promise<void> {
  await db.query(
    `INSERT INTO progress_updates (id, plan_id, target_id, reported_at, doc, provenance, created_at, staff_name)
     VALUES ($1, $2, $3, $4::timestamptz, $5::jsonb, 'real', $4::timestamptz, $6)`,
    [update.id, update.planId, update.milestoneId, update.reportedAt, JSON.stringify(update), staffName ?? null],
  );
}

/** One milestone's updates, oldest first (the fold's order), with the staff name where a token sent them. */
export async function milestoneLog(
  db: Queryable,
  planId: string,
  milestoneId: string,
): Promise<{ doc: ProgressUpdate; staff_name: string | null }[]> {
  const { rows } = await db.query<{ doc: ProgressUpdate; staff_name: string | null }>(
    `SELECT doc, staff_name FROM progress_updates WHERE plan_id = $1 AND target_id = $2
     ORDER BY reported_at, created_at, id`,
    [planId, milestoneId],
  );
  return rows;
}

/** Inserts or replaces an update from a data file (same id → replaced). */
export async function importProgress(db: Queryable, update: ProgressUpdate, provenance: string): Promise<void> {
  await db.query(
    `INSERT INTO progress_updates (id, plan_id, target_id, reported_at, doc, provenance)
     VALUES ($1, $2, $3, $4::timestamptz, $5::jsonb, $6)
     ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, reported_at = EXCLUDED.reported_at, target_id = EXCLUDED.target_id`,
    [update.id, update.planId, update.milestoneId, update.reportedAt, JSON.stringify(update), provenance],
  );
}
