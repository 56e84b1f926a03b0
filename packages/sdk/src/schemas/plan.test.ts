import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CommitmentSchema, MilestoneSchema } from './commitment.js';
import { ActionPlanSchema, ActionPlanSummarySchema } from './plan.js';
import { ProgressUpdateInputSchema, ProgressUpdateSchema } from './progress-update.js';
import { sq } from './fixtures.test-helpers.js';

const milestone = {
  id: 'xk-2026-2028-c3-m1',
  number: '3.1',
  title: sq('Hartimi i standardeve'),
  expectedResults: [sq('Standardet e miratuara')],
  due: { text: 'Q2 2026', lang: 'sq', kind: 'quarter', edtf: '2026-34', earliest: '2026-04-01', latest: '2026-06-30' },
  leadInstitutionId: 'xk-aip',
  supportingActors: [{ sector: 'civil_society', name: sq('OSHC-të') }],
  status: 'planned',
  evidence: [],
};
const commitment = {
  id: 'xk-2026-2028-c3',
  number: '3',
  title: sq('Publikimi proaktiv'),
  ogpValues: ['transparency'],
  leadInstitutionId: 'xk-aip',
  supportingActors: [],
  milestones: [milestone],
};
const plan = {
  id: 'xk-2026-2028',
  country: 'XK',
  title: sq('Plani i Veprimit'),
  period: { start: '2026', end: '2028' },
  status: 'adopted',
  sourceLanguage: 'sq',
  commitments: [commitment],
};

describe('plan, commitment and milestone', () => {
  it('accept a real plan milestone: planned, no progress invented', () => {
    assert.ok(ActionPlanSchema.safeParse(plan).success);
    assert.equal(MilestoneSchema.parse(milestone).progressPercent, undefined);
  });
  it('keep status, completion and progress as three separate fields', () => {
    const m = MilestoneSchema.parse({ ...milestone, status: 'delayed', completion: 'limited', progressPercent: 35 });
    assert.deepEqual([m.status, m.completion, m.progressPercent], ['delayed', 'limited', 35]);
    assert.equal(MilestoneSchema.safeParse({ ...milestone, status: 'limited' }).success, false);
    assert.equal(MilestoneSchema.safeParse({ ...milestone, completion: 'delayed' }).success, false);
    assert.equal(MilestoneSchema.safeParse({ ...milestone, progressPercent: 101 }).success, false);
  });
  it('need a parsed due date (kind) and a dotted number', () => {
    assert.equal(MilestoneSchema.safeParse({ ...milestone, due: { text: 'Q2 2026' } }).success, false);
    assert.equal(MilestoneSchema.safeParse({ ...milestone, number: '3-1' }).success, false);
  });
  it('refuse unknown OGP values and bad periods', () => {
    assert.equal(CommitmentSchema.safeParse({ ...commitment, ogpValues: ['openness'] }).success, false);
    assert.equal(ActionPlanSchema.safeParse({ ...plan, period: { start: '26', end: '2028' } }).success, false);
    assert.ok(ActionPlanSchema.safeParse({ ...plan, period: { start: '2020-09', end: '2022-08' } }).success);
  });
  it('a summary carries counts instead of commitments', () => {
    const { commitments: _c, ...rest } = plan;
    assert.ok(ActionPlanSummarySchema.safeParse({ ...rest, counts: { commitments: 5, milestones: 19 } }).success);
    assert.equal(ActionPlanSummarySchema.safeParse(rest).success, false);
  });
});

describe('progress updates', () => {
  const input = { status: 'on_track', progressPercent: 40, narrative: sq('Drafti i parë u përfundua.') };
  it('staff input has no id, time or author, and unknown fields are refused', () => {
    assert.ok(ProgressUpdateInputSchema.safeParse(input).success);
    const r = ProgressUpdateInputSchema.safeParse({ ...input, id: 'x', reportedAt: '2026-01-01T00:00:00Z' });
    assert.equal(r.success, false);
    assert.deepEqual(r.error?.issues.find((i) => i.code === 'unrecognized_keys')?.path, []);
  });
  it('an update must change something', () => {
    const r = ProgressUpdateInputSchema.safeParse({ narrative: sq('Asgjë') });
    assert.equal(r.success, false);
    assert.equal(r.error?.issues[0]?.message, 'nothing_changed');
  });
  it('a completed milestone (or complete completion) with progress under 100 % is refused at progressPercent', () => {
    for (const bad of [
      { status: 'completed', progressPercent: 10 },
      { completion: 'complete', progressPercent: 99 },
    ]) {
      const r = ProgressUpdateInputSchema.safeParse({ ...bad, narrative: sq('Përfunduar') });
      assert.equal(r.success, false, JSON.stringify(bad));
      assert.deepEqual(
        r.error?.issues.map((i) => [i.path.join('.'), i.message]),
        [['progressPercent', 'completed_below_100']],
      );
    }
    for (const good of [
      { status: 'completed' },
      { status: 'completed', progressPercent: 100 },
      { status: 'at_risk', progressPercent: 10 },
      { completion: 'substantial', progressPercent: 60 },
    ])
      assert.ok(ProgressUpdateInputSchema.safeParse({ ...good, narrative: sq('Po') }).success, JSON.stringify(good));
  });
  it('a stored update has its target and time', () => {
    const u = {
      ...input,
      id: 'pu-1',
      planId: 'xk-2026-2028',
      milestoneId: 'xk-2026-2028-c3-m1',
      reportedAt: '2026-04-02T10:00:00Z',
      reportedBy: { institutionId: 'xk-aip' },
      source: 'demonstration',
      evidence: [],
    };
    assert.ok(ProgressUpdateSchema.safeParse(u).success);
  });
});
