import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { PlanCache } from '../domain/plan-cache.js';
import { startServer, type RunningServer } from '../index.js';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { withFastNotModified } from './fast-not-modified.js';
import { createLogger } from './logger.js';

let h: Harness;
let server: RunningServer;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    seed: true,
    handleSignals: false,
    config: { dataDir: undefined, databaseUrl: undefined, writeRateLimit: 0, logLevel: 'silent' },
  });
});
after(async () => {
  await server.close();
  await h.close();
});

/** A Node server with the fast path in front of a stand-in for the app, which counts what reaches it. */
async function fastServer(freshMs = 60_000) {
  const plans = new PlanCache(freshMs);
  const cached = await plans.get(h.db, 'xk-test-plan');
  assert.ok(cached);
  let passedOn = 0;
  const answered: { requestId: string; seconds: number }[] = [];
  const record = (_req: unknown, requestId: string, seconds: number) => answered.push({ requestId, seconds });
  const http: Server = withFastNotModified(plans, record)({}, (_req, res) => {
    passedOn++;
    res.end('the usual way');
  });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    etag: cached.etag,
    passedOn: () => passedOn,
    answered,
    close: () => new Promise((ok) => http.close(ok)),
  };
}

test('a current copy of a checked plan is answered 304 before the app, with the handler’s headers', async () => {
  const s = await fastServer();
  const res = await fetch(`${s.url}/api/v1/plans/xk-test-plan?lang=en`, {
    headers: {
      'If-None-Match': `"other", W/${s.etag}`,
      // Not compressed, so the strong tag (fetch's own Accept-Encoding takes gzip: the next test).
      'Accept-Encoding': 'identity',
      Origin: 'https://city.example',
      'X-Request-Id': 'abc-1',
    },
  });
  assert.equal(res.status, 304);
  assert.equal(s.passedOn(), 0);
  assert.equal(res.headers.get('etag'), s.etag);
  assert.match(res.headers.get('cache-control') ?? '', /max-age=60/);
  assert.equal(res.headers.get('vary'), 'Accept-Encoding, Origin');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.match(res.headers.get('access-control-expose-headers') ?? '', /ETag/);
  assert.equal(res.headers.get('x-request-id'), 'abc-1');
  assert.equal(s.answered.length, 1, 'told once, for its log line and count');
  assert.equal(s.answered[0]?.requestId, 'abc-1');
  assert.ok(s.answered[0]!.seconds >= 0 && s.answered[0]!.seconds < 5);
  await s.close();
});

test('the fast 304 carries the ETag the 200 would: weak when the app sends it compressed', async () => {
  const s = await fastServer();
  const plan = `${s.url}/api/v1/plans/xk-test-plan`;
  const gzip = await fetch(plan, { headers: { 'If-None-Match': s.etag, 'Accept-Encoding': 'gzip' } });
  assert.equal(gzip.status, 304);
  assert.equal(gzip.headers.get('etag'), `W/${s.etag}`);
  const either = await fetch(plan, {
    headers: { 'If-None-Match': `W/${s.etag}`, 'Accept-Encoding': 'br;q=1, *;q=0.5' },
  });
  assert.equal(either.headers.get('etag'), `W/${s.etag}`, 'a wildcard lets the app pick gzip');
  const plain = await fetch(plan, { headers: { 'If-None-Match': s.etag, 'Accept-Encoding': 'identity' } });
  assert.equal(plain.headers.get('etag'), s.etag, 'not compressed: the strong tag');
  const refused = await fetch(plan, {
    headers: { 'If-None-Match': s.etag, 'Accept-Encoding': 'gzip;q=0, deflate;q=0' },
  });
  assert.equal(refused.headers.get('etag'), s.etag);
  assert.equal(s.passedOn(), 0);
  await s.close();
});

test('another ETag, no If-None-Match, another path or plan, a POST or a stale check go to the app', async () => {
  const s = await fastServer();
  const plan = `${s.url}/api/v1/plans/xk-test-plan`;
  await fetch(plan, { headers: { 'If-None-Match': '"other"' } });
  await fetch(plan);
  await fetch(`${plan}/export.csv`, { headers: { 'If-None-Match': s.etag } });
  await fetch(`${s.url}/api/v1/plans/xk-other-plan`, { headers: { 'If-None-Match': s.etag } });
  await fetch(plan, { method: 'POST', headers: { 'If-None-Match': s.etag } });
  assert.equal(s.passedOn(), 5);
  assert.equal(s.answered.length, 0, 'what the app answers, the app logs');
  await s.close();
  const stale = await fastServer(0);
  const res = await fetch(`${stale.url}/api/v1/plans/xk-test-plan`, { headers: { 'If-None-Match': stale.etag } });
  assert.equal(await res.text(), 'the usual way');
  await stale.close();
});

test('startServer answers the fast 304 with the same headers as its handler’s 304', async () => {
  const plan = `${server.url}/api/v1/plans/xk-2026-2028`;
  const first = await fetch(plan, { headers: { 'Accept-Encoding': 'gzip' } });
  const etag = first.headers.get('etag') ?? '';
  await first.arrayBuffer();
  assert.match(etag, /^W\//, 'the 200 is compressed');
  const fast = await fetch(plan, { headers: { 'If-None-Match': etag, 'Accept-Encoding': 'gzip' } });
  await new Promise((ok) => setTimeout(ok, 600)); // past the freshness window: the handler answers
  const viaHandler = await fetch(plan, { headers: { 'If-None-Match': etag, 'Accept-Encoding': 'gzip' } });
  assert.equal(fast.status, 304);
  assert.equal(viaHandler.status, 304);
  const names = (res: Response) =>
    [...res.headers.keys()].filter((k) => !['date', 'connection', 'keep-alive'].includes(k));
  assert.deepEqual(names(fast).sort(), names(viaHandler).sort());
  assert.equal(fast.headers.get('etag'), etag, "the 200's weak ETag (RFC 9110 15.4.5)");
  assert.equal(viaHandler.headers.get('etag'), etag);
  const id = fast.headers.get('x-request-id') ?? '';
  assert.match(id, /^[0-9a-f-]{36}$/, 'a fast 304 without an incoming id gets a new one, as the handler gives');
  const forged = await fetch(plan, { headers: { 'If-None-Match': etag, 'X-Request-Id': 'bad id\tinjected' } });
  assert.notEqual(forged.headers.get('x-request-id'), 'bad id\tinjected', 'an insane incoming id is replaced');
});

test('a fast 304 writes its request log line and is counted in /metrics, like the handler’s answers', async () => {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  const token = 'metrics-token-for-the-fast-304-test';
  const logged = await startServer({
    port: 0,
    host: '127.0.0.1',
    seed: true,
    handleSignals: false,
    logger,
    config: { dataDir: undefined, databaseUrl: undefined, writeRateLimit: 0, logLevel: 'info', metricsToken: token },
  });
  try {
    const plan = `${logged.url}/api/v1/plans/xk-2026-2028`;
    const first = await fetch(plan);
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    const count = async () => {
      const text = await (
        await fetch(`${logged.url}/metrics`, { headers: { Authorization: `Bearer ${token}` } })
      ).text();
      const line = text
        .split('\n')
        .find(
          (l) =>
            /^hapur_http_request_duration_seconds_count\{/.test(l) &&
            /route="getPlan"/.test(l) &&
            /status="304"/.test(l),
        );
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await count();
    const fast = await fetch(plan, { headers: { 'If-None-Match': etag, 'X-Request-Id': 'fast-304-log' } });
    assert.equal(fast.status, 304);
    // The line is written just after the answer is sent, once the client's salted hash is known: wait for it (up to
    // 5 s on a loaded machine) rather than a fixed time.
    const fastLine = () => lines.find((l) => l['msg'] === 'request' && l['requestId'] === 'fast-304-log');
    for (let waited = 0; !fastLine() && waited < 5000; waited += 10) await new Promise((ok) => setTimeout(ok, 10));
    const line = fastLine();
    assert.ok(line, 'the fast 304 has its request line');
    assert.deepEqual(
      { method: line['method'], route: line['route'], routeId: line['routeId'], status: line['status'] },
      { method: 'GET', route: '/api/v1/plans/:planId', routeId: 'getPlan', status: 304 },
    );
    assert.equal(typeof line['ms'], 'number');
    assert.match(String(line['client']), /^[\w-]{16}$/, 'the salted client hash, never the address');
    assert.ok(!JSON.stringify(line).includes('127.0.0.1'));
    // The same fields as the handler's line for the same read (the first, 200, request).
    const handled = lines.find((l) => l['msg'] === 'request' && l['status'] === 200 && l['routeId'] === 'getPlan');
    assert.deepEqual(Object.keys(line).sort(), Object.keys(handled ?? {}).sort());
    assert.equal(line['client'], handled?.['client'], 'one client, one hash');
    assert.equal(
      await count(),
      before + 1,
      'counted in hapur_http_request_duration_seconds{route="getPlan",status="304"}',
    );
  } finally {
    await logged.close();
  }
});
