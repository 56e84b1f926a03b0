import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  ConflictError,
  ForbiddenError,
  HapurError,
  HttpError,
  InputValidationError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ReadOnlyError,
  ResponseShapeError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  httpErrorFrom,
  isHapurError,
  isHttpError,
  isNotFoundError,
  isRateLimitError,
  isResponseShapeError,
  parseRetryAfter,
  redactUrl,
  toIssues,
} from './index.js';

const problem = (status: number, code: string, extra: object = {}) => ({
  type: `https://hapur.example/problems/${code}`,
  title: 'Problem',
  status,
  code,
  ...extra,
});
const res = (status: number, statusText: string, headers: Record<string, string> = {}) => ({
  status,
  statusText,
  headers: new Headers(headers),
});
const GET = { method: 'get', url: 'https://api.example/api/v1/services/abc' };

describe('httpErrorFrom', () => {
  const cases: [number, string, new (...args: never[]) => HttpError][] = [
    [404, 'Not Found', NotFoundError],
    [401, 'Unauthorized', UnauthorizedError],
    [403, 'Forbidden', ForbiddenError],
    [409, 'Conflict', ConflictError],
    [429, 'Too Many Requests', RateLimitError],
    [500, 'Internal Server Error', ServerError],
    [503, 'Service Unavailable', ServerError],
    [418, "I'm a teapot", HttpError],
  ];
  for (const [status, text, ctor] of cases) {
    it(`maps ${status} to ${ctor.name} with status, method, code and a message naming the request`, () => {
      const error = httpErrorFrom(res(status, text, { 'x-request-id': 'req-1' }), problem(status, 'some_code'), GET);
      assert.ok(error instanceof ctor);
      assert.ok(error instanceof HttpError && error instanceof HapurError);
      assert.equal(error.name, ctor.name);
      assert.equal(error.status, status);
      assert.equal(error.code, 'some_code');
      assert.equal(error.method, 'GET');
      assert.equal(error.requestId, 'req-1');
      assert.equal(error.problem?.status, status);
      assert.equal(error.message, `Request failed with ${status} ${text} (some_code): GET /api/v1/services/abc`);
      assert.equal(error.isHapurError, true);
    });
  }

  it("takes the request id from the problem's requestId when the header is not readable (a cross-origin proxy)", () => {
    const error = httpErrorFrom(
      res(500, 'Internal Server Error'),
      problem(500, 'internal_error', { requestId: 'req-9' }),
      GET,
    );
    assert.ok(error instanceof ServerError);
    assert.equal(error.requestId, 'req-9');
    assert.equal(error.problem?.requestId, 'req-9');
    const both = httpErrorFrom(
      res(500, '', { 'x-request-id': 'hdr-1' }),
      problem(500, 'x', { requestId: 'req-9' }),
      GET,
    );
    assert.ok(both instanceof ServerError);
    assert.equal(both.requestId, 'hdr-1');
  });

  it('falls back to http_<status> when the body is not a problem document', () => {
    const error = httpErrorFrom(res(404, 'Not Found'), '<html>nope</html>', GET);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.code, 'http_404');
    assert.equal(error.problem, undefined);
  });

  it('reads Retry-After seconds into RateLimitError.retryAfter', () => {
    const error = httpErrorFrom(res(429, 'Too Many Requests', { 'retry-after': '120' }), undefined, GET);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 120);
    assert.ok(isRateLimitError(error));
  });

  it('turns 422 with field errors into an InputValidationError whose fieldErrors serve a form', () => {
    const body = problem(422, 'validation_failed', {
      errors: [
        { path: 'contact.email', code: 'invalid_format', message: 'Not an e-mail address' },
        { path: 'contact.email', code: 'too_long', message: 'Too long' },
        { path: 'body', code: 'too_small', message: 'Required' },
      ],
    });
    const error = httpErrorFrom(res(422, 'Unprocessable Content'), body, { method: 'post', url: '/api/v1/feedback' });
    assert.ok(error instanceof InputValidationError);
    assert.equal(error.source, 'server');
    assert.equal(error.status, 422);
    assert.deepEqual(error.fieldErrors(), {
      'contact.email': ['Not an e-mail address', 'Too long'],
      body: ['Required'],
    });
    assert.match(error.message, /at contact\.email \(invalid_format\) and 2 more/);
    assert.ok(error.cause instanceof HttpError);
  });
});

describe('redaction', () => {
  it('redacts the feedback status token in the path, in url and in message', () => {
    const token = 'st_9f8e7d6c5b4a39281706';
    const error = httpErrorFrom(res(404, 'Not Found'), undefined, {
      method: 'GET',
      url: `https://x.example/api/v1/feedback/${token}`,
    });
    assert.equal(error instanceof HttpError && error.url, 'https://x.example/api/v1/feedback/[redacted]');
    assert.doesNotMatch(error.message, new RegExp(token));
    assert.match(error.message, /GET \/api\/v1\/feedback\/\[redacted\]/);
  });
  it('keeps feedback references in staff paths and redacts token query parameters and credentials', () => {
    assert.equal(
      redactUrl('https://x.example/api/v1/feedback/KS-2026-0042/status'),
      'https://x.example/api/v1/feedback/KS-2026-0042/status',
    );
    assert.equal(redactUrl('https://u:p@x.example/a?token=abc&q=1'), 'https://x.example/a?token=[redacted]&q=1');
    assert.equal(redactUrl('/api/v1/feedback/abc'), '/api/v1/feedback/[redacted]');
  });
  it('redacts the token in NetworkError and TimeoutError', () => {
    const url = 'https://x.example/api/v1/feedback/secret-token-1';
    for (const error of [
      new NetworkError({ method: 'get', url }),
      new TimeoutError({ method: 'get', url, timeoutMs: 5000 }),
    ]) {
      assert.doesNotMatch(`${error.message} ${error.url}`, /secret-token-1/);
    }
  });
});

describe('other error classes', () => {
  it('InputValidationError from a client-side zod parse names the field and carries issues', () => {
    const schema = z.object({ contact: z.object({ email: z.email() }) });
    const result = schema.safeParse({ contact: { email: 'not mail' } });
    assert.equal(result.success, false);
    const error = new InputValidationError('feedback', toIssues(result.error?.issues ?? []), { source: 'client' });
    assert.equal(error.name, 'InputValidationError');
    assert.equal(error.issues[0]?.path, 'contact.email');
    assert.match(error.message, /^Invalid feedback, refused before sending: at contact\.email/);
    assert.doesNotMatch(error.message, /not mail/);
    assert.deepEqual(Object.keys(error.fieldErrors()), ['contact.email']);
  });
  it('NetworkError keeps method, url and cause', () => {
    const cause = new TypeError('fetch failed');
    const error = new NetworkError({ method: 'get', url: 'https://x.example/api/v1/plans', cause });
    assert.equal(error.message, 'Network request failed: GET /api/v1/plans');
    assert.equal(error.cause, cause);
  });
  it('TimeoutError says how long it waited, or that it was aborted', () => {
    assert.equal(
      new TimeoutError({ method: 'get', url: '/api/v1/plans', timeoutMs: 8000 }).message,
      'Request timed out after 8000 ms: GET /api/v1/plans',
    );
    const aborted = new TimeoutError({ method: 'get', url: '/api/v1/plans', reason: 'aborted' });
    assert.equal(aborted.reason, 'aborted');
    assert.equal(aborted.timeoutMs, undefined);
  });
  it('ResponseShapeError names the failing path and is not an HttpError', () => {
    const issues = [
      { path: 'commitments[2].milestones[0].due.text', code: 'invalid_type', message: 'Expected string' },
    ];
    const error = new ResponseShapeError({ url: 'https://x.example/api/v1/plans/xk', issues });
    assert.equal(
      error.message,
      'Unexpected data from /api/v1/plans/xk at commitments[2].milestones[0].due.text (invalid_type)',
    );
    assert.equal(isHttpError(error), false);
    assert.ok(isResponseShapeError(error));
  });
  it('ReadOnlyError names the operation', () => {
    const error = new ReadOnlyError('submitFeedback');
    assert.match(error.message, /^submitFeedback needs the Hapur API/);
    assert.equal(error.name, 'ReadOnlyError');
  });
});

describe('guards', () => {
  it('recognise errors from another copy of the SDK by name (cross-realm), and reject look-alikes', () => {
    const foreign = Object.assign(new Error('x'), { name: 'NotFoundError', isHapurError: true, status: 404 });
    assert.ok(isHapurError(foreign));
    assert.ok(isHttpError(foreign));
    assert.ok(isNotFoundError(foreign));
    assert.equal(isHapurError(Object.assign(new Error('x'), { name: 'NotFoundError' })), false);
    assert.equal(isHapurError(Object.assign(new Error('x'), { name: 'SomethingElse', isHapurError: true })), false);
    assert.equal(isHapurError('NotFoundError'), false);
  });
  it('parseRetryAfter understands seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    assert.equal(parseRetryAfter('30', now), 30);
    assert.equal(parseRetryAfter('Mon, 23 Nov 2026 12:01:00 GMT', now), 60);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
