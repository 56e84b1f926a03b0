import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ActionPlanDetailSchema, ParticipationStatsSchema, PublishedCommentSchema, pageOf } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { readTable } from '../spreadsheet/files.js';
import { importSpreadsheet } from '../spreadsheet/import.js';

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

test('a plan export says on every row when the plan or its progress is invented, and reads back without it', async () => {
  const [plan] = fixtureFile().plans!;
  await importFile(
    h.db,
    {
      format: 'hapur/v1',
      provenance: { kind: 'demonstration', source: 'server test' },
      plans: [{ ...plan!, id: 'xk-demo-csv' }],
    },
    'demo-csv.json',
  );
  const csv = async (id: string) => {
    const res = await h.request(`/api/v1/plans/${id}/export.csv`);
    assert.equal(res.status, 200);
    const text = await res.text();
    return { text, ...(await readTable(Buffer.from(text), 'csv')) };
  };
  const demo = await csv('xk-demo-csv');
  const planAt = demo.header.indexOf('plan.dataNotes.demonstrationPlan');
  const progressAt = demo.header.indexOf('plan.dataNotes.demonstrationProgress');
  assert.ok(planAt > 0 && progressAt > 0, demo.header.join());
  assert.ok(demo.rows.length > 1);
  for (const row of demo.rows) {
    assert.equal(row.cells[planAt], 'true');
    assert.equal(row.cells[progressAt], 'false');
  }
  // A real plan with real progress: no such columns, so its sheet is as it always was.
  const real = await csv('xk-test-plan');
  assert.ok(!real.header.some((c) => c.startsWith('plan.dataNotes.')), real.header.join());
  // The columns are shown, never read: the exported sheet imports again as it is, and says the same after.
  await importSpreadsheet(h.db, Buffer.from(demo.text), 'demo-csv.csv', 'csv', { provenance: 'demonstration' });
  assert.deepEqual((await csv('xk-demo-csv')).rows, demo.rows);
});
