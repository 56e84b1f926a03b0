#!/usr/bin/env node
// The README's test command (`npm test`): every check CI runs, in order, with timings.
// Each step runs even when an earlier one failed (except steps that need a build), so one run shows
// everything that is broken. Exits non-zero when any step fails.
import { spawn } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { nodeMissing, nodePath } from './node-runtimes.mjs';

const started = Date.now();
const only = process.argv.slice(2);

const steps = [
  { name: 'build', cmd: 'npm', args: ['run', 'build'], gate: true },
  // Size budgets (test/size/budgets.json): each block alone, the loader, all blocks through it and hapur.all.js, gzip -9.
  { name: 'size', cmd: 'node', args: ['test/size/budgets.mjs'] },
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-b'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.', '--log-level', 'warn'] },
  // The packages' source shape (test/shape/): no import cycle between modules, no source file over 350 lines; ~3 s CPU, no build.
  { name: 'source-shape', cmd: 'node', args: ['scripts/node-test.mjs', 'test/shape'] },
  { name: 'cem-check', cmd: 'node', args: ['scripts/check-cem.mjs'] },
  // docs/blocks/<tag>.md are generated from the manifest (npm run docs:blocks): fails when one is stale.
  { name: 'block-docs', cmd: 'node', args: ['scripts/block-docs.mjs', '--check'] },
  // The sr-Cyrl UI catalogues are generated from sr-Latn (npm run i18n:sr-cyrl): fails when one is stale or shows Latin.
  {
    name: 'sr-cyrl',
    cmd: 'node',
    args: ['--conditions=@hapur/source', '--import', 'tsx', 'scripts/sr-cyrl.ts', '--check'],
  },
  // docs/catalogue-keys.md lists every catalogue's keys, from the catalogues (npm run docs:catalogue-keys).
  {
    name: 'catalogue-keys',
    cmd: 'node',
    args: ['--conditions=@hapur/source', '--import', 'tsx', 'scripts/catalogue-keys.ts', '--check'],
  },
  {
    name: 'node-tests',
    cmd: 'node',
    args: ['scripts/node-test.mjs', 'packages/sdk/src', 'packages/server/src', '--', '--test-concurrency=1'],
  },
  {
    // The same suites on Node 24 (ADR 0009): the binary is a pinned optional dependency, installed by `npm ci`.
    name: 'node24-tests',
    cmd: nodePath(24),
    missing: nodeMissing(24),
    args: ['scripts/node-test.mjs', 'packages/sdk/src', 'packages/server/src', '--', '--test-concurrency=1'],
  },
  {
    // The built server, SDK and CLI on Node 22 (ADR 0009): import, --help, start, /readyz, stop; ~10-25 s.
    name: 'node22-smoke',
    cmd: nodePath(22),
    missing: nodeMissing(22),
    args: ['--test', 'test/runtime/node22-smoke.test.mjs'],
  },
  {
    // The server's suite again on a real Postgres (Debian's postgresql, installed when missing, on a temporary
    // directory and a free port), so both database drivers are held to the same tests.
    name: 'postgres-tests',
    cmd: 'bash',
    args: [
      'packages/server/scripts/with-postgres.sh',
      'node',
      'scripts/node-test.mjs',
      'packages/server/src',
      '--',
      '--test-concurrency=1',
    ],
  },
  {
    name: 'react-tests',
    cmd: 'node',
    args: ['scripts/node-test.mjs', 'packages/react/src'],
    // The wrappers import the elements' TypeScript source, whose declared reactive fields need the base tsconfig's
    // settings (useDefineForClassFields: false, ADR 0001).
    env: { TSX_TSCONFIG_PATH: 'tsconfig.base.json' },
  },
  { name: 'packages', cmd: 'node', args: ['test/packages/check-packages.mjs'] },
  { name: 'browser-tests', cmd: 'npx', args: ['wtr'] },
  { name: 'storybook-build', cmd: 'npm', args: ['run', 'build-storybook'] },
  { name: 'story-tests', cmd: 'npx', args: ['vitest', 'run', '--project', 'storybook'] },
  {
    name: 'e2e',
    cmd: 'node',
    args: ['scripts/node-test.mjs', 'test', '--suffix=.e2e.ts', '--', '--test-concurrency=1'],
  },
];

/** Pulls "passed/failed" test counts out of each runner's closing lines. */
function countTests(output) {
  // Strip ANSI colour codes before reading the summaries.
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  let passed = 0;
  let failed = 0;
  // node:test (TAP summary, Node 20's default without a terminal)
  for (const m of text.matchAll(/^# pass (\d+)$/gm)) passed += Number(m[1]);
  for (const m of text.matchAll(/^# fail (\d+)$/gm)) failed += Number(m[1]);
  // node:test's spec reporter (Node 24's default): "ℹ pass 12"
  for (const m of text.matchAll(/^ℹ pass (\d+)$/gm)) passed += Number(m[1]);
  for (const m of text.matchAll(/^ℹ fail (\d+)$/gm)) failed += Number(m[1]);
  // vitest: "Tests  12 passed (12)" or "Tests  1 failed | 11 passed (12)"
  for (const m of text.matchAll(/^\s*Tests\s+(.*)\(\d+\)\s*$/gm)) {
    passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  }
  // web-test-runner repeats "N passed, M failed" in its progress line: the last one is the total.
  if (/web-test-runner|Finished running tests|test files \|/.test(text)) {
    const wtr = [...text.matchAll(/test files \| (\d+) passed, (\d+) failed/g)].at(-1);
    if (wtr) {
      passed += Number(wtr[1]);
      failed += Number(wtr[2]);
    }
  }
  return { passed, failed };
}

/**
 * The failed tests of a step's output, a few lines each, for the digest printed before the summary: a CI log is often
 * read from its end only, far from the failure. node:test's TAP ("not ok N - name" and the error and location of its
 * report), its spec reporter ("✖ name") and web-test-runner ("❌ name"); for a step without tests (lint, a size check) its
 * last lines. At most 36 lines of 300 characters.
 */
function failureDigest(output) {
  const lines = output.split('\n');
  const digest = [];
  for (let i = 0; i < lines.length && digest.length < 36; i++) {
    const name = lines[i].trim();
    if (!/^(not ok \d+ - |✖ |❌ )/.test(name) || name === '✖ failing tests:' || digest.includes(name)) continue;
    const details = [];
    for (let j = i + 1; name.startsWith('not ok') && j < Math.min(lines.length, i + 40); j++) {
      if (/^\s*\.\.\.$/.test(lines[j])) break;
      const detail = /^\s*(error|location|expected|actual): (.*)$/.exec(lines[j]);
      // A multi-line error (`error: |-`) goes on under it: its first line.
      if (detail) details.push(`    ${detail[1]}: ${detail[2] === '|-' ? (lines[j + 1] ?? '').trim() : detail[2]}`);
    }
    // A suite or file that failed only because a test in it did adds nothing: that test is listed.
    if (details.some((d) => /subtests? failed'$/.test(d))) continue;
    digest.push(name, ...details);
  }
  const shown = digest.length ? digest : lines.filter((l) => l.trim()).slice(-8);
  return shown.map((l) => (l.length > 300 ? `${l.slice(0, 297)}...` : l));
}

function run(step) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n▶ ${step.name}: ${step.cmd ?? '(missing)'} ${step.args.join(' ')}`);
    if (!step.cmd) {
      console.error(step.missing);
      resolve({ name: step.name, ok: false, code: 1, seconds: '0.0', passed: 0, failed: 0 });
      return;
    }
    const child = spawn(step.cmd, step.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', ...step.env },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      const failures = code === 0 ? [] : failureDigest(output);
      resolve({ name: step.name, ok: code === 0, code, seconds, failures, ...countTests(output) });
    });
  });
}

console.log(
  `Node ${process.version} runs the test command; Node 24 at ${nodePath(24) ?? '(none)'}, Node 22 at ${nodePath(22) ?? '(none)'}`,
);
const chromium = ensureChromium();
console.log(`Using Chromium at ${chromium}`);
process.env.CHROME_PATH ??= chromium;

const results = [];
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const result = await run(step);
  results.push(result);
  if (!result.ok && step.gate) {
    console.error(`\n✗ ${step.name} failed; later steps need it, stopping.`);
    break;
  }
}

const failing = results.filter((r) => r.failures?.length);
if (failing.length) {
  console.log("\n== What failed (details above, in each step's output) ==");
  for (const r of failing) {
    console.log(`${r.name}:`);
    for (const line of r.failures) console.log(`  ${line}`);
  }
}
console.log('\n== Summary ==');
for (const r of results) {
  const counts = r.passed + r.failed > 0 ? ` (${r.passed} passed, ${r.failed} failed)` : '';
  console.log(`${r.ok ? '✓' : '✗'} ${r.name.padEnd(16)} ${String(r.seconds).padStart(7)} s${counts}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const failedSteps = results.filter((r) => !r.ok).map((r) => r.name);
console.log(
  `Total time: ${((Date.now() - started) / 1000).toFixed(1)} s; steps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
