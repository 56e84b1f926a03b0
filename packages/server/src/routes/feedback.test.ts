import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema, FeedbackStatusSchema, ProblemDetailsSchema } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { runMaintenance } from '../jobs/maintenance.js';

let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
});
after(() => h.close());

const body = (extra: Record<string, unknown> = {}) => ({
  type: 'proposal',
  subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
  message: 'Please publish the minutes of every meeting.',
  language: 'sq',
  ...extra,
});
const post = (key: string | undefined, payload: unknown) =>
  h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === undefined ? {} : { 'Idempotency-Key': key }) },
    body: JSON.stringify(payload),
  });
const count = async (sql: string, params: unknown[] = []) =>
  (await h.db.query<{ n: number }>(sql, params)).rows[0]?.n ?? -1;

test('POST /feedback → 201 receipt: reference, ≥128-bit status token stored only hashed, respondBy = +15 days', async () => {
  const res = await post('k-first', body());
  assert.equal(res.status, 201);
  const receipt = FeedbackReceiptSchema.parse(await res.json());
  assert.match(receipt.reference, /^XK-2026-\d{8}$/);
  assert.ok(Buffer.from(receipt.statusToken, 'base64url').length >= 16);
  assert.equal(receipt.status, 'received');
  assert.equal(receipt.submittedAt, '2026-03-02T09:00:00.000Z');
  assert.equal(receipt.respondBy, '2026-03-17T09:00:00.000Z');
  const stored = await h.db.query<Record<string, unknown>>('SELECT * FROM submissions WHERE reference = $1', [
    receipt.reference,
  ]);
  assert.ok(!JSON.stringify(stored.rows).includes(receipt.statusToken), 'the token itself is nowhere in the row');
  assert.ok(!JSON.stringify((await h.db.query('SELECT * FROM idempotency_keys')).rows).includes(receipt.statusToken));
  assert.equal(stored.rows[0]?.['institution_id'], 'xk-test-a', 'routed to the commitment lead');
});

test('Idempotency-Key missing → 400; bare or quoted key is the same key; same body replays; different body → 422', async () => {
  const missing = await post(undefined, body());
  assert.equal(missing.status, 400);
  assert.equal(ProblemDetailsSchema.parse(await missing.json()).code, 'idempotency_key_missing');
  const first = await post('abc-123', body());
  const again = await post('"abc-123"', body());
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await again.json(), await first.json());
  assert.equal(first.headers.get('idempotent-replayed'), null);
  const other = await post('abc-123', body({ message: 'A different message entirely.' }));
  assert.equal(other.status, 422);
  assert.equal(ProblemDetailsSchema.parse(await other.json()).code, 'idempotency_key_reused');
});

test('50 concurrent requests with one key create exactly one record and all get the same receipt', async () => {
  const before = await count('SELECT count(*)::int AS n FROM submissions');
  const responses = await Promise.all(
    Array.from({ length: 50 }, () => post('concurrent-key', body({ message: 'Fifty at once, one record.' }))),
  );
  const bodies = await Promise.all(
    responses.map((r) => r.json() as Promise<{ reference: string; statusToken: string }>),
  );
  assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([201]));
  assert.equal(new Set(bodies.map((b) => b.reference)).size, 1);
  assert.equal(new Set(bodies.map((b) => b.statusToken)).size, 1);
  assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 49);
  assert.equal(await count('SELECT count(*)::int AS n FROM submissions'), before + 1);
});

test('validation: unknown fields named, wrong subject, contact without consent → 400 with paths', async () => {
  const unknown = await post(
    'v1',
    body({ colour: 'red', subject: { planId: 'xk-test-plan', commitmentNumber: '1', extra: 1 } }),
  );
  assert.equal(unknown.status, 400);
  const p = ProblemDetailsSchema.parse(await unknown.json());
  assert.deepEqual(p.errors?.map((e) => e.path).sort(), ['colour', 'subject.extra']);
  assert.match(p.detail ?? '', /colour/);
  const noConsent = ProblemDetailsSchema.parse(
    await (await post('v2', body({ contact: { email: 'a@example.org' } }))).json(),
  );
  assert.deepEqual(
    noConsent.errors?.map((e) => e.path),
    ['consent'],
  );
  const noPlan = ProblemDetailsSchema.parse(
    await (await post('v3', body({ subject: { planId: 'nope', commitmentNumber: '1' } }))).json(),
  );
  assert.deepEqual(
    noPlan.errors?.map((e) => e.path),
    ['subject.planId'],
  );
  const notJson = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'v4' },
    body: '{',
  });
  assert.equal(ProblemDetailsSchema.parse(await notJson.json()).code, 'invalid_json');
  const text = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': 'v5' },
    body: '{}',
  });
  assert.equal(text.status, 415);
});

test('GET /feedback/{token}: public status without contact details; unknown token → 404', async () => {
  const res = await post(
    'with-contact',
    body({ consent: true, contact: { name: 'Arta K.', email: 'arta@example.org' } }),
  );
  const receipt = FeedbackReceiptSchema.parse(await res.json());
  const status = await h.request(`/api/v1/feedback/${receipt.statusToken}`);
  assert.equal(status.status, 200);
  // Never stored, by a browser or a shared cache (issue 14: was 'private, no-cache', which a browser may keep).
  assert.equal(status.headers.get('cache-control'), 'no-store');
  const text = await status.text();
  assert.ok(!text.includes('arta@example.org') && !text.includes('Arta'), 'no contact details');
  const parsed = FeedbackStatusSchema.parse(JSON.parse(text));
  assert.equal(parsed.reference, receipt.reference);
  assert.deepEqual(
    parsed.history.map((e) => e.status),
    ['received'],
  );
  assert.equal(parsed.respondBy, receipt.respondBy);
  const contact = await h.db.query<{ contact: unknown }>(
    'SELECT c.contact FROM submission_contacts c JOIN submissions s ON s.id = c.submission_id WHERE s.reference = $1',
    [receipt.reference],
  );
  assert.deepEqual(contact.rows[0]?.contact, { name: 'Arta K.', email: 'arta@example.org' });
  const input = await h.db.query<{ input: Record<string, unknown> }>(
    'SELECT input FROM submissions WHERE reference = $1',
    [receipt.reference],
  );
  assert.equal('contact' in (input.rows[0]?.input ?? {}), false, 'contact kept apart from the submission');
  assert.equal((await h.request('/api/v1/feedback/AAAAAAAAAAAAAAAAAAAAAAAA')).status, 404);
  assert.equal((await h.request('/api/v1/feedback/short')).status, 404);
});

test('honeypot filled → stored, quarantined, and the sender sees an ordinary receipt', async () => {
  const res = await post('bot-1', body({ website: 'http://spam.example' }));
  assert.equal(res.status, 201);
  const { reference } = FeedbackReceiptSchema.parse(await res.json());
  assert.equal(
    await count('SELECT count(*)::int AS n FROM submissions WHERE reference = $1 AND quarantined', [reference]),
    1,
  );
});

test('retention: contact details of closed submissions are deleted after the configured days, open ones kept', async () => {
  const open = FeedbackReceiptSchema.parse(
    await (await post('ret-open', body({ consent: true, contact: { phone: '+383 44 000 000' } }))).json(),
  );
  const closed = FeedbackReceiptSchema.parse(
    await (await post('ret-closed', body({ consent: true, contact: { phone: '+383 44 111 111' } }))).json(),
  );
  await h.db.query(
    `UPDATE submissions SET status = 'answered', closed_at = '2026-03-05T00:00:00Z' WHERE reference = $1`,
    [closed.reference],
  );
  const contacts = (ref: string) =>
    count(
      'SELECT count(*)::int AS n FROM submission_contacts c JOIN submissions s ON s.id = c.submission_id WHERE s.reference = $1',
      [ref],
    );
  const fresh = await runMaintenance(
    h.db,
    { contactRetentionDays: 30, idempotencyRetentionDays: 7 },
    new Date('2026-03-08T00:00:00Z'),
  );
  assert.equal(fresh.idempotencyKeysDeleted, 0, 'keys are kept 7 days');
  await runMaintenance(
    h.db,
    { contactRetentionDays: 30, idempotencyRetentionDays: 7 },
    new Date('2026-03-20T00:00:00Z'),
  );
  assert.equal(await count('SELECT count(*)::int AS n FROM idempotency_keys'), 0, 'keys older than 7 days are dropped');
  assert.equal(await contacts(closed.reference), 1, 'kept within the retention period');
  const r = await runMaintenance(
    h.db,
    { contactRetentionDays: 30, idempotencyRetentionDays: 7 },
    new Date('2026-04-05T00:00:00Z'),
  );
  assert.ok(r.contactsDeleted >= 1);
  assert.equal(await contacts(closed.reference), 0, 'deleted 31 days after closing');
  assert.equal(await contacts(open.reference), 1, 'an open submission keeps its contact');
});

test('POST /feedback → 201 without Location: the only URL of a submission holds its secret status token', async () => {
  const first = await post('k-location', body({ message: 'Where can I follow this proposal?' }));
  assert.equal(first.status, 201);
  const receipt = FeedbackReceiptSchema.parse(await first.json());
  assert.equal(first.headers.get('location'), null);
  assert.ok(![...first.headers.values()].some((v) => v.includes(receipt.statusToken)), 'the token is in no header');
  assert.equal(first.headers.get('cache-control'), 'no-store');
});
