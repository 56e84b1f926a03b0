import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemDetailsSchema } from '@hapur/sdk';
import { createApp } from '../app.js';
import { testConfig } from '../config.js';
import type { Database } from '../db/driver.js';
import { openTestPglite } from '../testing/pglite-template.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from './logger.js';
import { requestId } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let db: Database;
const lines: string[] = [];
let app: ReturnType<typeof createApp>;
before(async () => {
  db = await openTestPglite();
  await migrate(db);
  app = createApp({ db, config: testConfig(), logger: createLogger('info', (line) => lines.push(line)) });
});
after(() => db.close());

const requestLogs = () =>
  lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['msg'] === 'request');

test('a sane incoming X-Request-Id is kept; anything else is replaced by a new UUID', () => {
  assert.equal(requestId('lb-7f3a.42:1'), 'lb-7f3a.42:1');
  assert.equal(requestId('0c4e6e1e-98a2-4c1a-9f1e-2b8f1c1d2e3f'), '0c4e6e1e-98a2-4c1a-9f1e-2b8f1c1d2e3f');
  for (const bad of [undefined, '', 'a b', 'x\n{"level":"error"}', '<script>', 'a'.repeat(65), '-leading-dash']) {
    assert.match(requestId(bad), UUID, JSON.stringify(bad));
  }
});

test('every answer carries X-Request-Id; a problem document carries the same id as requestId; the log line too', async () => {
  const ok = await app.request('/healthz');
  assert.match(ok.headers.get('x-request-id') ?? '', UUID);

  const res = await app.request('/api/v1/plans/nope', { headers: { 'X-Request-Id': 'proxy-123' } });
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('x-request-id'), 'proxy-123');
  const problem = ProblemDetailsSchema.parse(await res.json());
  assert.equal(problem.requestId, 'proxy-123');
  const log = requestLogs().find((l) => l['requestId'] === 'proxy-123');
  assert.equal(log?.['routeId'], 'getPlan');
  assert.equal(log?.['route'], '/api/v1/plans/:planId');
  assert.equal(log?.['status'], 404);

  const invalid = await app.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'bad id with spaces {"x":1}' },
    body: '{',
  });
  const id = invalid.headers.get('x-request-id') ?? '';
  assert.match(id, UUID);
  assert.equal(ProblemDetailsSchema.parse(await invalid.json()).requestId, id);
});

test('the request log never holds a status token, a query string, a bearer token or an IP', async () => {
  const statusToken = 'SECRETtokenSECRETtoken12';
  await app.request(`/api/v1/feedback/${statusToken}?access_token=QUERYSECRET&lang=en`, {
    headers: { Authorization: 'Bearer hapur_BEARERSECRET', 'X-Forwarded-For': '203.0.113.9' },
  });
  await app.request('/api/v1/services?q=QUERYSECRET');
  const text = lines.join('\n');
  for (const secret of [statusToken, 'QUERYSECRET', 'BEARERSECRET', '203.0.113.9', 'access_token']) {
    assert.ok(!text.includes(secret), `${secret} is not logged`);
  }
  const logs = requestLogs().slice(-2);
  assert.deepEqual(
    logs.map((l) => [l['route'], l['routeId']]),
    [
      ['/api/v1/feedback/:statusToken', 'getFeedbackStatus'],
      ['/api/v1/services', 'listServices'],
    ],
  );
  for (const l of logs)
    assert.deepEqual(Object.keys(l).sort(), [
      'client',
      'level',
      'method',
      'ms',
      'msg',
      'requestId',
      'route',
      'routeId',
      'status',
      'time',
    ]);
});
