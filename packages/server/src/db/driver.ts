import type { Database, Queryable } from './types.js';

export type { Database, Queryable };

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data directory; undefined = in memory. Ignored when `databaseUrl` is set. */
  dataDir?: string | undefined;
}

/** Opens Postgres when a URL is given, otherwise embedded PGlite (in a directory or in memory). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}

/** Resolves when the database answers a trivial query (the health check). */
export async function ping(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}
