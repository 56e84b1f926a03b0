// Two staff acting on one inbox item at the same moment. PGlite runs one transaction at a time, so these pass there
// either way; in the postgres-tests step (read committed, a pool of connections) they fail when `act` checks a row it
// read before its transaction.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema, StaffSubmissionDetailSchema } from '@hapur/sdk';
import type { Harness } from '../testing/harness.js';
import { ARTA, staffHarness } from '../testing/staff-harness.js';

let h: Harness;
let token: string;
before(async () => {
  [h, token] = await staffHarness(ARTA);
});
after(() => h.close());

const post = (path: string, body: unknown) =>
  h.request(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
let keys = 0;
async function submit(): Promise<string> {
  const res = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `same-moment-${++keys}` },
    body: JSON.stringify({
      type: 'proposal',
      subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
      message: 'A proposal of some length.',
      language: 'sq',
    }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return FeedbackReceiptSchema.parse(await res.json()).reference;
}
const history = async (reference: string) =>
  StaffSubmissionDetailSchema.parse(
    await (
      await h.request(`/api/v1/staff/submissions/${reference}`, { headers: { Authorization: `Bearer ${token}` } })
    ).json(),
  ).history.map((e) => e.kind);
const times = <T>(n: number, f: () => Promise<T>) => Promise.all(Array.from({ length: n }, f));

test('four publishes of one comment at the same moment: all answer 200, one "published" entry', async () => {
  const ref = await submit();
  const answers = await times(4, () => post(`/feedback/${ref}/publish`, {}));
  assert.deepEqual(
    answers.map((a) => a.status),
    [200, 200, 200, 200],
  );
  assert.deepEqual(await history(ref), ['received', 'published']);
});

test('four transfers of one item at the same moment: one moves it, the others meet an item no longer theirs', async () => {
  const ref = await submit();
  const note = { values: { sq: 'I kalon ministrisë.' }, source: 'sq' };
  const answers = await times(4, () =>
    post(`/staff/submissions/${ref}/transfer`, { institutionId: 'xk-test-b', note }),
  );
  assert.deepEqual(answers.map((a) => a.status).sort(), [200, 403, 403, 403]);
  const moved = StaffSubmissionDetailSchema.parse(await answers.find((a) => a.status === 200)!.json());
  assert.deepEqual(
    moved.history.map((e) => e.kind),
    ['received', 'transferred'],
  );
});
