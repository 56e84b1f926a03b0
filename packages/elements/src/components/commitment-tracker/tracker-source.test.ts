import { expect } from '@open-wc/testing';
import { SYNTHETIC_INSTITUTIONS, syntheticPlan } from './synthetic-plan.js';
import { KOSOVO_PROGRESS_URL, KOSOVO_URL, loadJson } from './tracker-test-helpers.js';
import { readTrackerDocuments, trackerDataFrom } from './tracker-source.js';

describe('tracker data sources', () => {
  it('merges the Kosovo plan file with its demonstration progress and marks it as demonstration', async () => {
    const [plan, progress] = await Promise.all([loadJson(KOSOVO_URL), loadJson(KOSOVO_PROGRESS_URL)]);
    const data = trackerDataFrom([plan, progress], 'xk-2026-2028', 'test');
    expect(data.plan.dataNotes?.demonstrationProgress).to.be.true;
    expect(data.institutions.get('xk-mapl')?.name.values['en']).to.equal('Ministry of Local Government Administration');
    const m31 = data.plan.commitments.find((c) => c.number === '3')?.milestones.find((m) => m.number === '3.1');
    // Two updates on 3.1: the later one (delayed, 75 %) wins; the narrative is the latest one's.
    expect([m31?.status, m31?.progressPercent]).to.deep.equal(['delayed', 75]);
    expect(m31?.latestUpdate).to.not.equal(undefined);
    expect(data.plan.updatedAt).to.match(/^2026-/);
  });

  it('leaves a real plan without progress untouched and without a demonstration note', async () => {
    const data = trackerDataFrom([await loadJson(KOSOVO_URL)], undefined, 'test');
    expect(data.plan.dataNotes).to.equal(undefined);
    expect(
      data.plan.commitments
        .flatMap((c) => c.milestones)
        .every((m) => m.status === 'planned' && m.progressPercent === undefined),
    ).to.be.true;
  });

  it('reads a bare ActionPlan (API or static export) and parses due dates given only as written', async () => {
    const plan = syntheticPlan(1, 1);
    const raw = JSON.parse(JSON.stringify(plan)) as { commitments: { milestones: { due: unknown }[] }[] };
    raw.commitments[0]!.milestones[0]!.due = { text: 'Q 1 - 2027', lang: 'sq' };
    const data = await readTrackerDocuments([raw], undefined, 'test');
    expect(data.plan.commitments[0]?.milestones[0]?.due).to.deep.include({
      kind: 'quarter',
      earliest: '2027-01-01',
      latest: '2027-03-31',
    });
  });

  it("names institutions from a static-export plan's own `institutions`, kept out of the plan itself", () => {
    const plan = { ...syntheticPlan(2, 1), institutions: SYNTHETIC_INSTITUTIONS };
    const data = trackerDataFrom([JSON.parse(JSON.stringify(plan))], undefined, 'plans/xx.json');
    const lead = data.plan.commitments[0]?.leadInstitutionId ?? '';
    expect(data.institutions.get(lead)?.name).to.deep.equal(SYNTHETIC_INSTITUTIONS.find((i) => i.id === lead)?.name);
    expect('institutions' in data.plan).to.be.false;
  });

  it('says "not found" when the file has no plan with the plan-id asked for, instead of showing another plan', async () => {
    const file = await loadJson(KOSOVO_URL);
    expect(() => trackerDataFrom([file], 'xk-2030-2032', 'plans.json'))
      .to.throw()
      .with.property('name', 'NotFoundError');
  });

  it('refuses data that does not match the schema with the SDK error, not a half-shown plan', () => {
    expect(() => trackerDataFrom([{ id: 'x' }], undefined, 'inline'))
      .to.throw()
      .with.property('name', 'ResponseShapeError');
    expect(() => trackerDataFrom([{ format: 'hapur/v1', plans: [] }], undefined, 'file'))
      .to.throw()
      .with.property('name', 'NotFoundError');
  });
});
