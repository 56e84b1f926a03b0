import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ActionPlanDetailSchema, ParticipationStatsSchema, PublishedCommentSchema, pageOf } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';

// Submissions imported from a `provenance.kind: "demonstration"` file are flagged wherever they are counted or shown.
let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
  await importFile(
    h.db,
    {
      format: 'hapur/v1',
      provenance: { kind: 'demonstration', source: 'server test' },
      submissions: [
        {
          reference: 'HAP-2026-000101',
          type: 'feedback',
          subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
          institutionId: 'xk-test-a',
          message: 'A demonstration comment on commitment one.',
          language: 'en',
          submittedAt: '2026-02-01T10:00:00Z',
          status: 'received',
          history: [{ status: 'received', at: '2026-02-01T10:00:00Z' }],
          published: true,
          publishedAt: '2026-02-02T10:00:00Z',
        },
      ],
    },
    'demo-submissions.json',
  );
});
after(() => h.close());

const json = async (path: string) => {
  const res = await h.request(path);
  assert.equal(res.status, 200, `${path} → ${res.status}`);
  return res.json() as Promise<unknown>;
};

test('a published demonstration submission is listed with demonstration: true', async () => {
  const page = pageOf(PublishedCommentSchema).parse(await json('/api/v1/plans/xk-test-plan/commitments/1/comments'));
  assert.equal(page.total, 1);
  assert.equal(page.items[0]?.reference, 'HAP-2026-000101');
  assert.equal(page.items[0]?.demonstration, true);
});

test('participation stats say when demonstration submissions are counted, and only then', async () => {
  const withDemo = ParticipationStatsSchema.parse(await json('/api/v1/participation/stats?institution=xk-test-a'));
  assert.equal(withDemo.total, 1);
  assert.equal(withDemo.demonstration, true);
  const without = ParticipationStatsSchema.parse(await json('/api/v1/participation/stats?institution=xk-test-b'));
  assert.equal(without.total, 0);
  assert.equal(without.demonstration, false);
});

test('a plan imported from a demonstration file says so (dataNotes.demonstrationPlan); a real one does not', async () => {
  const [plan] = fixtureFile().plans!;
  await importFile(
    h.db,
    {
      format: 'hapur/v1',
      provenance: { kind: 'demonstration', source: 'server test' },
      plans: [{ ...plan!, id: 'xk-demo-plan', commitments: [] }],
    },
    'demo-plan.json',
  );
  const demo = ActionPlanDetailSchema.parse(await json('/api/v1/plans/xk-demo-plan'));
  assert.deepEqual(demo.dataNotes, { demonstrationProgress: false, demonstrationPlan: true });
  const real = ActionPlanDetailSchema.parse(await json('/api/v1/plans/xk-test-plan'));
  assert.deepEqual(real.dataNotes, { demonstrationProgress: false });
  // The plan list carries the note too, for a page that lists plans.
  const list = (await json('/api/v1/plans')) as { items: { id: string; dataNotes?: unknown }[] };
  assert.deepEqual(list.items.find((p) => p.id === 'xk-demo-plan')?.dataNotes, demo.dataNotes);
});
