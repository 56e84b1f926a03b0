import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Database } from '../db/types.js';
import { tempDir } from '../testing/harness.js';
import { restoreInto } from './backup.js';
import { readTree, tar } from './tar.js';

test('restore on a new machine: a data directory whose parent does not exist yet is made', async () => {
  const dir = tempDir('hapur-restore-target-');
  try {
    // A backup as backupTo writes it: a gzipped tar of a data directory.
    const source = join(dir, 'source');
    mkdirSync(source);
    writeFileSync(join(source, 'PG_VERSION'), '17\n');
    writeFileSync(join(dir, 'hapur.tar.gz'), gzipSync(tar(readTree(source, () => false))));
    const counts = { plans: 1, submissions: 2, tokens: 3, keys: 4 };
    const open = async () =>
      ({ query: async () => ({ rows: [counts] }), close: async () => {} }) as unknown as Database;

    const dataDir = join(dir, 'srv', 'hapur', 'data');
    const answer = await restoreInto(join(dir, 'hapur.tar.gz'), dataDir, open);
    assert.equal(answer.code, 0, answer.err);
    assert.match(answer.out, /1 plans, 2 submissions, 3 staff tokens/);
    assert.equal(readFileSync(join(dataDir, 'PG_VERSION'), 'utf8'), '17\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
