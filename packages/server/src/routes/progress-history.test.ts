import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ActionPlanDetailSchema, ProblemDetailsSchema, ProgressHistoryEntrySchema, listOf } from '@hapur/sdk';
import type { Harness } from '../testing/harness.js';
import { ARTA, BESA, staffHarness } from '../testing/staff-harness.js';
import { createStaffToken } from '../auth/tokens.js';

let h: Harness;
let tokenA: string;
let tokenB: string;
before(async () => {
  [h, tokenA, tokenB] = await staffHarness(ARTA, BESA);
});
after(() => h.close());

const PATH = '/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress';
const report = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  h.request(PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
const milestoneNow = async () => {
  const plan = ActionPlanDetailSchema.parse(await (await h.request('/api/v1/plans/xk-test-plan')).json());
  return plan.commitments[0]!.milestones.find((m) => m.id === 'xk-test-plan-c1-m1')!;
};

test('a report shows in the tracker at once (the plan cache is invalidated), narrative only in the languages given', async () => {
  assert.equal((await milestoneNow()).status, 'planned', 'read once: the plan is cached');
  const res = await report(tokenA, {
    status: 'delayed',
    completion: 'limited',
    progressPercent: 30,
    narrative: { values: { sq: 'Vonesë për shkak të prokurimit.' } },
    reportingDate: '2026-02-28',
    evidence: [{ kind: 'report', title: { values: { sq: 'Raporti' } }, url: 'https://example.org/raporti.pdf' }],
  });
  assert.equal(res.status, 201);
  const m = await milestoneNow();
  assert.deepEqual([m.status, m.completion, m.progressPercent], ['delayed', 'limited', 30]);
  assert.deepEqual(m.latestUpdate?.narrative, { values: { sq: 'Vonesë për shkak të prokurimit.' } });
  assert.equal(m.evidence.at(-1)?.url, 'https://example.org/raporti.pdf');
});

test('evidence is a link with a title; a reporting date in the future is refused', async () => {
  const noUrl = await report(tokenA, {
    status: 'on_track',
    narrative: { values: { en: 'x' } },
    evidence: [{ kind: 'report', title: { values: { en: 'Minutes' } } }],
  });
  assert.equal(noUrl.status, 400);
  assert.ok(ProblemDetailsSchema.parse(await noUrl.json()).errors?.some((e) => e.path === 'evidence[0].url'));
  const future = await report(tokenA, {
    status: 'on_track',
    narrative: { values: { en: 'x' } },
    reportingDate: '2026-12-31',
  });
  assert.equal(future.status, 422);
  assert.equal(ProblemDetailsSchema.parse(await future.json()).code, 'reporting_date_in_future');
});

test('the reporting history says who, when and what changed; only for those who may report', async () => {
  h.clock.now = new Date('2026-03-05T10:00:00Z');
  const colleague = await createStaffToken(h.db, 'Drita (agency A)', 'xk-test-a');
  const second = { status: 'delayed', progressPercent: 45, narrative: { values: { en: 'Tender signed.' } } };
  assert.equal((await report(colleague, second)).status, 201);
  const read = (token?: string) => h.request(PATH, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  assert.equal((await read()).status, 401);
  assert.equal((await read(tokenB)).status, 403, 'ministry B does not lead this milestone or its commitment');
  const items = listOf(ProgressHistoryEntrySchema).parse(await (await read(tokenA)).json()).items;
  assert.deepEqual(
    items.map((e) => ({ by: e.by, at: e.update.reportedAt, changed: e.changed })),
    [
      {
        by: 'Arta (agency A)',
        at: '2026-03-02T09:00:00.000Z',
        changed: ['status', 'completion', 'progressPercent', 'narrative', 'reportingDate', 'evidence'],
      },
      { by: 'Drita (agency A)', at: '2026-03-05T10:00:00.000Z', changed: ['progressPercent', 'narrative'] },
    ],
  );
});

test('a reporting date before the plan starts is refused (a mistyped year); its first day is accepted', async () => {
  // The plan runs 2026–2028: a report dated in 2025 describes a day the plan did not exist.
  const before = await report(tokenA, {
    status: 'on_track',
    narrative: { values: { en: 'x' } },
    reportingDate: '2025-12-31',
  });
  assert.equal(before.status, 422);
  const problem = ProblemDetailsSchema.parse(await before.json());
  assert.equal(problem.code, 'reporting_date_before_plan');
  assert.match(problem.detail ?? '', /2026-01-01/);
  assert.equal(
    (await report(tokenA, { status: 'on_track', narrative: { values: { en: 'x' } }, reportingDate: '2026-01-01' }))
      .status,
    201,
    'its first day',
  );
});

test("a reporting date that is today on the reporter's clock is accepted before UTC's midnight; tomorrow everywhere is not", async () => {
  // 23:30 UTC on 5 March is 00:30 on 6 March in Prishtina, Tirana and Belgrade (UTC+1): their today is the 6th.
  h.clock.now = new Date('2026-03-05T23:30:00Z');
  const localToday = await report(tokenA, {
    status: 'on_track',
    narrative: { values: { sq: 'Raporti i mesnatës.' } },
    reportingDate: '2026-03-06',
  });
  assert.equal(localToday.status, 201, await localToday.clone().text());
  // The 7th is not yet today anywhere (UTC+14 reads 13:30 on the 6th).
  const tomorrow = await report(tokenA, {
    status: 'on_track',
    narrative: { values: { sq: 'x' } },
    reportingDate: '2026-03-07',
  });
  assert.equal(tomorrow.status, 422);
  assert.equal(ProblemDetailsSchema.parse(await tomorrow.json()).code, 'reporting_date_in_future');
});

test('a retry of a report with the same Idempotency-Key reports once and answers as the first time', async () => {
  const history = async () => {
    const res = await h.request(PATH, { headers: { Authorization: `Bearer ${tokenA}` } });
    return listOf(ProgressHistoryEntrySchema).parse(await res.json()).items.length;
  };
  const before = await history();
  const body = {
    status: 'delayed',
    completion: 'limited',
    progressPercent: 55,
    narrative: { values: { sq: 'Në vazhdim.' } },
  };
  const key = { 'Idempotency-Key': 'report-retry-1' };
  const first = await report(tokenA, body, key);
  assert.equal(first.status, 201);
  const again = await report(tokenA, body, key);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
  assert.deepEqual(await again.json(), await first.json());
  assert.equal(await history(), before + 1, 'one report in the history, not two');
  // Another person's request with the same key is their own: keys are per token.
  const colleague = await createStaffToken(h.db, 'Another editor (agency A)', 'xk-test-a');
  assert.equal((await report(colleague, body, key)).status, 201);
  assert.equal(await history(), before + 2);
});
