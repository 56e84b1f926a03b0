import { expect } from '@open-wc/testing';
import { parseFlexibleDate, type Milestone } from '@hapur/sdk';
import { searchFold } from '@hapur/sdk/rules';
import {
  buildRow,
  commitmentStatus,
  institutionName,
  labelFromId,
  milestoneTiming,
  summarizePlan,
} from './tracker-model.js';
import { syntheticPlan } from './synthetic-plan.js';

const m = (status: Milestone['status'], due = 'Q2 2026', extra: Partial<Milestone> = {}): Milestone => ({
  id: `m-${Math.random().toString(36).slice(2, 8)}`,
  number: '1.1',
  title: { values: { en: 'A milestone' } },
  expectedResults: [],
  due: parseFlexibleDate(due, 'sq'),
  supportingActors: [],
  status,
  evidence: [],
  ...extra,
});

describe('tracker model', () => {
  describe('commitmentStatus', () => {
    it('is "not started" when nothing has been reported, however late the calendar says it is', () => {
      expect(commitmentStatus([m('planned', 'Q1 2020'), m('planned', 'Q2 2020')])).to.equal('not_started');
      expect(commitmentStatus([])).to.equal('not_started');
    });

    it('is "in progress" once any milestone reports activity', () => {
      expect(commitmentStatus([m('planned'), m('on_track')])).to.equal('in_progress');
      expect(commitmentStatus([m('planned', 'Q2 2026', { progressPercent: 10 })])).to.equal('in_progress');
      expect(commitmentStatus([m('at_risk'), m('completed')])).to.equal('in_progress');
    });

    it('is "delayed" when a milestone is reported delayed', () => {
      expect(commitmentStatus([m('completed'), m('delayed'), m('on_track')])).to.equal('delayed');
    });

    it('is "complete" when every milestone still in the plan is completed', () => {
      expect(commitmentStatus([m('completed'), m('withdrawn'), m('completed')])).to.equal('complete');
    });

    it('is "withdrawn" when every milestone is withdrawn or cancelled', () => {
      expect(commitmentStatus([m('withdrawn'), m('cancelled')])).to.equal('withdrawn');
    });
  });

  describe('rows', () => {
    it('averages milestone progress, counting completed as 100 and leaving withdrawn ones out', () => {
      const [c] = syntheticPlan(1, 0).commitments;
      const row = buildRow(
        { ...c!, milestones: [m('completed'), m('on_track', 'Q2 2026', { progressPercent: 50 }), m('withdrawn')] },
        new Map(),
      );
      expect(row.percent).to.equal(75);
      expect([row.complete, row.total]).to.deep.equal([1, 2]);
    });

    it('has no progress value when there are no milestones (the Albanian draft)', () => {
      const [c] = syntheticPlan(1, 0).commitments;
      expect(buildRow(c!, new Map()).percent).to.equal(undefined);
    });

    it('builds an accent-free lower-case search key from every language', () => {
      const [c] = syntheticPlan(1, 1).commitments;
      const row = buildRow(c!, new Map());
      expect(row.searchKey)
        .to.contain('synthetic commitment 1')
        .and.contain('zotim sintetik')
        .and.contain('sinteticka obaveza');
      expect(searchFold('Çështje ŠĐŽ')).to.equal('ceshtje sdz');
      expect(searchFold('Građevinska dozvola')).to.equal(searchFold('gradjevinska DOZVOLA'));
    });
  });

  describe('institution names', () => {
    it('uses the name in the reader language, else the acronym from the id, never an invented name', () => {
      const index = new Map([
        [
          'xk-aip',
          {
            id: 'xk-aip',
            name: { values: { sq: 'Agjencia për Informim dhe Privatësi', en: 'Information and Privacy Agency' } },
            kind: 'executive_agency',
            sector: 'government',
            country: 'XK',
            level: 'central',
          } as const,
        ],
      ]);
      expect(institutionName('xk-aip', index, 'en')).to.equal('Information and Privacy Agency');
      expect(institutionName('xk-aip', index, 'sq')).to.equal('Agjencia për Informim dhe Privatësi');
      expect(institutionName('xk-mapl', index, 'en')).to.equal('MAPL');
      expect(labelFromId('xk-example-municipality')).to.equal('xk-example-municipality');
    });
  });

  describe('plan summary and timing', () => {
    it('counts complete, due this quarter, overdue and undated milestones', () => {
      const plan = syntheticPlan(1, 0);
      const commitments = [
        {
          ...plan.commitments[0]!,
          milestones: [
            m('completed', 'Q1 2026'),
            m('on_track', 'Q4 2026'),
            m('planned', 'Q2 2026'),
            m('planned', 'sipas nevojës'),
            m('withdrawn', 'Q1 2026'),
            m('planned', 'Vazhdon (2026–2028)'),
          ],
        },
      ];
      expect(summarizePlan(commitments, '2026-11-23')).to.deep.equal({
        complete: 1,
        total: 5,
        due: 1,
        overdue: 1,
        undated: 1,
      });
    });

    it('never calls a completed, ongoing or recurring milestone overdue', () => {
      expect(milestoneTiming(m('completed', 'Q1 2020'), '2026-11-23')).to.equal(undefined);
      expect(milestoneTiming(m('planned', 'Vazhdon (2020–2021)'), '2026-11-23')).to.equal(undefined);
      expect(milestoneTiming(m('planned', 'Q1 2020'), '2026-11-23')).to.equal('overdue');
    });
  });
});
