import type { Database } from '../driver.js';
import type { Logger } from '../../http/logger.js';

/** Imports the SDK's shipped data files when the database holds no plan yet. Returns the files imported. */
export async function seedIfEmpty(db: Database, logger: Logger): Promise<string[]> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plans');
  if ((rows[0]?.n ?? 0) > 0) return [];
  logger.warn('seed: no shipped data import yet');
  return [];
}
