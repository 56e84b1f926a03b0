import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServerError } from '../errors/index.js';
import { createClient } from './create-client.js';
import { problem, startLoopback, type Loopback } from './test/loopback.js';
import { services } from './test/fixtures.js';
import { fast, proposal as input, withLoopback } from './test/retry-suite.js';

const receipt = {
  reference: 'HP-2026-000123',
  statusToken: 'Zx81kQp0LmN3vB7yT2wE5rU9',
  status: 'received',
  submittedAt: '2026-11-23T12:00:00Z',
};

describe('client retries against a real HTTP server', () => {
  let server: Loopback;
  withLoopback((started) => (server = started));

  it('POST /feedback after a 503 is retried with the same Idempotency-Key, so the server can answer once', async () => {
    server.route('POST', '/api/v1/feedback', (_req, nth) =>
      nth === 1 ? { status: 503, body: problem(503, 'unavailable', 'Unavailable') } : { status: 201, body: receipt },
    );
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    const result = await client.submitFeedback(input);
    assert.equal(result.reference, 'HP-2026-000123');
    const posts = server.seen.filter((s) => s.method === 'POST' && s.path === '/api/v1/feedback');
    assert.equal(posts.length, 2);
    const [first, second] = posts.map((p) => p.headers['idempotency-key']);
    assert.match(String(first), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(second, first);
    assert.deepEqual(JSON.parse(posts[1]?.body ?? ''), input, 'the same body is sent again');
  });

  it('when the connection drops after the server got the POST, the retry carries the same key (no second submission)', async () => {
    const stored = new Map<string, typeof receipt>();
    const keys: string[] = [];
    server.route('POST', '/api/v1/feedback', (req) => {
      const key = String(req.headers['idempotency-key']);
      keys.push(key);
      if (!stored.has(key)) stored.set(key, { ...receipt, reference: `HP-2026-00${String(stored.size + 200)}` });
      return keys.length === 1 ? 'hang-up' : { status: 201, body: stored.get(key) };
    });
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    const result = await client.submitFeedback(input);
    assert.equal(keys.length, 2, 'sent twice');
    assert.equal(keys[1], keys[0]);
    assert.equal(stored.size, 1, 'the server saw one logical submission');
    assert.equal(result.reference, [...stored.values()][0]?.reference);
  });

  it('each logical submission gets its own key; a caller-supplied key is used as is', async () => {
    server.route('POST', '/api/v1/feedback', () => ({ status: 201, body: receipt }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    const before = server.seen.length;
    await client.submitFeedback(input);
    await client.submitFeedback(input);
    await client.submitFeedback(input, { idempotencyKey: 'form-7c1d' });
    const keys = server.seen.slice(before).map((s) => s.headers['idempotency-key']);
    assert.equal(keys.length, 3);
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'form-7c1d');
  });

  it('a POST without an Idempotency-Key is not retried after a 503', async () => {
    const path = '/api/v1/feedback/HP-2026-000123/publish';
    server.route('POST', path, () => ({ status: 503, body: problem(503, 'unavailable', 'Unavailable') }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, token: 'staff', retry: fast });
    const error = await client.publishComment('HP-2026-000123').catch((e: unknown) => e);
    assert.ok(error instanceof ServerError);
    assert.equal(server.count('POST', path), 1);
  });

  it('a staff POST with an Idempotency-Key is retried', async () => {
    const path = '/api/v1/feedback/HP-2026-000124/publish';
    const published = { reference: 'HP-2026-000124', published: true };
    server.route('POST', path, (_r, nth) => (nth === 1 ? { status: 502 } : { body: published }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, token: 'staff', retry: fast });
    const result = await client.publishComment('HP-2026-000124', { idempotencyKey: 'pub-124' });
    assert.deepEqual(result, published);
    assert.equal(server.count('POST', path), 2);
    const keys = server.seen.filter((s) => s.path === path).map((s) => s.headers['idempotency-key']);
    assert.deepEqual(keys, ['pub-124', 'pub-124']);
  });

  it('a read retries a 503 after the Retry-After the server asked for', async () => {
    const service = services[1];
    assert.ok(service);
    const path = `/api/v1/services/${service.id}`;
    server.route('GET', path, (_r, nth) =>
      nth === 1 ? { status: 503, headers: { 'retry-after': '1' } } : { body: service },
    );
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    const started = Date.now();
    const result = await client.getService(service.id);
    const waited = Date.now() - started;
    assert.equal(result.id, service.id);
    assert.equal(server.count('GET', path), 2);
    assert.ok(waited >= 950, `waited ${waited} ms, expected about 1 s`);
  });

  it("a gateway's RateLimit-Reset on a 503 is waited for no longer than maxRetryAfterSeconds", async () => {
    // No Retry-After, but the rate-limit headers many API gateways put on every answer: ky waits for them too.
    const reset = { 'ratelimit-reset': '3600', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) };
    const gateway = await startLoopback();
    gateway.route('POST', '/api/v1/feedback', (_r, nth) =>
      nth === 1 ? { status: 503, headers: reset } : { status: 201, body: receipt },
    );
    const client = createClient({ baseUrl: `${gateway.url}/api/v1`, retry: { ...fast, maxRetryAfterSeconds: 1 } });
    const started = Date.now();
    try {
      // The signal only ends the test's wait should the client wait for the hour the headers name.
      const result = await client.submitFeedback(input, { signal: AbortSignal.timeout(5000) });
      assert.equal(result.reference, receipt.reference);
      assert.equal(gateway.count('POST', '/api/v1/feedback'), 2);
      assert.ok(Date.now() - started < 3000, `waited ${Date.now() - started} ms`);
    } finally {
      await gateway.close();
    }
  });

  it('a read retries after the connection drops, then succeeds', async () => {
    const service = services[2];
    assert.ok(service);
    const path = `/api/v1/services/${service.id}`;
    server.route('GET', path, (_r, nth) => (nth === 1 ? 'hang-up' : { body: service }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    assert.equal((await client.getService(service.id)).id, service.id);
    assert.equal(server.count('GET', path), 2);
  });

  it('retry: 0 turns retries off', async () => {
    server.route('GET', '/api/v1/plans', () => ({ status: 500 }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: 0 });
    await assert.rejects(client.listPlans(), ServerError);
    assert.equal(server.count('GET', '/api/v1/plans'), 1);
  });
});
