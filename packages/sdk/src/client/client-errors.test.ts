import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConflictError,
  ForbiddenError,
  HttpError,
  InputValidationError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
} from '../errors/index.js';
import { PublicServiceSchema } from '../schemas/service.js';
import { createClient } from './create-client.js';
import { loadDocument } from './load-document.js';
import { problem, startLoopback, type Loopback } from './test/loopback.js';
import { services } from './test/fixtures.js';

const fast = { limit: 2, baseDelayMs: 5 };
const feedback = {
  type: 'feedback',
  subject: { serviceId: 'example-gone' },
  message: 'Ju lutem shtoni orarin e punës.',
  language: 'sq',
} as const;

describe('client errors against a real HTTP server', () => {
  let server: Loopback;
  before(async () => {
    server = await startLoopback();
  });
  after(() => server.close());

  it('404 with a problem body becomes NotFoundError with the server code, method, url and request id', async () => {
    server.route('GET', '/api/v1/services/nope', () => ({
      status: 404,
      headers: { 'x-request-id': 'req-77' },
      body: problem(404, 'service_not_found', 'Service not found', { detail: 'No service "nope".' }),
    }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    const error = await client.getService('nope').catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'service_not_found');
    assert.equal(error.method, 'GET');
    assert.equal(error.url, `${server.url}/api/v1/services/nope`);
    assert.equal(error.requestId, 'req-77');
    assert.equal(error.problem?.detail, 'No service "nope".');
    assert.equal(error.message, 'Request failed with 404 Not Found (service_not_found): GET /api/v1/services/nope');
    assert.equal(server.count('GET', '/api/v1/services/nope'), 1, 'a 404 is not retried');
  });

  it('401 and 403 on staff writes become UnauthorizedError and ForbiddenError; the token is sent only there', async () => {
    server.route('POST', '/api/v1/feedback/HP-2026-000001/publish', (req) =>
      req.headers.authorization === 'Bearer good'
        ? { status: 403, body: problem(403, 'forbidden', 'Forbidden') }
        : { status: 401, body: problem(401, 'unauthorized', 'Unauthorized') },
    );
    const bad = createClient({ baseUrl: `${server.url}/api/v1`, token: 'bad', retry: fast });
    const good = createClient({ baseUrl: `${server.url}/api/v1`, token: () => 'good', retry: fast });
    const e401 = await bad.publishComment('HP-2026-000001').catch((e: unknown) => e);
    const e403 = await good.publishComment('HP-2026-000001').catch((e: unknown) => e);
    assert.ok(e401 instanceof UnauthorizedError);
    assert.ok(e403 instanceof ForbiddenError);
    assert.equal(e401.cause, undefined, 'the ky error holding the Authorization header is not kept');
    server.route('GET', '/api/v1/services', () => ({ body: { items: [] } }));
    await good.listServices();
    const read = server.seen.filter((s) => s.path === '/api/v1/services').at(-1);
    assert.equal(read?.headers.authorization, undefined, 'public reads never carry the staff token');
  });

  it('409 becomes ConflictError', async () => {
    server.route('POST', '/api/v1/feedback/HP-2026-000002/status', () => ({
      status: 409,
      body: problem(409, 'invalid_transition', 'Conflict'),
    }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, token: 't', retry: fast });
    const error = await client.changeSubmissionStatus('HP-2026-000002', { status: 'closed' }).catch((e: unknown) => e);
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'invalid_transition');
  });

  it('429 with a Retry-After beyond the limit is not waited for: RateLimitError.retryAfter says when', async () => {
    server.route('GET', '/api/v1/plans', () => ({
      status: 429,
      headers: { 'retry-after': '120' },
      body: problem(429, 'rate_limited', 'Too many'),
    }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: { ...fast, maxRetryAfterSeconds: 10 } });
    const started = Date.now();
    const error = await client.listPlans().catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 120);
    assert.equal(server.count('GET', '/api/v1/plans'), 1);
    assert.ok(Date.now() - started < 2000);
  });

  it('500 on a read is retried, then becomes ServerError; a non-problem body still gives a code', async () => {
    server.route('GET', '/api/v1/participation/stats', () => ({ status: 500, body: 'Internal error' }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    const error = await client.getParticipationStats().catch((e: unknown) => e);
    assert.ok(error instanceof ServerError);
    assert.equal(error.code, 'http_500');
    assert.equal(error.problem, undefined);
    assert.equal(server.count('GET', '/api/v1/participation/stats'), 3, 'first attempt + 2 retries');
  });

  it('422 with field errors becomes InputValidationError (source server) with fieldErrors for the form', async () => {
    server.route('POST', '/api/v1/feedback', () => ({
      status: 422,
      body: problem(422, 'validation_failed', 'Invalid', {
        errors: [{ path: 'subject.serviceId', code: 'unknown_service', message: 'No such service' }],
      }),
    }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    const error = await client.submitFeedback(feedback).catch((e: unknown) => e);
    assert.ok(error instanceof InputValidationError);
    assert.equal(error.source, 'server');
    assert.deepEqual(error.fieldErrors(), { 'subject.serviceId': ['No such service'] });
    assert.ok(error.cause instanceof HttpError);
  });

  it('the feedback status token never shows in message, url or cause', async () => {
    const token = 'Zx81kQp0LmN3vB7yT2wE5rU9';
    server.route('GET', `/api/v1/feedback/${token}`, () => ({
      status: 404,
      body: problem(404, 'not_found', 'Not Found'),
    }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, retry: fast });
    const error = await client.getFeedbackStatus(token).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.url, `${server.url}/api/v1/feedback/[redacted]`);
    assert.doesNotMatch(error.message, new RegExp(token));
    assert.equal(error.cause, undefined);
  });

  it('a refused connection becomes NetworkError after retries', async () => {
    const dead = await startLoopback();
    const url = dead.url;
    await dead.close();
    const client = createClient({ baseUrl: `${url}/api/v1`, retry: { limit: 1, baseDelayMs: 5 } });
    const error = await client.listServices().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError, String(error));
    assert.equal(error.message, 'Network request failed: GET /api/v1/services');
    assert.ok(error.cause instanceof Error, 'the fetch failure is kept as cause');
  });

  it('a slow server becomes TimeoutError with timeoutMs', async () => {
    server.route('GET', `/api/v1/services/${services[0]?.id}`, () => ({ body: services[0], delayMs: 400 }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, timeout: 100, retry: fast });
    const error = await client.getService(services[0]?.id ?? '').catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeoutMs, 100);
    assert.equal(error.reason, 'timeout');
  });

  it("a write the caller aborts is TimeoutError 'aborted', whatever reason the signal carries, and is not retried", async () => {
    const slow = await startLoopback();
    slow.route('POST', '/api/v1/feedback', () => ({ status: 201, body: {}, delayMs: 600 }));
    const client = createClient({ baseUrl: `${slow.url}/api/v1`, retry: fast });
    const later = (reason?: unknown) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(reason), 150);
      return controller.signal;
    };
    try {
      // abort() without a reason, with the caller's own reason (a component unmounting), and AbortSignal.timeout().
      for (const signal of [() => later(), () => later(new Error('unmounted')), () => AbortSignal.timeout(150)]) {
        const error = await client.submitFeedback(feedback, { signal: signal() }).catch((e: unknown) => e);
        assert.ok(error instanceof TimeoutError, String(error));
        assert.equal(error.reason, 'aborted');
        assert.equal(error.url, `${slow.url}/api/v1/feedback`);
      }
      assert.equal(slow.count('POST', '/api/v1/feedback'), 3, 'one request per call, none retried');
    } finally {
      await slow.close();
    }
  });

  it('a connection that drops while the body arrives is NetworkError, for a read, a write and loadDocument', async () => {
    const cut = await startLoopback();
    cut.route('GET', '/api/v1/plans', () => ({ body: { items: [] }, cut: 'drop' }));
    cut.route('POST', '/api/v1/feedback/HP-2026-000003/publish', () => ({ body: { reference: 'x' }, cut: 'drop' }));
    const client = createClient({ baseUrl: `${cut.url}/api/v1`, token: 't', retry: fast });
    try {
      for (const call of [
        () => client.listPlans(),
        () => client.publishComment('HP-2026-000003'),
        () => loadDocument(`${cut.url}/api/v1/plans`, PublicServiceSchema),
      ]) {
        const error = await call().catch((e: unknown) => e);
        assert.ok(error instanceof NetworkError, String(error));
      }
    } finally {
      await cut.close();
    }
  });

  it('loadDocument: a body that outlasts the time limit is TimeoutError, one the caller aborts is "aborted"', async () => {
    const stall = await startLoopback();
    stall.route('GET', '/service.json', () => ({ body: services[0], cut: 'stall' }));
    const url = `${stall.url}/service.json`;
    try {
      const late = await loadDocument(url, PublicServiceSchema, { timeout: 100 }).catch((e: unknown) => e);
      assert.ok(late instanceof TimeoutError, String(late));
      assert.equal(late.reason, 'timeout');
      const signal = AbortSignal.timeout(100);
      const left = await loadDocument(url, PublicServiceSchema, { signal }).catch((e: unknown) => e);
      assert.ok(left instanceof TimeoutError, String(left));
      assert.equal(left.reason, 'aborted');
    } finally {
      await stall.close();
    }
  });

  it('a read or a write whose body stalls after the headers is TimeoutError with timeoutMs, not a wait forever', async () => {
    const stall = await startLoopback();
    stall.route('GET', '/api/v1/plans', () => ({ body: { items: [] }, cut: 'stall' }));
    stall.route('POST', '/api/v1/feedback/HP-2026-000004/publish', () => ({ body: { reference: 'x' }, cut: 'stall' }));
    const client = createClient({ baseUrl: `${stall.url}/api/v1`, token: 't', timeout: 100, retry: fast });
    try {
      for (const call of [() => client.listPlans(), () => client.publishComment('HP-2026-000004')]) {
        const started = Date.now();
        const error = await Promise.race([
          call().catch((e: unknown) => e),
          new Promise((resolve) => setTimeout(() => resolve('still waiting after 2 s'), 2000)),
        ]);
        assert.ok(error instanceof TimeoutError, String(error));
        assert.equal(error.reason, 'timeout');
        assert.equal(error.timeoutMs, 100);
        assert.ok(Date.now() - started < 1000);
      }
      assert.equal(stall.count('GET', '/api/v1/plans'), 1, 'a read that timed out is not retried');
    } finally {
      await stall.close();
    }
  });

  it('a read that times out is not retried (src/client/README.md says so): one request, then TimeoutError', async () => {
    const id = services[1]?.id ?? '';
    server.route('GET', `/api/v1/services/${id}`, () => ({ body: services[1], delayMs: 400 }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, timeout: 100, retry: { limit: 2, baseDelayMs: 5 } });
    const error = await client.getService(id).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(server.count('GET', `/api/v1/services/${id}`), 1);
  });
});
