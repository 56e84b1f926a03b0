#!/usr/bin/env node
// Runs Node's own test runner over TypeScript test files (Node 20's --test has no glob support).
// Usage: node scripts/node-test.mjs <dir>… [--suffix=.test.ts] [-- extra node args]
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const own = split === -1 ? args : args.slice(0, split);
const extra = split === -1 ? [] : args.slice(split + 1);
const dirs = own.filter((a) => !a.startsWith('--'));
const suffix = own.find((a) => a.startsWith('--suffix='))?.slice('--suffix='.length) ?? '.test.ts';

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith(suffix) && !name.endsWith('.browser' + suffix)) out.push(path);
  }
  return out;
}

const files = dirs.flatMap((d) => walk(d, [])).sort();
if (files.length === 0) {
  console.error(`node-test: no ${suffix} files under ${dirs.join(', ')}`);
  process.exit(1);
}
console.log(`node-test: ${files.length} file(s): ${files.map((f) => relative(process.cwd(), f)).join(' ')}`);
// The e2e files' demo servers start from one seeded database per run (test/helpers/demo-server.ts).
const seeded = mkdtempSync(join(tmpdir(), 'hapur-e2e-seeded-'));
const result = spawnSync(
  process.execPath,
  ['--conditions=@hapur/source', '--import', 'tsx', ...extra, '--test', ...files],
  { stdio: 'inherit', env: { ...process.env, HAPUR_E2E_SEEDED: seeded } },
);
rmSync(seeded, { recursive: true, force: true });
process.exit(result.status ?? 1);
