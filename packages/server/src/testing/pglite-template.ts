import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Database } from '../db/types.js';

/**
 * The tests' in-memory databases start from a copy of a freshly initialised PGlite data directory instead of
 * running initdb each time: initdb takes ~2.5–4 s of WebAssembly per database on a 2-core machine, loading the
 * copy ~0.6 s, and the Node suites open about forty of them on each runtime. The copy is exactly what initdb
 * writes (no table, no migration: each test still migrates its own database), made once per PGlite version and
 * kept in the temporary directory, written under another name and renamed so a reader never sees half a file.
 * `HAPUR_TEST_PGLITE_INITDB=1` opens every database with initdb, as before.
 */
export async function openTestPglite(): Promise<Database> {
  // Loaded here, not at the top: the Postgres run of the suites never loads PGlite.
  const { openPglite } = await import('../db/pglite.js');
  if (process.env['HAPUR_TEST_PGLITE_INITDB'] === '1') return openPglite(undefined);
  const file = join(tmpdir(), `hapur-pglite-initdb-${pgliteVersion()}.tar`);
  const copy = readCopy(file);
  if (copy) {
    try {
      return await openPglite(undefined, copy);
    } catch {
      // A damaged copy (another version's layout, a disk error): made again below.
    }
  }
  return openPglite(undefined, await makeCopy(file));
}

/** The installed PGlite's version (its package exports no package.json: read beside its entry, in dist/). */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

function readCopy(file: string): Blob | undefined {
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    return undefined;
  }
}

/** Runs initdb once and writes its data directory as the copy; a failed write only means the next file makes it again. */
async function makeCopy(file: string): Promise<Blob> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create();
  const dump = await pg.dumpDataDir('none');
  await pg.close();
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
  return dump;
}
