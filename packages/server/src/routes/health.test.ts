import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema, ProblemDetailsSchema } from '@hapur/sdk';
import { createApp } from '../app.js';
import { createStaffToken } from '../auth/tokens.js';
import { testConfig } from '../config.js';
import { openTestPglite } from '../testing/pglite-template.js';
import { migrate } from '../db/migrate.js';
import { countDatabaseErrors, Metrics } from '../http/metrics.js';
import { startServer } from '../index.js';
import { importFile } from '../seed/import.js';
import { fixtureFile } from '../testing/fixtures.js';
import { createHarness, type Harness } from '../testing/harness.js';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
const auth = { Authorization: `Bearer ${METRICS_TOKEN}` };

let h: Harness;
let limited: Harness;
let staffToken: string;
before(async () => {
  h = await createHarness({ metricsToken: METRICS_TOKEN });
  await importFile(h.db, fixtureFile(), 'fixture.json');
  staffToken = await createStaffToken(h.db, 'Agency A editor', 'xk-test-a');
  limited = await createHarness({ writeRateLimit: 1, writeRateWindowSeconds: 60, metricsToken: METRICS_TOKEN });
});
after(async () => {
  await h.close();
  await limited.close();
});

const post = (target: Harness, path: string, body: unknown, headers: Record<string, string> = {}) =>
  target.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const feedback = {
  type: 'feedback',
  subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
  message: 'Publish the register.',
  language: 'en',
};
const scrape = async (target: Harness) => {
  const res = await target.request('/metrics', { headers: auth });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  return res.text();
};
/** The value of one sample line, `name{labels} value`; undefined when the line is absent. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

test('/readyz: 200 on a migrated database; a 503 problem naming the missing migrations before; 503 when the database is gone', async () => {
  const ready = await h.request('/readyz');
  assert.equal(ready.status, 200);
  assert.deepEqual(await ready.json(), { status: 'ready', database: h.db.kind });
  assert.equal(ready.headers.get('cache-control'), 'no-store');

  const db = await openTestPglite();
  const app = createApp({ db, config: testConfig() });
  const early = await app.request('/readyz');
  assert.equal(early.status, 503);
  assert.equal(early.headers.get('content-type'), 'application/problem+json');
  const problem = ProblemDetailsSchema.parse(await early.json());
  assert.equal(problem.code, 'not_ready');
  assert.match(problem.detail ?? '', /0001-init/);
  assert.equal(problem.requestId, early.headers.get('x-request-id'));
  assert.equal((await app.request('/healthz')).status, 200, 'liveness does not wait for migrations');
  await migrate(db);
  assert.equal((await app.request('/readyz')).status, 200);
  await db.close();
  const gone = await app.request('/readyz');
  assert.equal(gone.status, 503);
  assert.match(ProblemDetailsSchema.parse(await gone.json()).detail ?? '', /does not answer/);
});

test('/metrics is not there without a metrics token, and asks for the token when one is set', async () => {
  const db = await openTestPglite();
  try {
    const open = createApp({ db, config: testConfig() });
    assert.equal((await open.request('/metrics')).status, 404, 'never public by default');
  } finally {
    await db.close();
  }
  assert.equal((await h.request('/metrics')).status, 401);
  assert.equal((await h.request('/metrics', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
  assert.equal((await h.request('/metrics', { headers: { Authorization: `Bearer ${METRICS_TOKEN}x` } })).status, 401);
  assert.equal((await h.request('/metrics', { headers: auth })).status, 200);
});

test('/metrics counts requests by route id and status, never by the raw path', async () => {
  await h.request('/api/v1/plans');
  await h.request('/api/v1/plans');
  const statusToken = 'SECRETtokenSECRETtoken12';
  await h.request(`/api/v1/feedback/${statusToken}?lang=en`);
  await h.request('/api/v1/nothing-here');
  await h.request('/healthz');
  const text = await scrape(h);
  assert.equal(
    sample(text, 'hapur_http_request_duration_seconds_count{route="listPlans",method="GET",status="200"}'),
    2,
  );
  assert.equal(
    sample(text, 'hapur_http_request_duration_seconds_count{route="getFeedbackStatus",method="GET",status="404"}'),
    1,
  );
  assert.equal(sample(text, 'hapur_http_request_duration_seconds_count{route="other",method="GET",status="404"}'), 1);
  assert.equal(sample(text, 'hapur_http_request_duration_seconds_count{route="healthz",method="GET",status="200"}'), 1);
  assert.ok(
    (sample(
      text,
      'hapur_http_request_duration_seconds_bucket{le="+Inf",route="listPlans",method="GET",status="200"}',
    ) ?? 0) === 2,
    'latency histogram per route',
  );
  assert.ok(!text.includes(statusToken), 'no status token in a label');
  assert.ok(!text.includes('/api/v1'), 'no raw paths');
});

test('/metrics shows submissions received, answered and overdue by institution, from the database', async () => {
  const started = h.clock.now;
  try {
    const receipts = [];
    for (const key of ['m-1', 'm-2', 'm-3']) {
      const res = await post(h, '/api/v1/feedback', feedback, { 'Idempotency-Key': key });
      assert.equal(res.status, 201);
      receipts.push(FeedbackReceiptSchema.parse(await res.json()));
    }
    // A retry of the same submission is not a new one.
    assert.equal((await post(h, '/api/v1/feedback', feedback, { 'Idempotency-Key': 'm-1' })).status, 201);
    let text = await scrape(h);
    assert.equal(sample(text, 'hapur_submissions_received{institution="xk-test-a"}'), 3);
    assert.equal(sample(text, 'hapur_submissions_answered{institution="xk-test-a"}'), 0);
    assert.equal(sample(text, 'hapur_submissions_overdue{institution="xk-test-a"}'), 0);
    assert.equal(sample(text, 'hapur_database_up'), 1);

    const answered = await post(
      h,
      `/api/v1/feedback/${receipts[0]!.reference}/status`,
      { status: 'answered', response: { body: { values: { en: 'Published in June.' } }, decision: 'accepted' } },
      { Authorization: `Bearer ${staffToken}` },
    );
    assert.equal(answered.status, 200);
    h.clock.now = new Date(started.getTime() + 16 * 86_400_000); // past the 15-day deadline
    text = await scrape(h);
    assert.equal(sample(text, 'hapur_submissions_received{institution="xk-test-a"}'), 3);
    assert.equal(sample(text, 'hapur_submissions_answered{institution="xk-test-a"}'), 1);
    assert.equal(sample(text, 'hapur_submissions_overdue{institution="xk-test-a"}'), 2);
  } finally {
    h.clock.now = started;
  }
});

test('/metrics counts rate-limit refusals', async () => {
  // The first write is let through (its plan is unknown here: a 400), the next two are refused.
  assert.equal((await post(limited, '/api/v1/feedback', feedback, { 'Idempotency-Key': 'r-1' })).status, 400);
  assert.equal((await post(limited, '/api/v1/feedback', feedback, { 'Idempotency-Key': 'r-2' })).status, 429);
  assert.equal((await post(limited, '/api/v1/feedback', feedback, { 'Idempotency-Key': 'r-3' })).status, 429);
  const text = await scrape(limited);
  assert.equal(sample(text, 'hapur_rate_limit_refusals_total'), 2);
  assert.equal(
    sample(text, 'hapur_http_request_duration_seconds_count{route="submitFeedback",method="POST",status="429"}'),
    2,
    'a refused write still carries its route id',
  );
});

test('webhook deliveries and failed database statements are counted', async () => {
  const metrics = new Metrics({ defaultMetrics: false });
  const raw = await openTestPglite();
  const db = countDatabaseErrors(raw, metrics);
  try {
    await assert.rejects(db.query('SELECT * FROM no_such_table'));
    await assert.rejects(db.transaction((tx) => tx.query('SELECT 1/0')));
    await assert.rejects(db.transaction(() => Promise.reject(new Error('not a database error'))));
    metrics.webhookDelivery('delivered');
    metrics.webhookDelivery('delivered');
    metrics.webhookDelivery('failed');
    const { body } = await metrics.render();
    assert.equal(sample(body, 'hapur_database_errors_total'), 2);
    assert.equal(sample(body, 'hapur_webhook_deliveries_total{outcome="delivered"}'), 2);
    assert.equal(sample(body, 'hapur_webhook_deliveries_total{outcome="failed"}'), 1);
  } finally {
    await raw.close();
  }
});

test('HAPUR_METRICS_PORT: a second listener serves /metrics only, with process metrics; the main port has none', async () => {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    handleSignals: false,
    config: {
      dataDir: undefined,
      databaseUrl: undefined,
      metricsPort: 0,
      metricsHost: '127.0.0.1',
      logLevel: 'silent',
    },
  });
  try {
    assert.match(server.metricsUrl ?? '', /^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    await fetch(`${server.url}/api/v1/services`);
    const res = await fetch(server.metricsUrl!);
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.match(text, /^hapur_process_cpu_seconds_total /m);
    assert.match(
      text,
      /^hapur_http_request_duration_seconds_count\{route="listServices",method="GET",status="200"\} 1$/m,
    );
    assert.equal((await fetch(server.metricsUrl!.replace('/metrics', '/api/v1/plans'))).status, 404);
    assert.equal((await fetch(`${server.url}/metrics`)).status, 404, 'not on the public port');
  } finally {
    await server.close();
  }
});
