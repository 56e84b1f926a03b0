// Idempotency records: once retention has erased a person's contact details, neither a replayed answer nor the
// stored idempotency rows (which backups copy) still hold or confirm them; keys cannot be taken across kinds of
// writer; a repeat answers as the first time even when the first took the item away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema, StaffSubmissionDetailSchema } from '@hapur/sdk';
import type { Harness } from '../testing/harness.js';
import { ARTA, staffHarness } from '../testing/staff-harness.js';
import { runMaintenance } from '../jobs/maintenance.js';
import { canonicalJson, hashText, keyHash, unseal } from '../feedback/idempotency.js';

let h: Harness;
let token: string;
before(async () => {
  [h, token] = await staffHarness(ARTA);
});
after(() => h.close());

const contact = { name: 'Drita Berisha', email: 'drita@example.org', phone: '+383 44 123 456' };
const citizenBody = {
  type: 'proposal',
  message: 'Please publish the bus timetable as open data.',
  language: 'sq',
  subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
  consent: true,
  contact,
};
const send = (path: string, body: unknown, headers: Record<string, string>) =>
  h.request(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const holdsContact = (text: string) => [contact.name, contact.email, contact.phone].some((v) => text.includes(v));

test('after retention erased the contact details, a replayed staff action answers without them and no stored row holds them', async () => {
  const auth = { Authorization: `Bearer ${token}` };
  const receipt = FeedbackReceiptSchema.parse(
    await (await send('/feedback', citizenBody, { 'Idempotency-Key': 'citizen-1' })).json(),
  );
  const ref = receipt.reference;
  const assign = () =>
    send(`/staff/submissions/${ref}/assign`, { assignee: 'Arta Krasniqi' }, { ...auth, 'Idempotency-Key': 'assign-1' });
  const first = StaffSubmissionDetailSchema.parse(await (await assign()).json());
  assert.deepEqual(first.contact, contact, 'staff see the contact details while they are kept');
  const replayedBefore = await assign();
  assert.equal(replayedBefore.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(StaffSubmissionDetailSchema.parse(await replayedBefore.json()), first);

  // The stored replay of the staff action never held the contact details.
  const { rows: ids } = await h.db.query<{ id: string }>('SELECT id::text AS id FROM staff_tokens');
  const staffKey = `staff ${ids[0]!.id} assign-1`;
  const { rows } = await h.db.query<{ response_sealed: string }>(
    'SELECT response_sealed FROM idempotency_keys WHERE key_hash = $1',
    [keyHash(staffKey)],
  );
  assert.equal(holdsContact(unseal(staffKey, rows[0]!.response_sealed)), false);

  // Closed, then erased by retention (0 days kept after closing).
  const closed = await send(`/feedback/${ref}/status`, { status: 'answered' }, auth);
  assert.equal(closed.status, 200, await closed.clone().text());
  const erased = await runMaintenance(
    h.db,
    { contactRetentionDays: 0, idempotencyRetentionDays: 7 },
    new Date(h.clock.now.getTime() + 60_000),
  );
  assert.equal(erased.contactsDeleted, 1);

  const replayed = await assign();
  assert.equal(replayed.status, 200);
  assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
  const text = await replayed.text();
  assert.equal(holdsContact(text), false, text);
  const body = StaffSubmissionDetailSchema.parse(JSON.parse(text));
  assert.equal(body.contact, undefined);
  assert.equal(body.assignee, 'Arta Krasniqi', 'the rest of the first answer is replayed');
});

test("the stored hash of a citizen's request cannot confirm a guess of the contact details it held", async () => {
  const body = { ...citizenBody, message: 'Please publish the council minutes within a week.' };
  const first = await send('/feedback', body, { 'Idempotency-Key': 'citizen-2' });
  assert.equal(first.status, 201);
  const { rows } = await h.db.query<{ request_hash: string }>(
    'SELECT request_hash FROM idempotency_keys WHERE key_hash = $1',
    [keyHash('citizen-2')],
  );
  // Whoever holds the table knows the message (it is in submissions) and can hash a guessed contact with it.
  assert.notEqual(rows[0]!.request_hash, hashText(canonicalJson(body)));
  // The key still does its work: the same body replays, another body under the key is refused.
  const retry = await send('/feedback', body, { 'Idempotency-Key': 'citizen-2' });
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await retry.json(), await first.json());
  const other = await send(
    '/feedback',
    { ...body, contact: { email: 'x@example.org' } },
    { 'Idempotency-Key': 'citizen-2' },
  );
  assert.equal(other.status, 422);
});

test('a request stored before the hash was bound to the key still replays', async () => {
  const body = { ...citizenBody, message: 'Please open the library on Saturdays as well.' };
  const first = await send('/feedback', body, { 'Idempotency-Key': 'citizen-3' });
  await h.db.query('UPDATE idempotency_keys SET request_hash = $2 WHERE key_hash = $1', [
    keyHash('citizen-3'),
    hashText(canonicalJson(body)),
  ]);
  const retry = await send('/feedback', body, { 'Idempotency-Key': 'citizen-3' });
  assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await retry.json(), await first.json());
});

test("a citizen's Idempotency-Key cannot take the key of a staff action", async () => {
  const { rows } = await h.db.query<{ id: string }>('SELECT id::text AS id FROM staff_tokens');
  // The key a staff action of this token with key "shared-1" was stored under before (staff:<token id>:<key>).
  const taken = await send(
    '/feedback',
    { ...citizenBody, message: 'Please light the footpath by the river.' },
    { 'Idempotency-Key': `staff:${rows[0]!.id}:shared-1` },
  );
  assert.equal(taken.status, 201);
  const { reference } = FeedbackReceiptSchema.parse(await taken.json());
  const action = await send(
    `/staff/submissions/${reference}/notes`,
    { text: 'Forwarded to the roads team.' },
    { Authorization: `Bearer ${token}`, 'Idempotency-Key': 'shared-1' },
  );
  assert.equal(action.status, 200, await action.clone().text());
  assert.equal(action.headers.get('idempotent-replayed'), null);
});

test("a repeated transfer answers as the first did, though the item is now the other institution's", async () => {
  const sent = await send(
    '/feedback',
    { ...citizenBody, message: 'Please repair the school roof before winter.' },
    { 'Idempotency-Key': 'citizen-transfer' },
  );
  const { reference } = FeedbackReceiptSchema.parse(await sent.json());
  const transfer = () =>
    send(
      `/staff/submissions/${reference}/transfer`,
      { institutionId: 'xk-test-b', note: { source: 'sq', values: { sq: 'Kjo është për ministrinë.' } } },
      { Authorization: `Bearer ${token}`, 'Idempotency-Key': 'transfer-1' },
    );
  const first = await transfer();
  assert.equal(first.status, 200, await first.clone().text());
  const one = StaffSubmissionDetailSchema.parse(await first.json());
  assert.equal(one.institutionId, 'xk-test-b');
  const again = await transfer();
  assert.equal(again.status, 200, await again.clone().text());
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  const replayed = StaffSubmissionDetailSchema.parse(await again.json());
  const { contact: shown, ...withoutContact } = one;
  assert.deepEqual(shown, contact, "the first answer shows them: the item was the institution's");
  assert.deepEqual(replayed, withoutContact, 'the first answer, without the contact details');
  assert.equal(replayed.history.filter((e) => e.kind === 'transferred').length, 1, 'transferred once');
  // A new action on the item, or the same key with another body, is still refused.
  const other = await send(
    `/staff/submissions/${reference}/transfer`,
    { institutionId: 'xk-test-a', note: { source: 'sq', values: { sq: 'Kthim.' } } },
    { Authorization: `Bearer ${token}`, 'Idempotency-Key': 'transfer-2' },
  );
  assert.equal(other.status, 403);
});
