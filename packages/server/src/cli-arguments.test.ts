import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './testing/harness.js';

const BIN = fileURLToPath(new URL('../bin/hapur-server.js', import.meta.url));

test('hapur-server start, migrate, export-static: an argument they would ignore is said as such (exit 2)', () => {
  const dir = tempDir('hapur-cli-args-');
  const env: NodeJS.ProcessEnv = { ...process.env, HAPUR_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', PORT: '0' };
  delete env['DATABASE_URL'];
  // A time limit: before, `start --seeed` served (without the data asked for) until stopped.
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { env, cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    for (const [args, says] of [
      // A typo started an empty server where the operator asked for the shipped data.
      [['start', '--seeed'], /^start: "--seeed" is not an argument it takes/],
      [['start', 'seed'], /^start: "seed" is not an argument it takes/],
      [['migrate', '--dry-run'], /^migrate: "--dry-run" is not an argument it takes/],
      [['export-static', 'out', 'more'], /^export-static out: "more" is not an argument it takes/],
      [['export-static', '--out', 'site'], /^export-static: "--out" is not an argument it takes/],
    ] as const) {
      const r = cli(...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.status} ${r.signal} ${r.stderr}`);
      assert.match(r.stderr, says, args.join(' '));
    }
    assert.equal(existsSync(join(dir, 'data')), false, 'no database was opened');
    assert.equal(existsSync(join(dir, '--out')), false, 'no directory named after an option');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hapur-server export-static into a folder with other files and no earlier export: refused, said why (exit 1)', () => {
  const dir = tempDir('hapur-cli-export-', { 'site/index.html': '<h1>Our site</h1>' });
  const env: NodeJS.ProcessEnv = { ...process.env, HAPUR_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
  delete env['DATABASE_URL'];
  try {
    const r = spawnSync(process.execPath, [BIN, 'export-static', 'site'], {
      env,
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 1, `${r.status} ${r.signal} ${r.stderr}`);
    assert.match(
      r.stderr,
      /^export-static: site is not empty and holds no \.hapur-export\.json from an earlier export/,
    );
    assert.deepEqual(readdirSync(join(dir, 'site')), ['index.html']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
