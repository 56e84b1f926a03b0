// The tracker benchmark is evidence only if it can be run (issue 15: on a busy 2-core machine it printed nothing
// for nine and a half minutes, its page spinning at full CPU). It must print its figures, and when a machine is
// too slow, stop at its time limit with a message saying so. Runs in the test command's e2e step; ~20-60 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the benchmark with a time limit; resolves with its exit code, output and how long it took. */
function runBench(limitSeconds: number, killAfterMs: number) {
  return new Promise<{ code: number | null; out: string; seconds: number }>((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--conditions=@hapur/source', '--import', 'tsx', 'test/bench/commitment-tracker.bench.ts'],
      {
        cwd: root,
        env: { ...process.env, BENCH_TIME_LIMIT_S: String(limitSeconds) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    // A benchmark that ignores its own limit is the bug: end it here so the test fails instead of hanging.
    const guard = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, out, seconds: (Date.now() - started) / 1000 });
    });
  });
}

test('the tracker benchmark prints its figures, each run as it goes', { timeout: 400_000 }, async () => {
  // A generous limit for a loaded CI machine; the page that never finished would reach it and fail here.
  const { code, out, seconds } = await runBench(300, 360_000);
  assert.equal(code, 0, out);
  assert.match(out, /Tracker benchmark: a warm-up, then 5 runs/);
  assert.match(out, /First render\s+baseline [\d.]+ ms\s+tracker [\d.]+ ms\s+ratio [\d.]+×/);
  assert.match(out, /Filter status\s+baseline [\d.]+ ms\s+tracker [\d.]+ ms/);
  console.log(`tracker benchmark: ${seconds.toFixed(0)} s in all`);
});

test('at its time limit it stops, says it could not finish, and exits 1', { timeout: 200_000 }, async () => {
  const { code, out } = await runBench(1, 180_000);
  assert.equal(code, 1, out);
  assert.match(out, /The tracker benchmark did not finish in 1 s on this machine/);
});
