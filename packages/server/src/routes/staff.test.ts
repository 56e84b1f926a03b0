import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ActionPlanSchema,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  ParticipationStatsSchema,
  ProblemDetailsSchema,
  PublicationChecklistSchema,
  PublishedCommentSchema,
  pageOf,
} from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { createStaffToken } from '../auth/tokens.js';

let h: Harness;
let tokenA: string;
let tokenB: string;
before(async () => {
  h = await createHarness({ defaultInstitutionId: 'xk-test-b' });
  await importFile(h.db, fixtureFile(), 'fixture.json');
  tokenA = await createStaffToken(h.db, 'Agency A editor', 'xk-test-a');
  tokenB = await createStaffToken(h.db, 'Ministry B editor', 'xk-test-b');
});
after(() => h.close());

const send = (path: string, token: string | undefined, payload: unknown, headers: Record<string, string> = {}) =>
  h.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(payload),
  });
const submit = async (key: string, commitmentNumber = '1') =>
  FeedbackReceiptSchema.parse(
    await (
      await send(
        '/api/v1/feedback',
        undefined,
        {
          type: 'feedback',
          subject: { planId: 'xk-test-plan', commitmentNumber },
          message: 'The register should be searchable.',
          language: 'en',
        },
        { 'Idempotency-Key': key },
      )
    ).json(),
  );
const text = (en: string) => ({ values: { en } });

test('tokens are stored hashed; no token → 401, bad token → 401', async () => {
  const { rows } = await h.db.query<{ token_hash: string }>('SELECT token_hash FROM staff_tokens');
  assert.ok(rows.every((r) => !r.token_hash.includes(tokenA) && r.token_hash.length === 64));
  const none = await send('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', undefined, {
    status: 'on_track',
    narrative: text('x'),
  });
  assert.equal(none.status, 401);
  assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
  const bad = await send('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', 'hapur_wrong', {
    status: 'on_track',
    narrative: text('x'),
  });
  assert.equal(ProblemDetailsSchema.parse(await bad.json()).code, 'unauthorized');
});

test('progress: the lead institution records it and the plan shows it; another institution → 403', async () => {
  const path = '/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress';
  const forbidden = await send(path, tokenB, { status: 'delayed', narrative: text('Not ours') });
  assert.equal(forbidden.status, 403);
  const ok = await send(path, tokenA, {
    status: 'at_risk',
    progressPercent: 40,
    narrative: text('Procurement delayed'),
  });
  assert.equal(ok.status, 201);
  const plan = ActionPlanSchema.parse(await (await h.request('/api/v1/plans/xk-test-plan')).json());
  const m = plan.commitments[0]?.milestones[0];
  assert.equal(m?.status, 'at_risk');
  assert.equal(m?.progressPercent, 40);
  assert.equal(plan.dataNotes?.demonstrationProgress, false, 'staff-reported progress is real');
  const nothing = await send(path, tokenA, { narrative: text('No change') });
  assert.equal(nothing.status, 400);
  // "Completed" at 10 % is two answers at once: refused at the field, and the plan keeps what it showed.
  const contradictory = await send(path, tokenA, { status: 'completed', progressPercent: 10, narrative: text('Done') });
  assert.equal(contradictory.status, 400);
  const body = (await contradictory.json()) as { errors: { path: string; message: string }[] };
  assert.deepEqual(
    body.errors.map(({ path, message }) => ({ path, message })),
    [
      {
        path: 'progressPercent',
        message:
          'A milestone reported "completed" (or "complete") is at 100: send 100, or leave "progressPercent" out.',
      },
    ],
  );
  const after = ActionPlanSchema.parse(await (await h.request('/api/v1/plans/xk-test-plan')).json());
  assert.deepEqual(
    [after.commitments[0]?.milestones[0]?.status, after.commitments[0]?.milestones[0]?.progressPercent],
    ['at_risk', 40],
  );
  assert.equal(
    (
      await send('/api/v1/plans/xk-test-plan/milestones/nope/progress', tokenA, {
        status: 'on_track',
        narrative: text('x'),
      })
    ).status,
    404,
  );
});

test('status change with official response shows in the public status; other institution → 403', async () => {
  const receipt = await submit('s-1');
  const path = `/api/v1/feedback/${receipt.reference}/status`;
  assert.equal((await send(path, tokenB, { status: 'in_review' })).status, 403);
  assert.equal((await send(path, tokenA, { status: 'in_review', note: text('We are looking at it') })).status, 200);
  const answered = await send(path, tokenA, {
    status: 'answered',
    response: {
      body: text('The register will be searchable in June.'),
      decision: 'accepted',
      appealInfo: text('Complain to the AIP within 15 days.'),
    },
  });
  assert.equal(answered.status, 200);
  const status = FeedbackStatusSchema.parse(await (await h.request(`/api/v1/feedback/${receipt.statusToken}`)).json());
  assert.deepEqual(
    status.history.map((e) => e.status),
    ['received', 'in_review', 'answered'],
  );
  assert.deepEqual(status.history[1]?.note, text('We are looking at it'));
  assert.equal(status.status, 'answered');
  assert.equal(status.response?.decision, 'accepted');
  const closed = await h.db.query<{ closed_at: unknown }>('SELECT closed_at FROM submissions WHERE reference = $1', [
    receipt.reference,
  ]);
  assert.ok(closed.rows[0]?.closed_at, 'an answered submission is closed (starts the contact retention clock)');
});

test('comments: only published ones are listed, without contact details, paged', async () => {
  const a = await submit('c-1');
  await submit('c-2');
  const list = async () =>
    pageOf(PublishedCommentSchema).parse(
      await (await h.request('/api/v1/plans/xk-test-plan/commitments/1/comments?pageSize=1')).json(),
    );
  const before = await list();
  assert.equal(before.total, 0);
  assert.equal((await send(`/api/v1/feedback/${a.reference}/publish`, tokenB, {})).status, 403);
  assert.equal((await send(`/api/v1/feedback/${a.reference}/publish`, tokenA, {})).status, 200);
  const after = await list();
  assert.equal(after.total, 1);
  assert.equal(after.items[0]?.reference, a.reference);
  assert.equal(after.items[0]?.demonstration, false, 'a comment a person sent is not demonstration data');
  assert.equal(after.pageSize, 1);
  assert.equal((await h.request('/api/v1/plans/xk-test-plan/commitments/1/comments?pageSize=500')).status, 400);
});

test('participation stats count by type and status, answered-within-deadline share and median days', async () => {
  const stats = ParticipationStatsSchema.parse(
    await (await h.request('/api/v1/participation/stats?institution=xk-test-a')).json(),
  );
  assert.equal(stats.total, 3);
  assert.equal(stats.byType.feedback, 3);
  assert.equal(stats.byStatus.answered, 1);
  assert.equal(stats.answeredWithinDeadlineShare, 1);
  assert.equal(stats.medianResponseDays, 0);
  assert.equal(stats.demonstration, false, 'submissions sent through the API are real');
  const none = ParticipationStatsSchema.parse(
    await (await h.request('/api/v1/participation/stats?institution=xk-test-b')).json(),
  );
  assert.equal(none.total, 0);
  assert.equal(none.answeredWithinDeadlineShare, null);
  assert.equal((await h.request('/api/v1/participation/stats?from=2026-13-01')).status, 400);
  const later = ParticipationStatsSchema.parse(
    await (await h.request('/api/v1/participation/stats?from=2026-04-01')).json(),
  );
  assert.equal(later.total, 0);
});

/** Ministry B's check of the fixture's one requirement, for 2026-Q1. */
const CHECK = {
  requirementId: 'xk-test-pr-1',
  institutionId: 'xk-test-b',
  period: '2026-Q1',
  checkedBy: { kind: 'self_assessment' },
  published: 'yes',
  complete: 'yes',
  timely: 'partial',
  accessible: 'yes',
  languages: { sq: { available: 'yes' }, 'sr-Latn': { available: 'no' } },
};

test('publication checks: staff record their own institution only; checklist and periods summarise them', async () => {
  const check = CHECK;
  const other = await send('/api/v1/publication-checks', tokenA, check);
  assert.equal(other.status, 403);
  assert.equal(
    ProblemDetailsSchema.parse(await other.json()).detail,
    'Your token belongs to xk-test-a; the publication checks of xk-test-b are for xk-test-b to record.',
  );
  for (const period of ['0000-Q1', '1999-Q1', '2100-Q1']) {
    const refused = await send('/api/v1/publication-checks', tokenB, { ...check, period });
    assert.equal(refused.status, 400, period);
    assert.deepEqual(
      ProblemDetailsSchema.parse(await refused.json()).errors?.map((e) => [e.path, e.message]),
      [['period', 'Enter a quarter of a year from 2000 to 2099, as 2026-Q1.']],
    );
  }
  const notPublished = await send('/api/v1/publication-checks', tokenB, {
    ...check,
    published: 'no',
    url: 'https://example.org/budget',
  });
  assert.equal(notPublished.status, 400);
  assert.deepEqual(
    ProblemDetailsSchema.parse(await notPublished.json()).errors?.map((e) => [e.path, e.code, e.message]),
    [['url', 'custom', 'Leave the url out when "published" is "no": a document that is not published has no address.']],
  );
  const ok = await send('/api/v1/publication-checks', tokenB, check);
  assert.equal(ok.status, 201);
  assert.equal(((await ok.json()) as { overall: string }).overall, 'partially_compliant');
  const list = PublicationChecklistSchema.parse(
    await (await h.request('/api/v1/publication-checklists/xk-test-b?period=2026-Q1')).json(),
  );
  assert.equal(list.requirements.length, 1);
  assert.equal(list.checks.length, 1);
  assert.equal(list.summary.overall.partially_compliant, 1);
  const periods = (await (await h.request('/api/v1/publication-checklists/xk-test-b/periods')).json()) as {
    items: { period: string }[];
  };
  assert.deepEqual(
    periods.items.map((p) => p.period),
    ['2026-Q1'],
  );
  assert.equal((await h.request('/api/v1/publication-checklists/xk-test-b?period=2026-Q9')).status, 400);
  assert.equal((await h.request('/api/v1/publication-checklists/xk-test-b?period=1999-Q1')).status, 400);
  assert.equal((await h.request('/api/v1/publication-checklists/nope')).status, 404);
});

test('publication checks: a retry with the same Idempotency-Key records the check once and answers as the first time', async () => {
  const check = { ...CHECK, period: '2025-Q4' };
  const key = { 'Idempotency-Key': 'monitor-check-1' };
  const checksNow = async () =>
    PublicationChecklistSchema.parse(
      await (await h.request('/api/v1/publication-checklists/xk-test-b?period=2025-Q4')).json(),
    ).checks;
  const first = await send('/api/v1/publication-checks', tokenB, check, key);
  assert.equal(first.status, 201);
  // The monitor's answer was lost on the way and the SDK sends the same request again, key and all.
  const again = await send('/api/v1/publication-checks', tokenB, check, key);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
  assert.deepEqual(await again.json(), await first.json());
  assert.equal((await checksNow()).length, 1, 'one check recorded, not two');
  // The same key with another body is refused, and records nothing; a new key records a new check.
  assert.equal((await send('/api/v1/publication-checks', tokenB, { ...check, timely: 'yes' }, key)).status, 422);
  assert.equal((await checksNow()).length, 1);
  const next = await send('/api/v1/publication-checks', tokenB, check, { 'Idempotency-Key': 'monitor-check-2' });
  assert.equal(next.status, 201);
  assert.equal((await checksNow()).length, 2);
});

test('feedback on a free topic goes to the configured default institution, which can answer it', async () => {
  const res = await send(
    '/api/v1/feedback',
    undefined,
    {
      type: 'issue_report',
      subject: { topic: 'Street lights' },
      message: 'The lights on Rruga B are off.',
      language: 'sq',
    },
    { 'Idempotency-Key': 'topic-1' },
  );
  const receipt = FeedbackReceiptSchema.parse(await res.json());
  assert.equal(
    (await send(`/api/v1/feedback/${receipt.reference}/status`, tokenA, { status: 'in_review' })).status,
    403,
  );
  assert.equal(
    (await send(`/api/v1/feedback/${receipt.reference}/status`, tokenB, { status: 'in_review' })).status,
    200,
  );
});
