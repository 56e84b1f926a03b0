import { expect } from '@open-wc/testing';
import { checklistFor, loadExampleData } from './fake-api.js';
import {
  criterionRows,
  isGap,
  languageRows,
  latestPeriod,
  previousWithData,
  quarterChanges,
  trend,
} from '../checklist-summary.js';
import { latestChecks } from '../publication-checklist.types.js';

// Expected figures are the hand count in the issue (Q1 compliant/partial/non 2/8/4, …), not recomputed here.
describe('checklist summary (pure)', () => {
  it('counts published yes / partly / no per quarter as hand-counted', async () => {
    const data = await loadExampleData();
    const published = (period: string) =>
      criterionRows(checklistFor(data, period).summary).find((r) => r.key === 'published')!;
    expect(published('2026-Q1')).to.include({ met: 9, partial: 1, notMet: 4, assessed: 14 });
    expect(published('2026-Q2')).to.include({ met: 12, partial: 0, notMet: 2 });
    expect(published('2026-Q3')).to.include({ met: 14, partial: 0, notMet: 0, share: 1 });
  });

  it('counts each language of Q1 as hand-counted, in the order sq, sr-Latn, en', async () => {
    const rows = languageRows(checklistFor(await loadExampleData(), '2026-Q1'));
    expect(rows.map((r) => r.key)).to.deep.equal(['sq', 'sr-Latn', 'en']);
    expect(rows.map((r) => [r.met, r.partial, r.notMet])).to.deep.equal([
      [10, 0, 4],
      [4, 3, 7],
      [2, 0, 12],
    ]);
    expect(rows[0]!.share).to.be.closeTo(10 / 14, 1e-9);
  });

  it('builds the trend across quarters in order, with the overall verdict counts', async () => {
    const data = await loadExampleData();
    const periods = ['2026-Q3', '2026-Q1', '2026-Q2'].map((period) => ({
      period,
      summary: checklistFor(data, period).summary,
    }));
    const points = trend(periods);
    expect(points.map((p) => [p.period, p.compliant, p.partial, p.nonCompliant])).to.deep.equal([
      ['2026-Q1', 2, 8, 4],
      ['2026-Q2', 5, 7, 2],
      ['2026-Q3', 10, 4, 0],
    ]);
    expect(points[0]!.share).to.be.closeTo(2 / 14, 1e-9);
    expect(latestPeriod(periods)).to.equal('2026-Q3');
    expect(previousWithData(periods, '2026-Q3')).to.equal('2026-Q2');
    expect(previousWithData(periods, '2026-Q1')).to.equal(undefined);
  });

  it('lists what changed since the previous quarter', async () => {
    const data = await loadExampleData();
    const changes = quarterChanges(checklistFor(data, '2026-Q2'), checklistFor(data, '2026-Q1'));
    expect(changes.map((c) => `${c.requirementId}:${c.direction}`)).to.deep.equal([
      'xk-mf-pr-1:improved',
      'xk-mf-pr-2:improved',
      'xk-mf-pr-4:improved',
      'xk-mf-pr-12:improved',
      'xk-mf-pr-13:improved',
    ]);
    expect(changes[2]).to.include({ from: 'non_compliant', to: 'partially_compliant' });
    const backwards = quarterChanges(checklistFor(data, '2026-Q1'), checklistFor(data, '2026-Q2'));
    expect(backwards.every((c) => c.direction === 'worsened')).to.equal(true);
    const fromNothing = quarterChanges(checklistFor(data, '2026-Q1'), checklistFor(data, '2025-Q4'));
    expect(fromNothing).to.have.length(14);
    expect(fromNothing.every((c) => c.direction === 'new')).to.equal(true);
  });

  it('takes the latest check per requirement and treats unchecked requirements as gaps', async () => {
    const data = await loadExampleData();
    const q1 = checklistFor(data, '2026-Q1');
    const older = {
      ...q1.checks[0]!,
      id: 'older',
      checkedAt: '2026-01-01T00:00:00Z',
      overall: 'non_compliant' as const,
    };
    const latest = latestChecks([older, ...q1.checks]);
    expect(latest.get(older.requirementId)!.id).to.equal(q1.checks[0]!.id);
    const gaps = q1.requirements.filter((r) => isGap(latest.get(r.id)));
    expect(gaps).to.have.length(12);
    expect(isGap(undefined)).to.equal(true);
  });
});
