import { expect } from '@open-wc/testing';
import { ActionPlanSchema, type ActionPlan } from '@hapur/sdk';
import { buildTimeline, quarterIndex } from './tracker-timeline.js';
import { KOSOVO_URL, loadJson } from './tracker-test-helpers.js';

async function kosovoPlan(): Promise<ActionPlan> {
  const file = (await loadJson(KOSOVO_URL)) as { plans: unknown[] };
  return ActionPlanSchema.parse(file.plans[0]);
}

describe('tracker timeline', () => {
  it('has one column per quarter of the plan period', async () => {
    const plan = await kosovoPlan();
    const timeline = buildTimeline(plan, plan.commitments);
    expect(timeline.columns).to.have.length(12);
    expect(timeline.columns[0]).to.deep.include({ year: 2026, quarter: 1 });
    expect(timeline.columns.at(-1)).to.deep.include({ year: 2028, quarter: 4 });
  });

  it('places or sets apart every milestone of the Kosovo plan, and never guesses an unreadable date', async () => {
    const plan = await kosovoPlan();
    const all = plan.commitments.flatMap((c) => c.milestones);
    const timeline = buildTimeline(plan, plan.commitments);
    expect(timeline.placed.length + timeline.unplaced.length).to.equal(all.length);
    const unspecified = all.filter((m) => m.due.kind === 'unspecified').map((m) => m.number);
    expect(timeline.unplaced.map((u) => u.milestone.number)).to.deep.equal(unspecified);
  });

  it('places deadlines as points in their quarter and recurring or ongoing milestones as spans', async () => {
    const plan = await kosovoPlan();
    const timeline = buildTimeline(plan, plan.commitments);
    const by = (n: string) => timeline.placed.find((p) => p.milestone.number === n);
    const q = (date: string) => quarterIndex(date);
    // 4.2: "Q3 2026 (Korrik 2026)" → July 2026, a point in Q3 2026.
    expect(by('4.2')).to.deep.include({ kind: 'point', start: q('2026-07'), end: q('2026-07') });
    // 5.2: "Vazhdon (2026–2028)" → ongoing over the whole period.
    expect(by('5.2')).to.deep.include({ kind: 'span', start: q('2026-01'), end: q('2028-12') });
    // 2.2: quarterly during 2026–2028 → a span.
    expect(by('2.2')?.kind).to.equal('span');
  });

  it('widens the columns to show a milestone dated outside the plan period', async () => {
    const plan = await kosovoPlan();
    const [first] = plan.commitments;
    const late = {
      ...first!,
      milestones: [
        {
          ...first!.milestones[0]!,
          due: { text: 'Q2 2029', kind: 'quarter' as const, earliest: '2029-04-01', latest: '2029-06-30' },
        },
      ],
    };
    expect(buildTimeline(plan, [late]).columns.at(-1)).to.deep.include({ year: 2029, quarter: 2 });
  });
});
