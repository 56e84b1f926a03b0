import type { Config } from '../config.js';
import type { Queryable } from '../db/types.js';
import type { Logger } from '../http/logger.js';

export interface MaintenanceResult {
  contactsDeleted: number;
  idempotencyKeysDeleted: number;
}

/**
 * Retention: deletes contact details of submissions closed more than `contactRetentionDays` ago,
 * and idempotency keys older than `idempotencyRetentionDays` (never fewer than 7).
 */
export async function runMaintenance(
  db: Queryable,
  config: Pick<Config, 'contactRetentionDays' | 'idempotencyRetentionDays'>,
  now: Date = new Date(),
): Promise<MaintenanceResult> {
  const day = 86_400_000;
  const contactCutoff = new Date(now.getTime() - config.contactRetentionDays * day).toISOString();
  const keyCutoff = new Date(now.getTime() - Math.max(7, config.idempotencyRetentionDays) * day).toISOString();
  const contacts = await db.query(
    `DELETE FROM submission_contacts c USING submissions s
      WHERE c.submission_id = s.id AND s.closed_at IS NOT NULL AND s.closed_at <= $1::timestamptz`,
    [contactCutoff],
  );
  const keys = await db.query('DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz', [keyCutoff]);
  return { contactsDeleted: contacts.rowCount, idempotencyKeysDeleted: keys.rowCount };
}

/** Runs maintenance at start and every hour; returns a stop function. */
export function startMaintenance(db: Queryable, config: Config, logger: Logger, everyMs = 3_600_000): () => void {
  const tick = () =>
    runMaintenance(db, config)
      .then((r) => {
        if (r.contactsDeleted + r.idempotencyKeysDeleted > 0) logger.info('retention', { ...r });
      })
      .catch((error: unknown) =>
        logger.error('retention failed', { error: error instanceof Error ? error.message : String(error) }),
      );
  void tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
