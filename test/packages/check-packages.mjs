#!/usr/bin/env node
// Lints what each package would publish: publint (package.json vs. the packed files) and
// "Are the Types Wrong?" (attw: do TypeScript's resolvers find types for every export?).
// Run after `npm run build` (both look at dist/). Usage: node test/packages/check-packages.mjs [names…]
// Prints a table and exits 1 when a package has a publint error or an attw problem.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const all = { '@hapur/sdk': 'sdk', '@hapur/elements': 'elements', '@hapur/server': 'server', '@hapur/react': 'react' };
const asked = process.argv.slice(2);
const names = asked.length ? asked : Object.keys(all);

// attw's `esm-only` profile skips two resolution modes that cannot apply to these packages: every one is
// "type": "module" and exports only an `import` condition, so `node10` (pre-`exports` resolution, which never
// reads the exports map) and `node16-cjs` (a CommonJS `require` of an ESM-only package) fail by design.
// Everything else is checked: node16 from ESM and bundler resolution, for every entry point.
const IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']);

/** Runs a command; stdout goes to a file (attw's JSON is larger than a pipe flushes before it exits). */
function run(cmd, args, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'hapur-check-'));
  const outFile = join(dir, 'out');
  const fd = openSync(outFile, 'w');
  return new Promise((resolve) => {
    let stderr = '';
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      closeSync(fd);
      const stdout = readFileSync(outFile, 'utf8');
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

async function publint(dir) {
  const { code, stdout, stderr } = await run(bin('publint'), ['run', '--pack', 'npm', '--level', 'suggestion'], dir);
  const found = { errors: [], warnings: [], suggestions: [] };
  let section = null;
  for (const line of stdout.split('\n')) {
    const heading = /^(Errors|Warnings|Suggestions):/.exec(line.trim());
    if (heading) section = heading[1].toLowerCase();
    else if (section && /^\d+\.\s/.test(line.trim())) found[section].push(line.trim());
  }
  if (code !== 0 && found.errors.length === 0) found.errors.push(`publint exited ${code}: ${stderr.trim()}`);
  return found;
}

async function attw(dir) {
  const { code, stdout, stderr } = await run(
    bin('attw'),
    ['--pack', '.', '--profile', 'esm-only', '--format', 'json'],
    dir,
  );
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { problems: [`attw exited ${code} without a report: ${stderr.trim().slice(0, 300)}`] };
  }
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((p) => !IGNORED_RESOLUTIONS.has(p.resolutionKind))
    .map((p) => `${p.kind} at "${p.entrypoint}" (${p.resolutionKind})`);
  if (code !== 0 && problems.length === 0) problems.push(`attw exited ${code}`);
  return { problems };
}

async function check(name) {
  const folder = all[name];
  if (!folder) return { name, fatal: `unknown package (one of ${Object.keys(all).join(', ')})` };
  const dir = join(root, 'packages', folder);
  if (!existsSync(join(dir, 'dist'))) return { name, fatal: 'no dist/: run `npm run build` first' };
  const t0 = Date.now();
  const lint = await publint(dir);
  const types = await attw(dir);
  return { name, lint, types, seconds: (Date.now() - t0) / 1000 };
}

const t0 = Date.now();
const results = await Promise.all(names.map(check));
const rows = results.map((r) =>
  r.fatal
    ? [r.name, '-', '-', '-', '-', `FAIL: ${r.fatal}`]
    : [
        r.name,
        String(r.lint.errors.length),
        String(r.lint.warnings.length),
        String(r.lint.suggestions.length),
        String(r.types.problems.length),
        r.lint.errors.length + r.types.problems.length === 0 ? `ok (${r.seconds.toFixed(1)} s)` : 'FAIL',
      ],
);
const header = ['package', 'publint errors', 'warnings', 'suggestions', 'attw problems', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(line(row));

for (const r of results.filter((x) => !x.fatal)) {
  const details = [
    ...r.lint.errors.map((m) => `publint error: ${m}`),
    ...r.lint.warnings.map((m) => `publint warning: ${m}`),
    ...r.lint.suggestions.map((m) => `publint suggestion: ${m}`),
    ...r.types.problems.map((m) => `attw: ${m}`),
  ];
  if (details.length) console.log(`\n${r.name}\n  ${details.join('\n  ')}`);
}
console.log(`\nchecked ${results.length} package(s) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exitCode = results.some((r) => r.fatal || r.lint.errors.length || r.types.problems.length) ? 1 : 0;
