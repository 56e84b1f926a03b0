// Staff tooling while the server runs: `hapur-server token create` on the embedded data directory a
// running server holds asks that server over its owner-only admin socket, and the token works at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureFile } from '../testing/fixtures.js';
import { tempDir } from '../testing/harness.js';
import { startChild, type Child } from '../testing/child.js';
import { ADMIN_SOCKET, askAdmin } from './channel.js';

const BIN = fileURLToPath(new URL('../../bin/hapur-server.js', import.meta.url));
let dir: string;
let data: string;
let server: Child;
let env: NodeJS.ProcessEnv;
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, cwd: dir, encoding: 'utf8' });

before(async () => {
  dir = tempDir('hapur-admin-');
  data = join(dir, 'data');
  env = { ...process.env, HAPUR_DATA_DIR: data, LOG_LEVEL: 'silent' };
  delete env['DATABASE_URL'];
  writeFileSync(join(dir, 'fixture.json'), JSON.stringify(fixtureFile()));
  const imported = cli('import', 'fixture.json');
  assert.equal(imported.status, 0, imported.stderr);
  // The admin channel belongs to the embedded database (a Postgres server is shared, not locked), so this
  // server runs on PGlite even when the suite runs on Postgres (postgres-tests sets DATABASE_URL).
  server = await startChild({ HAPUR_DATA_DIR: data, DATABASE_URL: undefined });
});
after(async () => {
  if (server?.proc.exitCode === null) {
    const exited = new Promise((resolve) => server.proc.once('exit', resolve));
    server.proc.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

test('token create succeeds while the server runs, and the server accepts the token', { timeout: 60_000 }, async () => {
  const created = cli('token', 'create', 'Arta', '--institution', 'xk-test-a');
  assert.equal(created.status, 0, created.stderr);
  const token = created.stdout.trim().split('\n').at(-1) ?? '';
  assert.match(token, /^hapur_[A-Za-z0-9_-]{43}$/);
  const res = await fetch(`${server.url}/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      status: 'on_track',
      narrative: { values: { en: 'Recorded with a token made while running' } },
    }),
  });
  assert.equal(res.status, 201, await res.text());
});

test('the running server answers errors and usage as the CLI would', async () => {
  const unknown = cli('token', 'create', 'Arta', '--institution', 'xk-nobody');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /No institution "xk-nobody"/);
  assert.equal(cli('token', 'frobnicate').status, 2, 'a wrong staff command prints the usage');
  assert.equal((await askAdmin(data, ['start'])).code, 2, 'only staff commands run over the channel');
});

test('the admin socket is in the data directory and only its owner may use it', () => {
  const mode = statSync(join(data, ADMIN_SOCKET)).mode;
  assert.ok(statSync(join(data, ADMIN_SOCKET)).isSocket());
  assert.equal(mode & 0o077, 0, `mode ${(mode & 0o777).toString(8)}`);
});
