import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Database } from '../db/types.js';
import { ADMIN_SOCKET, type AdminAnswer } from './channel.js';
import { readTree, tar, untar } from './tar.js';

/**
 * Backups of the embedded database: a gzipped tar of the PGlite data directory, made by the process that
 * holds it (the running server, asked over the admin socket, or the CLI when none runs) at a moment when no
 * statement runs. A real Postgres is backed up with pg_dump (docs/deployment.md).
 */

const fail = (message: string): AdminAnswer => ({ code: 1, out: '', err: `${message}\n` });
/** The server's own files in the data directory, which belong to the running process, not to the data. */
const isProcessFile = (name: string) => name === ADMIN_SOCKET || name.startsWith('hapur.lock');

/**
 * Writes a backup of `db` (whose data directory is `dataDir`) to `file`, an absolute path that must not exist
 * yet: owner-only (it holds contact details and token hashes), complete or not at all (written under a
 * temporary name, then renamed).
 */
export async function backupTo(db: Database, dataDir: string | undefined, file: string): Promise<AdminAnswer> {
  if (!isAbsolute(file)) return fail(`The backup file must be an absolute path: ${file}`);
  if (!db.whileQuiet || !dataDir)
    return fail('This database is a real Postgres (or in memory): back it up with pg_dump (docs/deployment.md).');
  if (existsSync(file)) return fail(`${file} exists already; choose a new name (backups are never overwritten).`);
  const archive = await db.whileQuiet(() => tar(readTree(dataDir, isProcessFile)));
  const gzipped = gzipSync(archive);
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, gzipped, { mode: 0o600, flag: 'wx' });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    return fail(`Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { code: 0, out: `Wrote a backup of the embedded database to ${file} (${gzipped.length} bytes).\n`, err: '' };
}

/** What a database holds, printed after a restore. */
export async function describeContents(db: Database): Promise<string> {
  const { rows } = await db.query<{ submissions: number; tokens: number; keys: number; plans: number }>(
    `SELECT (SELECT count(*)::int FROM plans) AS plans, (SELECT count(*)::int FROM submissions) AS submissions,
            (SELECT count(*)::int FROM staff_tokens) AS tokens, (SELECT count(*)::int FROM idempotency_keys) AS keys`,
  );
  const r = rows[0]!;
  return `${r.plans} plans, ${r.submissions} submissions, ${r.tokens} staff tokens, ${r.keys} idempotency keys`;
}

/**
 * Restores `file` into `dataDir`, which must be empty or missing: a restore never mixes with or replaces a
 * database (move the old directory aside first). The backup is unpacked beside it and renamed into place,
 * so `dataDir` never holds half a database; `open` then opens it to check it.
 */
export async function restoreInto(
  file: string,
  dataDir: string,
  open: (dataDir: string) => Promise<Database>,
): Promise<AdminAnswer> {
  if (!existsSync(file)) return fail(`No backup file at ${file}.`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    return fail(
      `${dataDir} is not empty: restore only into an empty data directory (stop the server and move the old one aside).`,
    );
  // A new machine may not have the data directory's parent yet (HAPUR_DATA_DIR=/srv/hapur/data).
  mkdirSync(dirname(dataDir), { recursive: true });
  const staging = mkdtempSync(join(dirname(dataDir), `.${basename(dataDir)}.restoring-`));
  try {
    untar(gunzipSync(readFileSync(file)), staging);
    if (!existsSync(join(staging, 'PG_VERSION'))) throw new Error('it holds no database directory');
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    return fail(`${file} is not a Hapur backup: ${error instanceof Error ? error.message : String(error)}`);
  }
  rmSync(dataDir, { recursive: true, force: true }); // empty or missing, checked above
  renameSync(staging, dataDir);
  const db = await open(dataDir);
  try {
    return { code: 0, out: `Restored ${file} into ${dataDir}: ${await describeContents(db)}.\n`, err: '' };
  } finally {
    await db.close();
  }
}
