import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../testing/harness.js';
import type { Queryable } from '../db/types.js';
import { runStaffCommand } from './commands.js';

// Wrong arguments are refused before the database is asked anything.
const noDatabase = {} as Queryable;
const run = (...args: string[]) => runStaffCommand(noDatabase, ['token', ...args]);

test('token create refuses what it would otherwise drop silently, saying what is wrong', async () => {
  for (const [args, says] of [
    // An unquoted name with a space: the token would be "Arta"'s.
    [['Arta', 'Berisha', '--institution', 'xk-mapl'], /"Berisha" is not an option; a name with spaces goes in quotes/],
    // A typo in an option: the token would be valid for the default 180 days.
    [['Arta', '--institution', 'xk-mapl', '--expires', '7'], /unknown option "--expires"/],
    [['Arta', '--institution', 'xk-mapl', '--days'], /--days needs a value/],
    [['Arta', '--institution', '--days', '7'], /--institution needs a value/],
    [['Arta', '--institution', 'xk-mapl', '--institution', 'xk-mzhe'], /--institution is given twice/],
    [['Arta'], /--institution <id>/],
  ] as const) {
    const answer = await run('create', ...args);
    assert.equal(answer.code, 2, args.join(' '));
    assert.match(answer.err, says, args.join(' '));
    assert.match(answer.err, /token create <name> --institution <id>/, 'then the usage');
  }
  assert.match(
    (await run('create', 'Arta', '--institution', 'xk-mapl', '--days', '0x1E')).err,
    /--days must be a whole/,
  );
});

test('token revoke says an id is the number token list shows', async () => {
  for (const args of [['abc'], ['1e3'], [], ['1', '2']]) {
    const answer = await run('revoke', ...args);
    assert.equal(answer.code, 2, args.join(' '));
    assert.match(answer.err, /^token revoke: .*the number token list shows/, args.join(' '));
  }
});

test('hapur-server prints that message and exits 2, never the whole usage alone', { timeout: 120_000 }, () => {
  const dir = tempDir('hapur-token-args-');
  const env: NodeJS.ProcessEnv = { ...process.env, HAPUR_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
  delete env['DATABASE_URL'];
  const bin = fileURLToPath(new URL('../../bin/hapur-server.js', import.meta.url));
  try {
    const r = spawnSync(process.execPath, [bin, 'token', 'revoke', 'abc'], { env, cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^token revoke: "abc" is not a token id/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
