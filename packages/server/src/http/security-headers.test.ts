import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { FeedbackReceiptSchema } from '@hapur/sdk';
import { createApp } from '../app.js';
import { createStaffToken } from '../auth/tokens.js';
import { importFile } from '../seed/import.js';
import { createHarness, tempDir, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';

let h: Harness;
let server: Server;
let port: number;
const pages = tempDir('hapur-pages-', { 'index.html': '<!doctype html><title>x</title>', 'a.js': 'let a = 1;' });
before(async () => {
  h = await createHarness({ bodyLimitBytes: 2048 }, [
    { urlPrefix: '/examples/', dir: pages },
    { urlPrefix: '/storybook/', dir: pages, sameOriginFrames: true },
  ]);
  await importFile(h.db, fixtureFile(), 'fixture.json');
  const app = createApp({ db: h.db, config: h.config, staticMounts: [] });
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h.close();
});

test('the /api page: a CSP that loads and runs nothing, no framing, no sniffing, no referrer', async () => {
  const res = await h.request('/api');
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
});

test('served HTML pages (the examples): frame-ancestors none and no referrer; every response: nosniff', async () => {
  const page = await h.request('/examples/');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
  // A mount whose pages frame each other (Storybook's manager and preview) allows this origin only.
  assert.match((await h.request('/storybook/')).headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
  for (const path of ['/examples/a.js', '/api/v1/plans', '/api/v1/nope', '/openapi.json']) {
    const res = await h.request(path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
  }
});

test('status pages and every staff response: Cache-Control no-store', async () => {
  const receipt = FeedbackReceiptSchema.parse(
    await (
      await h.request('/api/v1/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'cache-1' },
        body: JSON.stringify({
          type: 'feedback',
          subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
          message: 'Please publish the register.',
          language: 'en',
        }),
      })
    ).json(),
  );
  assert.equal((await h.request(`/api/v1/feedback/${receipt.statusToken}`)).headers.get('cache-control'), 'no-store');
  const token = await createStaffToken(h.db, 'cache', 'xk-test-a');
  const staff = (path: string, body: unknown, bearer = token) =>
    h.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    });
  const answers = [
    await staff('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', {
      status: 'on_track',
      narrative: { values: { en: 'Fine' } },
    }),
    await staff(`/api/v1/feedback/${receipt.reference}/status`, { status: 'in_review' }),
    await staff(`/api/v1/feedback/${receipt.reference}/publish`, {}),
    await staff('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c2-m1/progress', { status: 'on_track' }),
    await staff(`/api/v1/feedback/${receipt.reference}/status`, { status: 'in_review' }, 'hapur_nope'),
  ];
  assert.deepEqual(
    answers.map((r) => [r.status, r.headers.get('cache-control')]),
    [
      [201, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
      [400, 'no-store'],
      [401, 'no-store'],
    ],
  );
});

/** Sends raw HTTP/1.1 on one keep-alive connection; resolves with what came back and whether the server closed it. */
function raw(request: string): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closed: false });
    }, 3000);
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    socket.write(request);
  });
}

test('an early answer (413, 415, 431) says Connection: close and closes the connection', async () => {
  const big = 'x'.repeat(4096);
  const tooLarge = await raw(
    `POST /api/v1/feedback HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nIdempotency-Key: k\r\nContent-Length: ${big.length}\r\n\r\n${big}`,
  );
  assert.match(tooLarge.text, /^HTTP\/1\.1 413/);
  assert.match(tooLarge.text, /\r\nconnection: close\r\n/i);
  assert.ok(tooLarge.closed, '413: the server closes the connection');

  const notJson = await raw(
    'POST /api/v1/feedback HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nContent-Type: text/plain\r\nIdempotency-Key: k\r\nContent-Length: 5\r\n\r\nhello',
  );
  assert.match(notJson.text, /^HTTP\/1\.1 415/);
  assert.match(notJson.text, /\r\nconnection: close\r\n/i);
  assert.ok(notJson.closed, '415: the server closes the connection');

  const headers = await raw(`GET /api/v1/plans HTTP/1.1\r\nHost: x\r\nX-Big: ${'y'.repeat(20_000)}\r\n\r\n`);
  assert.match(headers.text, /^HTTP\/1\.1 431/);
  assert.match(headers.text, /\r\nconnection: close\r\n/i);
  assert.ok(headers.closed, '431: the server closes the connection');

  const fine = await raw('GET /api/v1/plans HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
  assert.match(fine.text, /^HTTP\/1\.1 200/);
  assert.equal(fine.closed, false, 'a normal answer keeps the connection open');
});
