import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { RateLimitError, ServerError } from '../errors/index.js';
import { createClient } from './create-client.js';
import { createCore } from './core.js';
import { problem, type Loopback } from './test/loopback.js';
import { services } from './test/fixtures.js';
import { fast, proposal as input, withLoopback } from './test/retry-suite.js';

// Which writes are retried (a PUT like a POST: only with an Idempotency-Key), and how a `Retry-After` meets the
// `timeout`, which covers a call's every try and wait (src/client/README.md, "Options" and "Retries").

const saved = z.object({ id: z.string() });

describe('client retries of writes and within the timeout, against a real HTTP server', () => {
  let server: Loopback;
  withLoopback((started) => (server = started));

  it('a PUT with an Idempotency-Key is retried after a 503, with the same key', async () => {
    const path = '/api/v1/services/example-put-key';
    server.route('PUT', path, (_r, nth) =>
      nth === 1 ? { status: 503, body: problem(503, 'unavailable', 'Unavailable') } : { body: { id: 'put-key' } },
    );
    const core = createCore({ baseUrl: `${server.url}/api/v1`, token: 'staff', retry: fast });
    const request = { path: 'services/example-put-key', method: 'PUT', staff: true } as const;
    const result = await core.write('putService', request, saved, { idempotencyKey: 'put-1' });
    assert.deepEqual(result, { id: 'put-key' });
    const puts = server.seen.filter((s) => s.method === 'PUT' && s.path === path);
    assert.deepEqual(
      puts.map((p) => p.headers['idempotency-key']),
      ['put-1', 'put-1'],
    );
  });

  it('a PUT with an Idempotency-Key is retried when the connection drops', async () => {
    const path = '/api/v1/services/example-put-drop';
    server.route('PUT', path, (_r, nth) => (nth === 1 ? 'hang-up' : { body: { id: 'put-drop' } }));
    const core = createCore({ baseUrl: `${server.url}/api/v1`, token: 'staff', retry: fast });
    const request = { path: 'services/example-put-drop', method: 'PUT', staff: true } as const;
    assert.deepEqual(await core.write('putService', request, saved, { idempotencyKey: 'put-2' }), { id: 'put-drop' });
    assert.equal(server.count('PUT', path), 2);
  });

  it('a PUT without an Idempotency-Key is not retried after a 503', async () => {
    const path = '/api/v1/services/example-put-none';
    server.route('PUT', path, () => ({ status: 503, body: problem(503, 'unavailable', 'Unavailable') }));
    const core = createCore({ baseUrl: `${server.url}/api/v1`, token: 'staff', retry: fast });
    const request = { path: 'services/example-put-none', method: 'PUT', staff: true } as const;
    await assert.rejects(core.write('putService', request, saved), ServerError);
    assert.equal(server.count('PUT', path), 1);
  });

  it('a Retry-After just shorter than the time left is waited for, and the retry answers', async () => {
    const service = services[0];
    assert.ok(service);
    const path = `/api/v1/services/${service.id}`;
    server.route('GET', path, (_r, nth) =>
      nth === 1 ? { status: 503, headers: { 'retry-after': '1' } } : { body: service },
    );
    // 1 s of Retry-After in 1.8 s: what is left after the first answer holds it, with room for a loaded test machine.
    const client = createClient({ baseUrl: `${server.url}/api/v1`, timeout: 1800, retry: fast });
    const started = Date.now();
    assert.equal((await client.getService(service.id)).id, service.id);
    assert.equal(server.count('GET', path), 2);
    assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms, expected about 1 s`);
  });

  it('a Retry-After the time left cannot hold fails at once with its RateLimitError, not TimeoutError at the end', async () => {
    // Within maxRetryAfterSeconds (10 by default) but not within the timeout: waiting would only end in TimeoutError,
    // and the reader would lose the server's "try again in 2 s".
    const path = '/api/v1/plans';
    server.route('GET', path, () => ({
      status: 429,
      headers: { 'retry-after': '2' },
      body: problem(429, 'rate_limited', 'Too many requests'),
    }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, timeout: 1500, retry: fast });
    const started = Date.now();
    const error = await client.listPlans().catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError, `got ${String(error)}`);
    assert.equal(error.retryAfter, 2);
    assert.equal(server.count('GET', path), 1);
    // Well before the 1.5 s a wait would have taken (and then ended in TimeoutError).
    assert.ok(Date.now() - started < 1200, `failed after ${Date.now() - started} ms`);
  });

  it('the same holds for a write with an Idempotency-Key', async () => {
    const path = '/api/v1/feedback';
    server.route('POST', path, () => ({
      status: 503,
      headers: { 'retry-after': '3' },
      body: problem(503, 'unavailable', 'Unavailable'),
    }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, timeout: 2000, retry: fast });
    const started = Date.now();
    await assert.rejects(client.submitFeedback(input), ServerError);
    assert.equal(server.count('POST', path), 1);
    assert.ok(Date.now() - started < 1600, `failed after ${Date.now() - started} ms`);
  });
});
