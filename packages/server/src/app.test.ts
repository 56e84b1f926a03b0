import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHarness, tempDir, type Harness } from './testing/harness.js';
import { fixtureFile } from './testing/fixtures.js';
import { importFile } from './seed/import.js';
import { createStaffToken } from './auth/tokens.js';

let h: Harness;
let limited: Harness;
before(async () => {
  const dir = tempDir('hapur-static-', {
    'hapur.js': 'export const x = 1;',
    'demo/index.html': '<!doctype html><title>x</title>',
  });
  h = await createHarness({ writeOrigins: ['https://city.example'], bodyLimitBytes: 2048 }, [
    { urlPrefix: '/cdn/', dir },
  ]);
  limited = await createHarness({ writeRateLimit: 2, writeRateWindowSeconds: 60 });
});
after(async () => {
  await h.close();
  await limited.close();
});

test('GET /healthz checks the database', async () => {
  const res = await h.request('/healthz');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: 'ok', database: h.db.kind });
});

test('unknown paths answer a 404 problem document', async () => {
  const res = await h.request('/api/v1/nope');
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  const body = (await res.json()) as Record<string, unknown>;
  assert.equal(body['status'], 404);
  assert.equal(body['code'], 'not_found');
  assert.equal(body['type'], '/api#problem-not_found');
});

test('a method a known path does not take: 405 with Allow (OPTIONS: 204 with Allow), not a 404 saying nothing is there', async () => {
  const del = await h.request('/api/v1/plans', { method: 'DELETE' });
  assert.equal(del.status, 405);
  assert.equal(del.headers.get('allow'), 'GET, HEAD, OPTIONS');
  const problem = (await del.json()) as { code: string; detail: string };
  assert.equal(problem.code, 'method_not_allowed');
  assert.match(problem.detail, /GET/);
  // A path with a status token in it: the answer names the methods, never the token.
  const token = 'WijH7B_vaB2sUaJhcc3B2BK9';
  const put = await h.request(`/api/v1/feedback/${token}`, { method: 'PUT' });
  assert.equal(put.status, 405);
  assert.equal(put.headers.get('allow'), 'GET, HEAD, OPTIONS');
  assert.doesNotMatch(await put.text(), new RegExp(token));
  assert.equal((await h.request('/api/v1/feedback', { method: 'GET' })).headers.get('allow'), 'POST, OPTIONS');
  const options = await h.request('/api/v1/services/x', { method: 'OPTIONS' });
  assert.equal(options.status, 204);
  assert.equal(options.headers.get('allow'), 'GET, HEAD, PUT, OPTIONS');
  // A path no route has is still a 404, whatever the method.
  assert.equal((await h.request('/api/v1/nope', { method: 'DELETE' })).status, 404);
  assert.equal((await h.request('/api/v1/plans/', { method: 'DELETE' })).status, 404);
});

test('a known address with a trailing slash: the 404 names the address without it (never a status token)', async () => {
  const res = await h.request('/api/v1/plans/');
  assert.equal(res.status, 404);
  assert.match(((await res.json()) as { detail: string }).detail, /without the trailing slash: GET \/api\/v1\/plans\./);
  const token = await h.request('/api/v1/feedback/WijH7B_vaB2sUaJhcc3B2BK9/');
  const detail = ((await token.json()) as { detail: string }).detail;
  assert.match(detail, /\/api\/v1\/feedback\/\{statusToken\}\./);
  assert.doesNotMatch(detail, /WijH7B/);
  assert.doesNotMatch(((await (await h.request('/api/v1/nope/')).json()) as { detail: string }).detail, /trailing/);
});

test('static mounts serve files with CORP cross-origin, ETag and 304', async () => {
  const res = await h.request('/cdn/hapur.js');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
  assert.match(res.headers.get('content-type') ?? '', /javascript/);
  assert.equal(await res.text(), 'export const x = 1;');
  const again = await h.request('/cdn/hapur.js', { headers: { 'If-None-Match': res.headers.get('etag') ?? '' } });
  assert.equal(again.status, 304);
  assert.equal((await h.request('/cdn/demo/')).status, 200);
  assert.equal((await h.request('/cdn/../package.json')).status, 404);
  assert.equal((await h.request('/cdn/%2e%2e/%2e%2e/etc/passwd')).status, 404);
});

test('CORS: reads from any origin; writes only from configured origins; no cookies', async () => {
  const read = await h.request('/api/v1/nope', { headers: { Origin: 'https://anyone.example' } });
  assert.equal(read.headers.get('access-control-allow-origin'), '*');
  assert.match(read.headers.get('access-control-expose-headers') ?? '', /Idempotent-Replayed/);
  const preflightOk = await h.request('/api/v1/feedback', {
    method: 'OPTIONS',
    headers: { Origin: 'https://city.example', 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(preflightOk.headers.get('access-control-allow-origin'), 'https://city.example');
  const preflightNo = await h.request('/api/v1/feedback', {
    method: 'OPTIONS',
    headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(preflightNo.headers.get('access-control-allow-origin'), null);
  const write = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
    body: '{}',
  });
  assert.equal(write.status, 403);
  assert.equal(((await write.json()) as { code: string }).code, 'origin_not_allowed');
  assert.equal(write.headers.get('set-cookie'), null);
});

test('CORS: a preflight allows every request header docs/api.md tells a client to send, X-Request-Id included', async () => {
  // docs/api.md: "Send your own X-Request-Id … to use yours"; a browser on another origin sends it only after a
  // preflight that lists it (it is not a CORS-safelisted header), so it used to fail with a CORS error.
  const wanted = ['content-type', 'authorization', 'idempotency-key', 'if-match', 'if-none-match', 'accept-language'];
  for (const method of ['GET', 'POST', 'PUT']) {
    const res = await h.request('/api/v1/feedback', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://city.example',
        'Access-Control-Request-Method': method,
        'Access-Control-Request-Headers': [...wanted, 'x-request-id'].join(','),
      },
    });
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    for (const header of [...wanted, 'x-request-id']) assert.ok(allowed.includes(header), `${method}: ${header}`);
  }
});

test('a body over the limit is refused with 413', async () => {
  const res = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' },
    body: JSON.stringify({ text: 'x'.repeat(5000) }),
  });
  assert.equal(res.status, 413);
  assert.equal(((await res.json()) as { code: string }).code, 'body_too_large');
});

test('writes past the rate limit get 429 with Retry-After and RateLimit headers', async () => {
  const post = () =>
    limited.request('/api/v1/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
  const first = await post();
  assert.equal(first.headers.get('ratelimit-limit'), '2');
  assert.equal(first.headers.get('ratelimit-remaining'), '1');
  await post();
  const third = await post();
  assert.equal(third.status, 429);
  assert.ok(Number(third.headers.get('retry-after')) > 0);
  assert.equal(((await third.json()) as { code: string }).code, 'rate_limited');
  assert.equal((await limited.request('/healthz')).status, 200, 'reads are not limited');
});

test('a staff write counts against its token, not against the address its office shares with citizens', async () => {
  const limitedHere = await createHarness({ writeRateLimit: 2, writeRateWindowSeconds: 60 });
  try {
    await importFile(limitedHere.db, fixtureFile(), 'fixture.json');
    const arta = await createStaffToken(limitedHere.db, 'Arta', 'xk-test-a');
    const besa = await createStaffToken(limitedHere.db, 'Besa', 'xk-test-b');
    const post = (path: string, token?: string) =>
      limitedHere.request(`/api/v1${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: '{}',
      });
    // The address's limit is used up by anonymous writes…
    await post('/feedback');
    await post('/feedback');
    assert.equal((await post('/feedback')).status, 429);
    // …yet a staff token from the same address is answered (here 400: the body is empty), twice, then limited.
    assert.equal((await post('/publication-checks', arta)).status, 400);
    assert.equal((await post('/publication-checks', arta)).status, 400);
    assert.equal((await post('/publication-checks', arta)).status, 429);
    assert.equal((await post('/publication-checks', besa)).status, 400, 'another token has its own limit');
    // A made-up token is no way round the address's limit, on a public write or a staff one: it counts as the address.
    assert.equal((await post('/feedback', 'made-up-1')).status, 429);
    assert.equal((await post('/feedback', 'made-up-2')).status, 429);
    assert.equal((await post('/publication-checks', 'made-up-3')).status, 429);
  } finally {
    await limitedHere.close();
  }
});

test('the API page lists the endpoints', async () => {
  const res = await h.request('/api');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<html lang="en">/);
  assert.match(html, /\/api\/v1\/feedback\/\{statusToken\}/);
  assert.match(html, /id="problem-rate_limited"/);
});

test('GET /openapi.json is the SDK document, and it lists exactly the endpoints this server serves', async () => {
  const { ENDPOINTS } = await import('./routes/catalogue.js');
  const res = await h.request('/openapi.json');
  assert.equal(res.status, 200);
  assert.ok(res.headers.get('etag'));
  const doc = (await res.json()) as {
    openapi: string;
    info: { version: string };
    paths: Record<string, Record<string, unknown>>;
  };
  assert.match(doc.openapi, /^3\.1/);
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(doc.info.version, pkg.version, "info.version is the server's package.json version");
  const norm = (p: string) => p.replace(/\{[^}]+\}/g, '{}');
  const documented = new Set(
    Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${norm(path)}`)),
  );
  const served = new Set(
    ENDPOINTS.filter((e) => e.path.startsWith('/api/v1')).map(
      (e) => `${e.method} ${norm(e.path.slice('/api/v1'.length))}`,
    ),
  );
  assert.deepEqual(
    [...served].filter((x) => !documented.has(x)),
    [],
    'served but not in OpenAPI',
  );
  assert.deepEqual(
    [...documented].filter((x) => !served.has(x)),
    [],
    'in OpenAPI but not served',
  );
});

test('the OpenAPI document can be fetched cross-origin', async () => {
  const res = await h.request('/openapi.json', { headers: { Origin: 'https://docs.example' } });
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
});

test('a 404 for a path under /feedback/{statusToken} echoes the token nowhere in its body', async () => {
  // A trailing slash or an extra segment matched no route, and the generic 404's detail repeated the path,
  // token and all, though `instance` hides it: a client's error reporting would then store the secret.
  const token = 'g6DAp6Zg5Jz-QBqZADrpb1Y1';
  for (const path of [
    `/api/v1/feedback/${token}/`,
    `/api/v1/feedback/${token}/status/x`,
    `/api/v1/feedback/${token}/x`,
  ]) {
    const res = await h.request(path);
    assert.equal(res.status, 404, path);
    const text = await res.text();
    assert.doesNotMatch(text, new RegExp(token), path);
    assert.match(text, /feedback\/\{statusToken\}/, path);
  }
  // Other unknown paths still say which path they mean.
  assert.match(await (await h.request('/api/v1/nope')).text(), /Nothing at GET \/api\/v1\/nope\./);
});
