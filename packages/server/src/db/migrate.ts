import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './types.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;
const DEFAULT_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The migration files `NNNN-name.sql`, in order. */
export function loadMigrations(dir = DEFAULT_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort()
    .map((file) => {
      const [, version = '', name = ''] = FILE.exec(file) ?? [];
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return { version: Number(version), name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/**
 * Applies pending migrations, each in its own transaction, and records them in `schema_migrations`.
 * A shipped migration must never change: a checksum mismatch stops the start.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const { rows } = await db.query<{ version: number; checksum: string; name: string }>(
    'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
  );
  const applied = new Map(rows.map((r) => [Number(r.version), r]));
  const done: number[] = [];
  for (const m of migrations) {
    const previous = applied.get(m.version);
    if (previous) {
      if (previous.checksum !== m.checksum) {
        throw new MigrationError(
          `Migration ${String(m.version).padStart(4, '0')}-${m.name}.sql changed after it was applied. ` +
            'Never edit a shipped migration: add a new one.',
        );
      }
      continue;
    }
    const ran = await db.transaction(async (tx) => {
      // Serialise concurrent starts against one Postgres; re-check under the lock.
      await tx.query('SELECT pg_advisory_xact_lock(87870001)');
      const again = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (again.rowCount > 0) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        m.checksum,
      ]);
      return true;
    });
    if (ran) done.push(m.version);
  }
  return done;
}

let shipped: Migration[] | undefined;

/**
 * The shipped migrations this database has not applied (readiness: a server behind a load balancer takes
 * traffic only once this is empty). Rejects when the database does not answer.
 */
export async function pendingMigrations(
  db: Queryable,
  migrations = (shipped ??= loadMigrations()),
): Promise<Migration[]> {
  const { rows: table } = await db.query<{ name: string | null }>(
    "SELECT to_regclass('schema_migrations')::text AS name",
  );
  if (!table[0]?.name) return migrations;
  const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((r) => Number(r.version)));
  return migrations.filter((m) => !applied.has(m.version));
}
