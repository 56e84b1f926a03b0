import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema, ProblemDetailsSchema, PublishedCommentSchema, pageOf } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile, publicationCheckInput } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { createStaffToken } from './tokens.js';

// Commitment 1 is led by A; its milestone 1.2 by D; the plan is coordinated by C. B leads commitment 2
// and is the institution a citizen names on a comment about commitment 1.
let h: Harness;
const token: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
before(async () => {
  h = await createHarness();
  const file = fixtureFile();
  const institution = (id: string) => ({ ...file.institutions![0]!, id });
  file.institutions!.push(institution('xk-test-c'), institution('xk-test-d'));
  const plan = file.plans![0]!;
  plan.coordinatingInstitutionId = 'xk-test-c';
  plan.commitments[0]!.milestones[1]!.leadInstitutionId = 'xk-test-d';
  await importFile(h.db, file, 'fixture.json');
  for (const id of ['a', 'b', 'c', 'd'] as const) token[id] = await createStaffToken(h.db, id, `xk-test-${id}`);
});
after(() => h.close());

const post = (path: string, bearer: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
  h.request(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
let keys = 0;
const send = async (subject: Record<string, string>, institutionId?: string) =>
  FeedbackReceiptSchema.parse(
    await (
      await post(
        '/api/v1/feedback',
        undefined,
        {
          type: 'feedback',
          subject,
          message: 'A comment about this.',
          language: 'en',
          ...(institutionId ? { institutionId } : {}),
        },
        { 'Idempotency-Key': `resp-${++keys}` },
      )
    ).json(),
  );
const answer = { status: 'answered', response: { body: { values: { en: 'Official answer' } }, decision: 'accepted' } };

test('a comment about a commitment: the institution the citizen named cannot publish, answer or move it', async () => {
  const { reference } = await send({ planId: 'xk-test-plan', commitmentNumber: '1' }, 'xk-test-b');
  const publish = await post(`/api/v1/feedback/${reference}/publish`, token.b, {});
  assert.equal(publish.status, 403);
  assert.equal(ProblemDetailsSchema.parse(await publish.json()).code, 'forbidden');
  assert.equal((await post(`/api/v1/feedback/${reference}/status`, token.b, answer)).status, 403);
  assert.equal((await post(`/api/v1/feedback/${reference}/status`, token.b, { status: 'in_review' })).status, 403);
  const comments = pageOf(PublishedCommentSchema).parse(
    await (await h.request('/api/v1/plans/xk-test-plan/commitments/1/comments')).json(),
  );
  assert.equal(comments.total, 0, 'nothing was published under commitment 1 by B');
});

test("a comment about a commitment: its lead, a milestone's lead and the plan's coordinator moderate it", async () => {
  const { reference } = await send({ planId: 'xk-test-plan', commitmentNumber: '1' }, 'xk-test-b');
  assert.equal((await post(`/api/v1/feedback/${reference}/status`, token.a, { status: 'in_review' })).status, 200);
  assert.equal((await post(`/api/v1/feedback/${reference}/status`, token.d, answer)).status, 200);
  assert.equal((await post(`/api/v1/feedback/${reference}/publish`, token.c, {})).status, 200);
  const comments = pageOf(PublishedCommentSchema).parse(
    await (await h.request('/api/v1/plans/xk-test-plan/commitments/1/comments')).json(),
  );
  assert.deepEqual(
    comments.items.map((x) => [x.reference, x.response?.decision]),
    [[reference, 'accepted']],
  );
});

test("feedback about a service is answered by the service's competent authority, not the one named", async () => {
  const { reference } = await send({ serviceId: 'xk-test-permit' }, 'xk-test-b');
  assert.equal((await post(`/api/v1/feedback/${reference}/status`, token.b, { status: 'in_review' })).status, 403);
  assert.equal((await post(`/api/v1/feedback/${reference}/status`, token.a, { status: 'in_review' })).status, 200);
});

const check = publicationCheckInput;

test('a staff-recorded publication check cannot claim to be a CSO, an oversight body or a machine', async () => {
  for (const kind of ['oversight_body', 'cso', 'automated']) {
    const res = await post('/api/v1/publication-checks', token.b, check({ checkedBy: { kind, name: 'AIP' } }));
    assert.equal(res.status, 400, kind);
    const problem = ProblemDetailsSchema.parse(await res.json());
    assert.deepEqual(
      problem.errors?.map((e) => [e.path, e.code]),
      [['checkedBy.kind', 'not_self_assessment']],
    );
  }
  assert.equal((await post('/api/v1/publication-checks', token.b, check({}))).status, 201);
});

test('a publication check cannot be for a quarter that has not started (the clock is 2026-03-02)', async () => {
  for (const period of ['2026-Q2', '2027-Q1']) {
    const res = await post('/api/v1/publication-checks', token.b, check({ period }));
    assert.equal(res.status, 400, period);
    assert.deepEqual(
      ProblemDetailsSchema.parse(await res.json()).errors?.map((e) => [e.path, e.code]),
      [['period', 'future_period']],
    );
  }
  assert.equal((await post('/api/v1/publication-checks', token.b, check({ period: '2025-Q4' }))).status, 201);
});

test("a quarter has started once its first day is today somewhere: Prishtina's 1 April at 01:30 is still 31 March in UTC", async () => {
  const clock = h.clock.now;
  try {
    // Not before its first day anywhere on Earth (UTC+14 is 1 April from 10:00 UTC on 31 March).
    h.clock.now = new Date('2026-03-31T09:30:00Z');
    assert.equal((await post('/api/v1/publication-checks', token.b, check({ period: '2026-Q2' }))).status, 400);
    h.clock.now = new Date('2026-03-31T23:30:00Z');
    assert.equal((await post('/api/v1/publication-checks', token.b, check({ period: '2026-Q2' }))).status, 201);
  } finally {
    h.clock.now = clock;
  }
});
