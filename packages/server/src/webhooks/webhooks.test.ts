// Webhooks (issue 16): a local receiver on port 0 gets a signed POST when a submission arrives and when
// one becomes overdue; a failing receiver is retried with backoff; the citizen's request never waits;
// the attempts are listed at GET /staff/webhook-deliveries.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FeedbackReceiptSchema, WebhookDeliverySchema, WebhookPayloadSchema, listOf } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { createStaffToken } from '../auth/tokens.js';
import { readWebhooks } from '../config.js';
import { WebhookSender, signature } from './sender.js';
import { enqueueDelivery } from './deliveries.js';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';
interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
const received: Received[] = [];
/** What the receiver answers next (a queue; then 200). */
const answers: number[] = [];
let hold: Promise<void> | undefined;
let receiver: Server;
let h: Harness;
let sender: WebhookSender;
let token: string;
let targets: Record<string, { url: string; secret: string }>;

before(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      void (hold ?? Promise.resolve()).then(() => {
        res.statusCode = answers.shift() ?? 200;
        res.end();
      });
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/hapur`;
  const webhooks = { 'xk-test-a': { url, secret: SECRET } };
  targets = webhooks;
  h = await createHarness({ webhooks }, [], (db, now) => {
    sender = new WebhookSender(db, webhooks, undefined, now, { baseDelayMs: 60_000, maxAttempts: 3 });
    return { webhooks: sender };
  });
  await importFile(h.db, fixtureFile(), 'fixture.json');
  token = await createStaffToken(h.db, 'Arta', 'xk-test-a');
});
after(async () => {
  await sender.stop();
  await h.close();
  receiver.close();
});

let keys = 0;
const submit = async (subject: Record<string, string>, institutionId?: string) => {
  const res = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `hook-${++keys}` },
    body: JSON.stringify({ type: 'request', subject, institutionId, message: 'Please fix the light.', language: 'sq' }),
  });
  assert.equal(res.status, 201);
  return FeedbackReceiptSchema.parse(await res.json());
};
const deliveries = async () =>
  listOf(WebhookDeliverySchema).parse(
    await (
      await h.request('/api/v1/staff/webhook-deliveries', { headers: { Authorization: `Bearer ${token}` } })
    ).json(),
  ).items;

test('an arrival: the citizen is answered before the receiver is, then a signed POST with the event', async () => {
  let release!: () => void;
  hold = new Promise((resolve) => (release = resolve));
  const receipt = await submit({ serviceId: 'xk-test-permit' });
  // The receiver has not answered yet, and the citizen already has the receipt.
  release();
  hold = undefined;
  await sender.idle();
  assert.equal(received.length, 1);
  const [{ headers, body }] = received as [Received];
  const payload = WebhookPayloadSchema.parse(JSON.parse(body));
  assert.equal(payload.event, 'submission.received');
  assert.equal(payload.institutionId, 'xk-test-a');
  assert.equal(payload.submission.reference, receipt.reference);
  assert.equal(headers['hapur-event'], 'submission.received');
  const sig = String(headers['hapur-signature']);
  const t = Number(/^t=(\d+),/.exec(sig)?.[1]);
  assert.equal(t, Math.floor(h.clock.now.getTime() / 1000));
  const expected = createHmac('sha256', SECRET).update(`${t}.${body}`).digest('hex');
  assert.equal(sig, `t=${t},v1=${expected}`);
  assert.equal(signature(SECRET, t, body), sig);
  assert.ok(!body.includes('Please fix the light.'), 'the payload names the item; the message stays in the API');
  const [d] = await deliveries();
  assert.deepEqual([d?.state, d?.attempts, d?.lastStatus], ['delivered', 1, 200]);
});

test('a failing receiver is retried with backoff, then marked failed after the last attempt', async () => {
  received.length = 0;
  answers.push(500, 503, 500);
  const receipt = await submit({ topic: 'Roads' }, 'xk-test-a');
  await sender.idle();
  const mine = async () => (await deliveries()).find((d) => d.reference === receipt.reference)!;
  let d = await mine();
  assert.deepEqual([d.state, d.attempts, d.lastStatus, d.lastError], ['pending', 1, 500, 'HTTP 500']);
  assert.equal(new Date(d.nextAttemptAt!).getTime() - new Date(d.lastAttemptAt!).getTime(), 60_000);
  await sender.runOnce();
  assert.equal((await mine()).attempts, 1, 'not retried before its time');
  h.clock.now = new Date(h.clock.now.getTime() + 60_000);
  await sender.runOnce();
  d = await mine();
  assert.deepEqual([d.state, d.attempts, d.lastStatus], ['pending', 2, 503]);
  assert.equal(new Date(d.nextAttemptAt!).getTime() - new Date(d.lastAttemptAt!).getTime(), 120_000);
  h.clock.now = new Date(h.clock.now.getTime() + 120_000);
  await sender.runOnce();
  d = await mine();
  assert.deepEqual([d.state, d.attempts, d.nextAttemptAt], ['failed', 3, undefined]);
  assert.equal(received.length, 3);
  assert.ok(
    received.every((r) => r.body === received[0]!.body),
    'every attempt sends the same bytes',
  );
});

test('an open submission past its deadline: one overdue delivery, once', async () => {
  received.length = 0;
  h.clock.now = new Date(h.clock.now.getTime() + 16 * 86_400_000);
  await sender.runOnce();
  await sender.runOnce();
  const events = received.map((r) => WebhookPayloadSchema.parse(JSON.parse(r.body)));
  const overdue = events.filter((e) => e.event === 'submission.overdue');
  assert.equal(overdue.length, 2, 'both open items of xk-test-a, once each');
  assert.ok(overdue.every((e) => e.submission.respondBy! < h.clock.now.toISOString()));
});

test('two instances on one database: a delivery another sender is attempting is not sent again', async () => {
  received.length = 0;
  let release!: () => void;
  hold = new Promise((resolve) => (release = resolve));
  // The app's sender takes the new delivery and waits for the receiver; a second instance's sender polls meanwhile.
  const receipt = await submit({ topic: 'Water' }, 'xk-test-a');
  const other = new WebhookSender(h.db, targets, undefined, () => h.clock.now, { baseDelayMs: 60_000, maxAttempts: 3 });
  let settled = false;
  const pass = other.runOnce().finally(() => (settled = true));
  while (!settled && received.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
  release();
  hold = undefined;
  await Promise.all([pass, sender.idle()]);
  assert.equal(received.length, 1, 'one POST');
  const d = (await deliveries()).find((x) => x.reference === receipt.reference);
  assert.deepEqual([d?.state, d?.attempts], ['delivered', 1]);
});

test('a transfer is an arrival: the receiving institution’s webhook gets submission.received, forwarded, with its deadline', async () => {
  received.length = 0;
  // Addressed to xk-test-b, which has no webhook: nothing is sent, until it hands the message to xk-test-a.
  const receipt = await submit({ topic: 'Parks' }, 'xk-test-b');
  await sender.idle();
  assert.equal(received.length, 0);
  const staffB = await createStaffToken(h.db, 'Besa', 'xk-test-b');
  const res = await h.request(`/api/v1/staff/submissions/${receipt.reference}/transfer`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${staffB}` },
    body: JSON.stringify({ institutionId: 'xk-test-a', note: { values: { sq: 'Për komunën.' } } }),
  });
  assert.equal(res.status, 200);
  const moved = (await res.json()) as { respondBy?: string };
  await sender.idle();
  assert.equal(received.length, 1);
  const payload = WebhookPayloadSchema.parse(JSON.parse(received[0]!.body));
  assert.deepEqual(
    [payload.event, payload.institutionId, payload.submission.reference, payload.submission.status],
    ['submission.received', 'xk-test-a', receipt.reference, 'forwarded'],
  );
  assert.ok(payload.submission.respondBy && payload.submission.respondBy === moved.respondBy, 'the new deadline');
});

test('another institution sees none of these deliveries; the config refuses a plain-http or short-secret hook', async () => {
  const other = await createStaffToken(h.db, 'Besa', 'xk-test-b');
  const res = await h.request('/api/v1/staff/webhook-deliveries', { headers: { Authorization: `Bearer ${other}` } });
  assert.deepEqual(await res.json(), { items: [] });
  const problems: string[] = [];
  const dir = (await import('../testing/harness.js')).tempDir('hooks-', {
    'hooks.json': JSON.stringify({
      'xk-a': { url: 'http://example.org/x', secret: SECRET },
      'xk-b': { url: 'https://example.org/x', secret: 'short' },
      'xk-c': { url: 'https://example.org/x', secret: SECRET },
    }),
  });
  const ok = readWebhooks('hooks.json', dir, problems);
  assert.deepEqual(Object.keys(ok), ['xk-c']);
  assert.equal(problems.length, 2);
});

test('one delivery per submission, event and institution: each institution a submission reaches hears of it once', async () => {
  const receipt = await submit({ topic: 'Lights' }, 'xk-test-a');
  const { rows } = await h.db.query<{ id: string }>('SELECT id FROM submissions WHERE reference = $1', [
    receipt.reference,
  ]);
  const to = (institutionId: string) => ({
    event: 'submission.received' as const,
    at: h.clock.now.toISOString(),
    institutionId,
    submission: {
      reference: receipt.reference,
      type: 'request' as const,
      status: 'forwarded' as const,
      submittedAt: h.clock.now.toISOString(),
    },
  });
  assert.equal(await enqueueDelivery(h.db, rows[0]!.id, to('xk-test-a')), false, 'xk-test-a heard of it on arrival');
  assert.equal(
    await enqueueDelivery(h.db, rows[0]!.id, to('xk-test-b')),
    true,
    'a transfer to xk-test-b is news there',
  );
  assert.equal(await enqueueDelivery(h.db, rows[0]!.id, to('xk-test-b')), false, 'once');
});
