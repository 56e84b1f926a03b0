import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './driver.js';
import { loadMigrations, migrate, MigrationError } from './migrate.js';
import { DataDirLockedError } from './lock.js';

test('migrations apply once, are recorded, and an edited shipped migration stops the start', async () => {
  const db = await openDatabase({});
  try {
    const first = await migrate(db);
    assert.deepEqual(
      first,
      loadMigrations().map((m) => m.version),
    );
    assert.deepEqual(await migrate(db), [], 'second run applies nothing');
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    assert.equal(rows[0]?.n, first.length);
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'x' } : m));
    await assert.rejects(migrate(db, edited), MigrationError);
  } finally {
    await db.close();
  }
});

test('a failing migration leaves no trace (one transaction)', async () => {
  const db = await openDatabase({});
  const dir = mkdtempSync(join(tmpdir(), 'hapur-mig-'));
  try {
    writeFileSync(join(dir, '0001-ok.sql'), 'CREATE TABLE a (x int);');
    writeFileSync(join(dir, '0002-broken.sql'), 'CREATE TABLE b (x int); SELECT * FROM nowhere;');
    await assert.rejects(migrate(db, loadMigrations(dir)));
    const { rows } = await db.query<{ t: string | null }>("SELECT to_regclass('b')::text AS t");
    assert.equal(rows[0]?.t, null, 'table b rolled back');
    assert.equal((await db.query("SELECT to_regclass('a')::text AS t")).rows[0]?.['t'], 'a');
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data directory is locked while open, reopens with its data, and a stale lock is recovered', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hapur-data-'));
  try {
    const db = await openDatabase({ dataDir: dir });
    await migrate(db);
    await db.query("INSERT INTO institutions (id, doc, provenance) VALUES ('xk-test', '{}', 'example')");
    await assert.rejects(openDatabase({ dataDir: dir }), DataDirLockedError);
    await db.close();
    // A lock left by a dead process (pid that cannot exist) is stale.
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'hapur.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const again = await openDatabase({ dataDir: dir });
    const { rows } = await again.query<{ id: string }>('SELECT id FROM institutions');
    assert.deepEqual(rows, [{ id: 'xk-test' }]);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
