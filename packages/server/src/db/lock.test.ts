import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock, DataDirLockedError } from './lock.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'hapur-lock-'));

test('a lock file being written (unreadable, fresh) is held, not taken over; an old unreadable one is debris', () => {
  const dir = fresh();
  try {
    // What another process's lock looks like between creating the file and writing its owner.
    writeFileSync(join(dir, 'hapur.lock'), '');
    assert.throws(() => acquireLock(dir), DataDirLockedError);
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'hapur.lock'), old, old);
    const lock = acquireLock(dir);
    assert.equal(JSON.parse(readFileSync(lock.path, 'utf8')).pid, process.pid, 'the owner is written with the file');
    lock.release();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'processes starting together: exactly one holds the lock, also when it is stale',
  { timeout: 120_000 },
  async () => {
    const lockModule = fileURLToPath(new URL('./lock.ts', import.meta.url));
    for (const stale of [false, true]) {
      const dir = fresh();
      try {
        if (stale) writeFileSync(join(dir, 'hapur.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
        const startAt = Date.now() + 8000;
        const script = `import { acquireLock } from ${JSON.stringify(lockModule)};
        while (Date.now() < ${startAt}) {}
        let held = false;
        try { acquireLock(${JSON.stringify(dir)}); held = true; } catch (e) { if (e.name !== 'DataDirLockedError') throw e; }
        console.log(held ? 'held' : 'locked');
        setTimeout(() => process.exit(0), 1500);`;
        const runs = Array.from(
          { length: 5 },
          () =>
            new Promise<string>((resolve, reject) => {
              const child = spawn(
                process.execPath,
                ['--conditions=@hapur/source', '--import', 'tsx', '--input-type=module', '-e', script],
                { stdio: ['ignore', 'pipe', 'inherit'] },
              );
              let out = '';
              child.stdout.on('data', (d: Buffer) => (out += d.toString()));
              child.on('error', reject);
              child.on('exit', () => resolve(out.trim()));
            }),
        );
        const results = await Promise.all(runs);
        assert.equal(
          results.filter((r) => r === 'held').length,
          1,
          `${stale ? 'stale' : 'free'}: ${results.join(' ')}`,
        );
        assert.equal(results.filter((r) => r === 'locked').length, 4);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  },
);
