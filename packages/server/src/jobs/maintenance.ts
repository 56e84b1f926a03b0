import type { Config } from '../config.js';
import type { Queryable } from '../db/types.js';
import { deleteContactsRetainedBefore, deleteIdempotencyKeysBefore } from '../feedback/store.js';
import { deleteExpiredLimits } from '../http/shared-limits.js';
import type { Logger } from '../http/logger.js';

export interface MaintenanceResult {
  contactsDeleted: number;
  idempotencyKeysDeleted: number;
}

/**
 * Retention: deletes contact details of submissions closed more than `contactRetentionDays` ago (of a
 * quarantined one, which staff never close, that long after it was sent), and idempotency keys older than `idempotencyRetentionDays` (never fewer than 7).
 */
export async function runMaintenance(
  db: Queryable,
  config: Pick<Config, 'contactRetentionDays' | 'idempotencyRetentionDays'>,
  now: Date = new Date(),
): Promise<MaintenanceResult> {
  const day = 86_400_000;
  const contactCutoff = new Date(now.getTime() - config.contactRetentionDays * day).toISOString();
  const keyCutoff = new Date(now.getTime() - Math.max(7, config.idempotencyRetentionDays) * day).toISOString();
  const contactsDeleted = await deleteContactsRetainedBefore(db, contactCutoff);
  const idempotencyKeysDeleted = await deleteIdempotencyKeysBefore(db, keyCutoff);
  await deleteExpiredLimits(db, now);
  return { contactsDeleted, idempotencyKeysDeleted };
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
