import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFlexibleDate } from '../dates/flexible-date.js';
import { DELIVERY_STATUSES, type Milestone } from '../schemas/commitment.js';
import type { ProgressUpdate } from '../schemas/progress-update.js';
import { applyProgress, milestoneTiming } from './plans.js';

const text = (en: string) => ({ values: { en } });

function milestone(due: string, status: Milestone['status'] = 'planned'): Milestone {
  return {
    id: 'xk-m-1',
    number: '1.1',
    title: text('Publish the register'),
    expectedResults: [],
    due: parseFlexibleDate(due),
    supportingActors: [],
    status,
    evidence: [{ kind: 'document', title: text('Plan'), url: 'https://example.org/plan' }],
  };
}

function update(n: number, fields: Partial<ProgressUpdate> = {}): ProgressUpdate {
  return {
    id: `xk-u-${n}`,
    planId: 'xk-plan',
    milestoneId: 'xk-m-1',
    reportedAt: `2026-0${n}-15T09:00:00Z`,
    reportedBy: { institutionId: 'xk-mapl' },
    source: 'self_report',
    narrative: text(`Report ${n}`),
    evidence: [{ kind: 'minutes', title: text(`Minutes ${n}`), url: `https://example.org/${n}` }],
    ...fields,
  };
}

describe('applyProgress', () => {
  it('takes each field from the latest update that states it, keeps every piece of evidence and shows the latest report', () => {
    const m = applyProgress(milestone('Q4 2026'), [
      update(1, { status: 'on_track', progressPercent: 20, completion: 'limited' }),
      update(2, { progressPercent: 60 }),
      update(3, { status: 'delayed' }),
    ]);
    assert.equal(m.status, 'delayed');
    assert.equal(m.progressPercent, 60);
    assert.equal(m.completion, 'limited');
    assert.deepEqual(m.latestUpdate, { id: 'xk-u-3', reportedAt: '2026-03-15T09:00:00Z', narrative: text('Report 3') });
    assert.deepEqual(
      m.evidence.map((e) => e.url),
      ['https://example.org/plan', 'https://example.org/1', 'https://example.org/2', 'https://example.org/3'],
    );
  });

  it('changes nothing without updates and never changes its input', () => {
    const before = milestone('Q4 2026');
    const copy = structuredClone(before);
    assert.deepEqual(applyProgress(before, []), before);
    applyProgress(before, [update(1, { status: 'completed' })]);
    assert.deepEqual(before, copy);
  });

  it('folds a log in one go the same as in two parts (a server page of updates, then the rest)', () => {
    const fields = fc.record(
      {
        status: fc.constantFrom(...DELIVERY_STATUSES),
        progressPercent: fc.integer({ min: 0, max: 100 }),
        completion: fc.constantFrom('no_evidence', 'not_started', 'limited', 'substantial', 'complete' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fields, { maxLength: 9 }), fc.nat(9), (list, cut) => {
        const log = list.map((f, i) => update(i + 1, f));
        const whole = applyProgress(milestone('Q4 2026'), log);
        const parts = applyProgress(applyProgress(milestone('Q4 2026'), log.slice(0, cut)), log.slice(cut));
        assert.deepEqual(parts, whole);
        const last = <K extends keyof ProgressUpdate>(k: K) => log.findLast((u) => u[k] !== undefined)?.[k];
        assert.equal(whole.status, last('status') ?? 'planned');
        assert.equal(whole.progressPercent, last('progressPercent'));
      }),
    );
  });
});

describe('milestoneTiming', () => {
  it('is overdue once the window has closed, due when it closes this quarter, else nothing', () => {
    assert.equal(milestoneTiming(milestone('Q 1 - 2027'), '2027-04-01'), 'overdue');
    assert.equal(milestoneTiming(milestone('Q 1 - 2027'), '2027-03-31'), 'due');
    assert.equal(milestoneTiming(milestone('Q 1 - 2027'), '2027-01-01'), 'due');
    assert.equal(milestoneTiming(milestone('Q 1 - 2027'), '2026-12-31'), undefined);
    assert.equal(milestoneTiming(milestone('Nga fundi i vitit 2027'), '2027-10-01'), 'due');
    assert.equal(milestoneTiming(milestone('Q 1 - 2027'), new Date('2027-04-01T00:30:00Z')), 'overdue');
  });

  it('says "undated" for a date the plan does not let us read, even when delivered', () => {
    assert.equal(milestoneTiming(milestone('Q'), '2027-01-01'), 'undated');
    assert.equal(milestoneTiming(milestone('Q', 'completed'), '2027-01-01'), 'undated');
  });

  it('never flags delivered, withdrawn, cancelled, ongoing or recurring milestones', () => {
    for (const status of ['completed', 'withdrawn', 'cancelled'] as const)
      assert.equal(milestoneTiming(milestone('Q 1 - 2026', status), '2027-01-01'), undefined, status);
    assert.equal(milestoneTiming(milestone('Vazhdon (2026–2028)'), '2029-01-01'), undefined);
    assert.equal(milestoneTiming(milestone('Tremujor, gjatë periudhës 2026–2028'), '2029-01-01'), undefined);
  });
});
