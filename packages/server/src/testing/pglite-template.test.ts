import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations, migrate } from '../db/migrate.js';
import { openTestPglite } from './pglite-template.js';

/** The copy lives in the temporary directory; each test here gets one of its own. */
async function inOwnTmp(fn: (dir: string) => Promise<void>): Promise<void> {
  const saved = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'hapur-template-'));
  process.env['TMPDIR'] = dir;
  try {
    await fn(dir);
  } finally {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

const copies = (dir: string) => readdirSync(dir).filter((name) => /^hapur-pglite-initdb-.+\.tar$/.test(name));

test('a database from the copy is as fresh as initdb makes it: no table, every migration applies', async () => {
  await inOwnTmp(async (dir) => {
    const first = await openTestPglite();
    await first.close();
    assert.equal(copies(dir).length, 1, 'the first database writes the copy');
    const db = await openTestPglite();
    try {
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
      );
      assert.equal(rows[0]?.n, 0);
      assert.deepEqual(
        await migrate(db),
        loadMigrations().map((m) => m.version),
      );
    } finally {
      await db.close();
    }
  });
});

test('a damaged copy is made again, and the database opens', async () => {
  await inOwnTmp(async (dir) => {
    await (await openTestPglite()).close();
    const [name] = copies(dir);
    assert.ok(name);
    const good = statSync(join(dir, name)).size;
    writeFileSync(join(dir, name), 'not a tar file');
    const db = await openTestPglite();
    try {
      assert.deepEqual((await db.query<{ one: number }>('SELECT 1 AS one')).rows, [{ one: 1 }]);
    } finally {
      await db.close();
    }
    assert.equal(statSync(join(dir, name)).size, good, 'the copy is whole again');
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.endsWith('.partial')),
      [],
    );
  });
});
