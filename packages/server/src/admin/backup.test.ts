// Backups of the embedded database: `hapur-server backup` while the server runs (asked over admin.sock),
// `restore` into an empty data directory, and the restored server has the same records, tokens and keys.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FeedbackReceiptSchema, type FeedbackReceipt } from '@hapur/sdk';
import { openDatabase } from '../db/driver.js';
import { fixtureFile } from '../testing/fixtures.js';
import { tempDir } from '../testing/harness.js';
import { exited, startChild, type Child } from '../testing/child.js';

const BIN = fileURLToPath(new URL('../../bin/hapur-server.js', import.meta.url));
const dir = tempDir('hapur-backup-');
after(() => rmSync(dir, { recursive: true, force: true }));

// Asynchronous, so the test's event loop keeps running (a blocked one would reuse keep-alive sockets the server closed).
const cli = (dataDir: string, ...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, HAPUR_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env['DATABASE_URL'];
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
};
const submit = async (server: Child, key: string, message: string) => {
  const res = await fetch(`${server.url}/api/v1/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({
      type: 'feedback',
      subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
      message,
      language: 'en',
      consent: true,
      contact: { email: 'arta@example.org' },
    }),
  });
  return { res, receipt: FeedbackReceiptSchema.parse(await res.json()) };
};
const stop = async (server: Child) => {
  server.proc.kill('SIGTERM');
  await exited(server.proc);
};
/** Everything a restore must bring back, row by row. */
const contents = async (dataDir: string) => {
  const db = await openDatabase({ dataDir });
  try {
    const rows = async (sql: string) => (await db.query(sql)).rows;
    return {
      submissions: await rows(
        'SELECT id, reference, status, status_token_hash, institution_id FROM submissions ORDER BY id',
      ),
      events: await rows('SELECT submission_id, status FROM submission_events ORDER BY submission_id, status'),
      responses: await rows('SELECT submission_id, doc FROM submission_responses ORDER BY submission_id'),
      contacts: await rows('SELECT submission_id FROM submission_contacts ORDER BY submission_id'),
      tokens: await rows('SELECT id, token_hash, institution_id, revoked_at FROM staff_tokens ORDER BY id'),
      keys: await rows('SELECT * FROM idempotency_keys ORDER BY created_at, key_hash'),
      plans: await rows('SELECT id FROM plans ORDER BY id'),
    };
  } finally {
    await db.close();
  }
};

test(
  'backup of a running server with submissions; restore into an empty directory; the same records, tokens and idempotency keys',
  { timeout: 240_000 },
  async () => {
    const data = join(dir, 'data');
    writeFileSync(join(dir, 'fixture.json'), JSON.stringify(fixtureFile()));
    assert.equal((await cli(data, 'import', 'fixture.json')).status, 0);
    let server = await startChild({ HAPUR_DATA_DIR: data, DATABASE_URL: undefined });
    const backup = join(dir, 'backups', 'first.tar.gz');
    mkdirSync(join(dir, 'backups'));
    let kept: FeedbackReceipt[];
    let token: string;
    try {
      kept = [];
      for (const i of [1, 2, 3])
        kept.push((await submit(server, `key-${i}`, `Submission ${i} before the backup.`)).receipt);
      const created = await cli(data, 'token', 'create', 'Arta', '--institution', 'xk-test-a');
      assert.equal(created.status, 0, created.stderr);
      token = created.stdout.trim().split('\n').at(-1)!;
      const answered = await fetch(`${server.url}/api/v1/feedback/${kept[0]!.reference}/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          status: 'answered',
          response: { body: { values: { en: 'Done.' } }, decision: 'accepted' },
        }),
      });
      assert.equal(answered.status, 200);

      const made = await cli(data, 'backup', backup);
      assert.equal(made.status, 0, made.stderr);
      assert.match(made.stdout, /Wrote a backup of the embedded database to .*first\.tar\.gz \(\d+ bytes\)/);
      assert.equal(statSync(backup).mode & 0o777, 0o600, 'owner-only: it holds contact details');
      const again = await cli(data, 'backup', backup);
      assert.equal(again.status, 1, 'an existing backup is never overwritten');
      assert.match(again.stderr, /exists already/);
      // Written after the backup: not in it.
      await submit(server, 'key-after', 'Submission after the backup.');
    } finally {
      await stop(server);
    }

    const restored = join(dir, 'restored');
    const notEmpty = await cli(data, 'restore', backup);
    assert.equal(notEmpty.status, 1, 'never over a database');
    assert.match(notEmpty.stderr, /not empty/);
    const done = await cli(restored, 'restore', backup);
    assert.equal(done.status, 0, done.stderr);
    assert.match(done.stdout, /1 plans, 3 submissions, 1 staff tokens, 3 idempotency keys/);

    const source = await contents(data);
    const copy = await contents(restored);
    const after = source.submissions.find((s) => !kept.some((k) => k.reference === s['reference']));
    const before = <T extends Record<string, unknown>>(rows: T[], column: string) =>
      rows.filter((r) => r[column] !== after?.['id']);
    assert.equal(copy.submissions.length, 3);
    assert.deepEqual(copy.submissions, before(source.submissions, 'id'));
    assert.deepEqual(copy.events, before(source.events, 'submission_id'));
    assert.deepEqual(copy.responses, source.responses);
    assert.deepEqual(copy.contacts, before(source.contacts, 'submission_id'));
    assert.deepEqual(copy.tokens, source.tokens);
    assert.equal(copy.keys.length, 3);
    assert.deepEqual(
      copy.keys,
      source.keys.slice(0, 3),
      'the three keys used before the backup, sealed receipts and all',
    );
    assert.deepEqual(copy.plans, source.plans);

    // The restored server: a retried submission gets its first receipt back; the staff token works.
    server = await startChild({ HAPUR_DATA_DIR: restored, DATABASE_URL: undefined });
    try {
      const retry = await submit(server, 'key-2', 'Submission 2 before the backup.');
      assert.equal(retry.res.status, 201);
      assert.equal(retry.res.headers.get('idempotent-replayed'), 'true');
      assert.equal(retry.receipt.reference, kept[1]!.reference);
      const status = await fetch(`${server.url}/api/v1/feedback/${kept[1]!.reference}/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ status: 'in_review' }),
      });
      assert.equal(status.status, 200, 'the restored staff token is accepted');
    } finally {
      await stop(server);
    }

    // With no server running the CLI backs up the directory itself.
    const offline = await cli(restored, 'backup', join(dir, 'backups', 'offline.tar.gz'));
    assert.equal(offline.status, 0, offline.stderr);
  },
);
