#!/usr/bin/env node
// Writes the static JSON files the static example reads (examples/static/data/ by default, or the
// directory given as the first argument, empty or an earlier export): a fresh embedded database in a temporary directory, the SDK's
// shipped data imported with `hapur-server import`, then `hapur-server export-static <dir>`.
// No API keeps running afterwards. Usage: node scripts/export-static-example.mjs [outDir]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repo, 'packages/server/bin/hapur-server.js');
const sdkData = join(repo, 'packages/sdk/data');
const defaultOut = join(repo, 'examples/static/data');
const outDir = resolve(process.argv[2] ?? defaultOut);

/** The shipped files in the order the server's own seed uses: real plans, then examples, then demonstration data. */
function shippedFiles() {
  const list = (sub) =>
    existsSync(join(sdkData, sub))
      ? readdirSync(join(sdkData, sub))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(sdkData, sub, f))
      : [];
  return [
    ...['xk-2026-2028.json', 'al-2020-2022.json', 'cocreation.json']
      .map((f) => join(sdkData, f))
      .filter((f) => existsSync(f)),
    ...list('examples'),
    ...list('demo'),
  ];
}

const dataDir = mkdtempSync(join(tmpdir(), 'hapur-export-'));
const env = { ...process.env, HAPUR_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
delete env.DATABASE_URL; // always the fresh embedded database, never a configured Postgres

function run(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`hapur-server ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`);
  }
  return result.stdout.trim();
}

try {
  for (const file of shippedFiles()) console.log(run(['import', file]));
  // Only the example's own generated folder is emptied first (an export from before export-static kept its list of
  // files). A folder given as the argument is left to export-static: it replaces its own earlier export and refuses
  // a folder holding anything else, so a mistyped argument never deletes a folder.
  if (outDir === defaultOut) rmSync(outDir, { recursive: true, force: true });
  console.log(run(['export-static', outDir]));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
