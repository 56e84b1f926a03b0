import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemDetailsSchema, SelfAssessmentSchema } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile, fixturePlanAs } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { createStaffToken } from '../auth/tokens.js';

// The OGP self-assessment export (issue 17): one row per commitment for a period, JSON and CSV. Runs on
// PGlite and, in the postgres-tests step, on a real Postgres.

let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
  const token = await createStaffToken(h.db, 'Arta (agency A)', 'xk-test-a');
  const res = await h.request('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      status: 'delayed',
      completion: 'limited',
      progressPercent: 30,
      narrative: { values: { sq: 'Vonesë për shkak të prokurimit.' } },
      reportingDate: '2026-02-28',
      evidence: [{ kind: 'report', title: { values: { sq: 'Raporti' } }, url: 'https://example.org/raporti.pdf' }],
    }),
  });
  assert.equal(res.status, 201);
});
after(() => h.close());

const read = async (query = '') => {
  const res = await h.request(`/api/v1/plans/xk-test-plan/self-assessment${query}`);
  assert.equal(res.status, 200);
  return SelfAssessmentSchema.parse(await res.json());
};

test('one row per commitment: lead, completion, narrative only in the languages written, evidence (no auth: public)', async () => {
  const sa = await read();
  assert.deepEqual(sa.period, { from: '2026-01-01', to: '2026-03-02' }, "the plan's start to today");
  assert.deepEqual(
    sa.rows.map((r) => [r.commitmentNumber, r.leadInstitutionId, r.completion, r.progressPercent]),
    [
      ['1', 'xk-test-a', 'limited', 15],
      ['2', 'xk-test-b', 'no_evidence', 0],
    ],
  );
  const [one, two] = sa.rows;
  assert.equal(one!.leadInstitutionName?.values.en, 'Agency A');
  assert.deepEqual(one!.narrative, { values: { sq: '1.1 (2026-02-28): Vonesë për shkak të prokurimit.' } });
  assert.deepEqual(one!.evidence, [
    { milestoneNumber: '1.1', title: { values: { sq: 'Raporti' } }, url: 'https://example.org/raporti.pdf' },
  ]);
  assert.deepEqual([one!.milestonesCompleted, one!.milestonesTotal], [0, 2]);
  assert.deepEqual(two!.narrative, { values: {} });
});

test('a period before the report: no narrative, no evidence, nothing reported yet', async () => {
  const sa = await read('?from=2026-01-01&to=2026-02-27');
  assert.equal(sa.rows[0]!.completion, 'no_evidence');
  assert.deepEqual(sa.rows[0]!.narrative, { values: {} });
  assert.deepEqual(sa.rows[0]!.evidence, []);
  // A period after it: the state on its last day counts, the narrative of the period only.
  const later = await read('?from=2026-03-01&to=2026-03-02');
  assert.equal(later.rows[0]!.completion, 'limited');
  assert.deepEqual(later.rows[0]!.narrative, { values: {} });
});

test('CSV: documented columns, a column per language written, one row per commitment', async () => {
  const res = await h.request('/api/v1/plans/xk-test-plan/self-assessment.csv?from=2026-01-01&to=2026-03-02');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  assert.match(res.headers.get('content-disposition') ?? '', /xk-test-plan-self-assessment-2026-01-01-2026-03-02\.csv/);
  const lines = (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  assert.equal(
    lines[0],
    [
      'plan.id',
      'period.from',
      'period.to',
      'commitment.number',
      'commitment.title.en',
      'commitment.title.sq',
      'commitment.title.sr-Latn',
      'leadInstitution.id',
      'leadInstitution.name.en',
      'leadInstitution.name.sq',
      'leadInstitution.name.sr-Latn',
      'completion',
      'progressPercent',
      'milestones.completed',
      'milestones.total',
      'narrative.sq',
      'evidence',
      'lastReportedAt',
    ].join(','),
  );
  assert.equal(lines.length, 3);
  assert.match(lines[1]!, /^xk-test-plan,2026-01-01,2026-03-02,1,"Commitment one, ""quoted"", with comma",/);
  assert.match(
    lines[1]!,
    /,limited,15,0,2,1\.1 \(2026-02-28\): Vonesë për shkak të prokurimit\.,1\.1: Raporti <https:\/\/example\.org\/raporti\.pdf>,2026-03-02T09:00:00\.000Z$/,
  );
});

test('a period that ends before it starts is a 400; an unknown plan a 404', async () => {
  const bad = await h.request('/api/v1/plans/xk-test-plan/self-assessment?from=2026-03-01&to=2026-02-01');
  assert.equal(bad.status, 400);
  assert.equal(ProblemDetailsSchema.parse(await bad.json()).code, 'invalid_query');
  const notDate = await h.request('/api/v1/plans/xk-test-plan/self-assessment.csv?to=2026-02-30');
  assert.equal(notDate.status, 400);
  assert.equal((await h.request('/api/v1/plans/nope/self-assessment')).status, 404);
});

test('a from or to after today is a 400 saying so, as the default period ends today at the latest', async () => {
  const future = await h.request('/api/v1/plans/xk-test-plan/self-assessment?to=2099-12-31');
  assert.equal(future.status, 400);
  const problem = ProblemDetailsSchema.parse(await future.json());
  assert.equal(problem.code, 'invalid_query');
  assert.deepEqual(
    problem.errors?.map((e) => [e.path, e.code, e.message]),
    [
      [
        'to',
        'after_today',
        'The period cannot end after today (2026-03-02): a self-assessment reports what has happened. Leave "to" out to end today.',
      ],
    ],
  );
  const both = await h.request('/api/v1/plans/xk-test-plan/self-assessment.csv?from=2026-03-03&to=2026-04-01');
  assert.equal(both.status, 400);
  assert.deepEqual(
    ProblemDetailsSchema.parse(await both.json()).errors?.map((e) => e.path),
    ['from', 'to'],
  );
  const todayOk = await h.request('/api/v1/plans/xk-test-plan/self-assessment?to=2026-03-02');
  assert.equal(todayOk.status, 200, 'today itself is in');
});

test('a plan that has not started yet: the default period is its first day, nothing reported (not a 400)', async () => {
  const plans = [fixturePlanAs('xk-next-plan', { start: '2027-01', end: '2030-06' })];
  await importFile(
    h.db,
    { ...fixtureFile(), institutions: [], services: [], publicationRequirements: [], plans },
    'next.json',
  );
  for (const path of ['self-assessment', 'self-assessment.csv']) {
    const res = await h.request(`/api/v1/plans/xk-next-plan/${path}`);
    assert.equal(res.status, 200, path);
  }
  const res = await h.request('/api/v1/plans/xk-next-plan/self-assessment');
  const sa = SelfAssessmentSchema.parse(await res.json());
  assert.deepEqual(sa.period, { from: '2027-01-01', to: '2027-01-01' });
  assert.deepEqual(
    sa.rows.map((r) => r.completion),
    ['no_evidence', 'no_evidence'],
  );
});

test("a period up to the reader's today is answered just after their midnight east of UTC; tomorrow everywhere is a 400", async () => {
  const was = h.clock.now;
  // 23:30 UTC on 5 March is 00:30 on 6 March in Prishtina: their today is the 6th.
  h.clock.now = new Date('2026-03-05T23:30:00Z');
  try {
    assert.equal((await read('?to=2026-03-06')).period.to, '2026-03-06');
    const tomorrow = await h.request('/api/v1/plans/xk-test-plan/self-assessment?to=2026-03-07');
    assert.equal(tomorrow.status, 400);
    assert.deepEqual(
      ProblemDetailsSchema.parse(await tomorrow.json()).errors?.map((e) => e.code),
      ['after_today'],
    );
  } finally {
    h.clock.now = was;
  }
});
