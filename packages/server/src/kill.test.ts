import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { importFile } from './seed/import.js';
import { openDatabase } from './db/driver.js';
import { migrate } from './db/migrate.js';
import { fixtureFile } from './testing/fixtures.js';
import { exited, startChild, type Child } from './testing/child.js';
import { tempDir } from './testing/harness.js';

const N = 60;

test('SIGKILL mid-way, restart: every acknowledged submission exists exactly once', { timeout: 120_000 }, async () => {
  const dataDir = tempDir('hapur-kill-');
  const databaseUrl = process.env['HAPUR_TEST_DATABASE_URL'];
  const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : { HAPUR_DATA_DIR: dataDir };
  try {
    const setup = await openDatabase({ databaseUrl, dataDir });
    await migrate(setup);
    await importFile(setup, fixtureFile(), 'fixture.json');
    await setup.query('DELETE FROM submissions');
    await setup.close();

    let server: Child = await startChild(env);
    const acknowledged = new Map<string, string>(); // idempotency key → reference
    const run = `kill-${Date.now()}`;
    const send = async (i: number) => {
      const key = `${run}-${i}`;
      for (let attempt = 0; attempt < 200; attempt++) {
        try {
          const res = await fetch(`${server.url}/api/v1/feedback`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
            body: JSON.stringify({
              type: 'feedback',
              subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
              message: `Submission number ${i} of the kill test.`,
              language: 'en',
            }),
            signal: AbortSignal.timeout(5000),
          });
          if (res.status === 201) {
            acknowledged.set(key, ((await res.json()) as { reference: string }).reference);
            return;
          }
          await res.body?.cancel();
        } catch {
          // connection refused or reset while the server is down: retry with the same key
        }
        await sleep(100);
      }
      throw new Error(`submission ${i} never acknowledged`);
    };
    const killer = (async () => {
      while (acknowledged.size < N / 3) await sleep(5);
      server.proc.kill('SIGKILL');
      await exited(server.proc);
      if (!databaseUrl) assert.ok(existsSync(join(dataDir, 'hapur.lock')), 'a killed server leaves its lock behind');
      server = await startChild(env); // stale lock recovered
    })();
    // Four clients in parallel, each sending its share in order.
    await Promise.all(
      [0, 1, 2, 3].map(async (c) => {
        for (let i = c; i < N; i += 4) await send(i);
      }),
    );
    await killer;
    server.proc.kill('SIGTERM');
    await exited(server.proc);

    assert.equal(acknowledged.size, N);
    const db = await openDatabase({ databaseUrl, dataDir });
    const { rows } = await db.query<{ reference: string; n: number }>(
      'SELECT reference, count(*)::int AS n FROM submissions GROUP BY reference',
    );
    await db.close();
    const stored = new Map(rows.map((r) => [r.reference, r.n]));
    for (const [key, reference] of acknowledged)
      assert.equal(stored.get(reference), 1, `${key} → ${reference} stored once`);
    assert.equal(rows.length, N, 'no extra records from retries');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
