// The built packages on Node 22 (issue 21, ADR 0009): the test command's node22-smoke step runs this file with
// the pinned Node 22 binary (scripts/node-runtimes.mjs), after the build. The full suites run on the machine's
// Node and on Node 24; this checks what a site on Node 22 runs, as published (dist/): the SDK imports and
// parses, the CLI answers --help and --version, the server starts on a fresh data directory, applies its
// migrations and answers /readyz and /openapi.json, and stops on SIGTERM. About ten seconds.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'packages/server/dist/cli.js');
const serverVersion = JSON.parse(readFileSync(join(root, 'packages/server/package.json'), 'utf8')).version;
const dataDir = mkdtempSync(join(tmpdir(), 'hapur-node22-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('runs on Node 22', () => {
  assert.match(process.version, /^v22\./, `started with ${process.execPath}`);
});

test('@hapur/sdk (dist) imports, validates and builds its OpenAPI document', async () => {
  const sdk = await import('@hapur/sdk');
  assert.equal(typeof sdk.createClient, 'function');
  assert.equal(sdk.FeedbackReferenceSchema.safeParse('HP-2026-000123').success, true);
  assert.equal(sdk.FeedbackReferenceSchema.safeParse('nope').success, false);
  const doc = sdk.buildOpenApiDocument('9.9.9');
  assert.equal(doc.info.version, '9.9.9');
});

test('hapur-server --help and --version', () => {
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: hapur-server <command>/);
  const version = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
  assert.equal(version.stdout.trim(), serverVersion);
});

test('the server starts, is ready, serves its API description and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [cli, 'start'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HAPUR_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  try {
    const port = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no 'listening' line within 60 s; stderr: ${err}`)), 60_000);
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        for (const line of out.split('\n')) {
          if (!line.startsWith('{')) continue;
          const entry = JSON.parse(line);
          if (entry.msg === 'listening' || entry.message === 'listening') {
            clearTimeout(timer);
            resolve(entry.port);
          }
        }
      });
      child.on('exit', () => reject(new Error(`the server exited; stderr: ${err}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200, await ready.clone().text());
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    assert.equal(doc.info.version, serverVersion);
  } finally {
    child.kill('SIGTERM');
  }
  assert.deepEqual(await exited, { code: 0, signal: null }, `stderr: ${err}`);
});
