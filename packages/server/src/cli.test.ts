import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './db/driver.js';
import { sha256 } from './auth/tokens.js';
import { fixtureFile } from './testing/fixtures.js';
import { tempDir } from './testing/harness.js';

const BIN = fileURLToPath(new URL('../bin/hapur-server.js', import.meta.url));

test(
  'hapur-server CLI: import rejects a bad file and imports nothing, imports a good one, creates a hashed token, exports static files',
  { timeout: 120_000 },
  async () => {
    const dir = tempDir('hapur-cli-');
    const env: NodeJS.ProcessEnv = { ...process.env, HAPUR_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
    delete env['DATABASE_URL'];
    const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, cwd: dir, encoding: 'utf8' });
    try {
      const bad = { ...fixtureFile(), services: [{ id: 'Bad Id' }] };
      writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
      writeFileSync(join(dir, 'good.json'), JSON.stringify(fixtureFile()));

      const rejected = cli('import', 'bad.json');
      assert.equal(rejected.status, 1, rejected.stderr);
      assert.match(rejected.stderr, /^bad\.json: \$\.services\[0\]\.id: /m);

      const imported = cli('import', 'good.json');
      assert.equal(imported.status, 0, imported.stderr);
      assert.match(imported.stdout, /2 institutions, 1 plans, 2 services/);

      const token = cli('token', 'create', 'Arta', '--institution', 'xk-test-a');
      assert.equal(token.status, 0, token.stderr);
      const printed = token.stdout.trim().split('\n').at(-1) ?? '';
      assert.match(printed, /^hapur_[A-Za-z0-9_-]{43}$/);
      assert.equal(cli('token', 'create', 'Arta', '--institution', 'xk-nobody').status, 1);

      const exported = cli('export-static', 'out');
      assert.equal(exported.status, 0, exported.stderr);
      assert.ok(existsSync(join(dir, 'out/plans/xk-test-plan/commitments/1.json')));

      assert.equal(cli('frobnicate').status, 2, 'unknown command prints usage');
      const help = cli('--help');
      assert.deepEqual([help.status, help.stdout.startsWith('Usage: hapur-server <command>')], [0, true]);
      const version = cli('--version');
      const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
      assert.deepEqual([version.status, version.stdout.trim()], [0, pkg.version], 'the version from package.json');
      const db = await openDatabase({ dataDir: join(dir, 'data') });
      const { rows } = await db.query<{ token_hash: string; institution_id: string }>(
        'SELECT token_hash, institution_id FROM staff_tokens',
      );
      const services = await db.query('SELECT id FROM services');
      await db.close();
      assert.deepEqual(rows, [{ token_hash: sha256(printed), institution_id: 'xk-test-a' }]);
      assert.equal(services.rowCount, 2, 'the bad file added nothing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
