import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './types.js';
import { acquireLock, type DirLock } from './lock.js';

/**
 * Embedded Postgres (PGlite, WASM) in a data directory, guarded by a lock file so two processes
 * never open the same directory, or in memory when no directory is given. `loadDataDir`: an in-memory database
 * starts from this copy of a data directory (`dumpDataDir`) instead of running initdb (the tests' template,
 * testing/pglite-template.ts).
 */
export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  let lock: DirLock | undefined;
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireLock(dataDir);
  }
  let pg: PGlite;
  try {
    // relaxedDurability false (the default): each statement is flushed before its promise resolves.
    pg = await PGlite.create(
      dataDir !== undefined ? { dataDir, relaxedDurability: false } : loadDataDir ? { loadDataDir } : {},
    );
  } catch (error) {
    lock?.release();
    throw error;
  }
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, [...params]);
      return { rows: result.rows, rowCount: Math.max(result.rows.length, result.affectedRows ?? 0) };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // Inside a transaction nothing else runs (PGlite queues every statement behind it); the checkpoint
    // writes every committed page into the files, so a copy made now needs no WAL replay to be current.
    whileQuiet: (fn) =>
      pg.transaction(async (tx) => {
        await tx.exec('CHECKPOINT');
        return fn();
      }),
    async close() {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        lock?.release();
      }
    },
  };
}
