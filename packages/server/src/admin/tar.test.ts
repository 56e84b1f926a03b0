import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../testing/harness.js';
import { readTree, tar, untar } from './tar.js';

test('tar: a directory tree round-trips, leaving out skipped names', () => {
  const from = tempDir('hapur-tar-from-', { PG_VERSION: '17\n', 'base/1/112': 'x'.repeat(1500), 'hapur.lock': '1' });
  mkdirSync(join(from, 'pg_wal/archive_status'), { recursive: true });
  const to = tempDir('hapur-tar-to-');
  try {
    const entries = readTree(from, (name) => name === 'hapur.lock');
    assert.deepEqual(
      entries.map((e) => e.name),
      ['PG_VERSION', 'base/', 'base/1/', 'base/1/112', 'pg_wal/', 'pg_wal/archive_status/'],
    );
    assert.equal(untar(tar(entries), to), 2);
    assert.equal(readFileSync(join(to, 'base/1/112'), 'utf8'), 'x'.repeat(1500));
    assert.equal(readFileSync(join(to, 'PG_VERSION'), 'utf8'), '17\n');
  } finally {
    rmSync(from, { recursive: true, force: true });
    rmSync(to, { recursive: true, force: true });
  }
});

test('untar refuses names that leave the directory, damaged headers and a missing end', () => {
  const to = tempDir('hapur-tar-bad-');
  try {
    const good = tar([{ name: 'PG_VERSION', data: Buffer.from('17'), mode: 0o600, mtime: new Date(0) }]);
    for (const name of ['../evil', '/etc/passwd', 'a/../../b']) {
      const bad = Buffer.from(good);
      bad.fill(0, 0, 100).write(name, 0, 'ascii');
      // Re-seal the checksum so only the name is wrong.
      bad.fill(32, 148, 156);
      let sum = 0;
      for (let i = 0; i < 512; i++) sum += bad[i]!;
      bad.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
      assert.throws(() => untar(bad, to), /unexpected entry/, name);
    }
    const damaged = Buffer.from(good);
    damaged[10] = 65;
    assert.throws(() => untar(damaged, to), /damaged/);
    assert.throws(() => untar(good.subarray(0, 1024), to), /no end/);
    writeFileSync(join(to, 'marker'), '');
    assert.equal(untar(good, to), 1);
  } finally {
    rmSync(to, { recursive: true, force: true });
  }
});
