import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeIssueInEnglish } from '../i18n/in-english.js';
import { PERIOD_PATTERN, PeriodSchema, formatPeriod, parsePeriod, periodOf, periodRange } from './period.js';
import { PublicationCheckInputSchema, PublicationCheckSchema, PublicationChecklistSchema } from './publication.js';
import { overallVerdict, summarizeChecks, type CheckVerdicts } from './publication-summary.js';
import { sq } from './fixtures.test-helpers.js';

const req = (id: string, requiredLanguages: string[]) => ({ id, requiredLanguages });
const REQS = [
  req('r1', ['sq', 'sr-Latn']),
  req('r2', ['sq', 'sr-Latn']),
  req('r3', ['sq']),
  req('r4', ['sq']),
  req('r5', ['sq']),
];
const all = (v: 'yes' | 'no') => ({ published: v, complete: v, timely: v, accessible: v });
const CHECKS: CheckVerdicts[] = [
  { requirementId: 'r1', ...all('no'), languages: { sq: { available: 'no' } }, checkedAt: '2026-01-10T00:00:00Z' }, // older: ignored
  {
    requirementId: 'r1',
    ...all('yes'),
    upToDate: 'yes',
    languages: { sq: { available: 'yes' }, 'sr-Latn': { available: 'yes' }, en: { available: 'yes' } },
    checkedAt: '2026-03-10T00:00:00Z',
  },
  {
    requirementId: 'r2',
    published: 'yes',
    complete: 'partial',
    timely: 'no',
    accessible: 'yes',
    languages: { sq: { available: 'yes' }, 'sr-Latn': { available: 'no' } },
  },
  { requirementId: 'r3', ...all('no'), languages: { sq: { available: 'no' } } },
  {
    requirementId: 'r5',
    published: 'not_applicable',
    complete: 'not_applicable',
    timely: 'not_applicable',
    accessible: 'not_applicable',
    languages: {},
  },
];

describe('summarizeChecks (hand-counted fixture: 5 requirements, r4 unchecked, r1 checked twice)', () => {
  const s = summarizeChecks(CHECKS, REQS);
  it('counts requirements and checked requirements', () => {
    assert.equal(s.requirements, 5);
    assert.equal(s.checked, 4);
  });
  it('share met per criterion over assessed checks (partial is not met; n/a and missing left out)', () => {
    assert.deepEqual(s.byCriterion.published, { met: 2, partial: 0, assessed: 3, share: 2 / 3 });
    assert.deepEqual(s.byCriterion.complete, { met: 1, partial: 1, assessed: 3, share: 1 / 3 });
    assert.deepEqual(s.byCriterion.timely, { met: 1, partial: 0, assessed: 3, share: 1 / 3 });
    assert.deepEqual(s.byCriterion.upToDate, { met: 1, partial: 0, assessed: 1, share: 1 });
    assert.deepEqual(s.byCriterion.accessible, { met: 2, partial: 0, assessed: 3, share: 2 / 3 });
  });
  it('share met per language, including a recommended language that was checked', () => {
    assert.deepEqual(s.byLanguage['sq'], { met: 2, partial: 0, assessed: 3, share: 2 / 3 });
    assert.deepEqual(s.byLanguage['sr-Latn'], { met: 1, partial: 0, assessed: 2, share: 1 / 2 });
    assert.deepEqual(s.byLanguage['en'], { met: 1, partial: 0, assessed: 1, share: 1 });
  });
  it('overall verdicts by rule, and the compliant share of judged requirements', () => {
    assert.deepEqual(s.overall, {
      compliant: 1,
      partially_compliant: 1,
      non_compliant: 1,
      not_applicable: 1,
      not_checked: 1,
    });
    assert.equal(s.compliantShare, 1 / 3);
  });
  it('gives null shares, not 0 %, when nothing was assessed', () => {
    const empty = summarizeChecks([], [req('r1', ['sq'])]);
    assert.equal(empty.byCriterion.published.share, null);
    assert.equal(empty.compliantShare, null);
    assert.equal(empty.overall.not_checked, 1);
  });
  it('a missing required language makes a published item partial, never compliant', () => {
    const c: CheckVerdicts = {
      requirementId: 'r1',
      ...all('yes'),
      languages: { sq: { available: 'yes' }, 'sr-Latn': { available: 'no' } },
    };
    assert.equal(overallVerdict(c, req('r1', ['sq', 'sr-Latn'])), 'partially_compliant');
    assert.equal(overallVerdict(c, req('r1', ['sq'])), 'compliant');
  });
});

describe('periods', () => {
  it('parses and formats "2026-Q1"', () => {
    assert.deepEqual(parsePeriod('2026-Q1'), { year: 2026, quarter: 1 });
    for (const bad of ['2026-Q5', '2026-Q0', '2026Q1', ' 2026-Q1', '2026-q1', '26-Q1', '0000-Q1', '1999-Q4', '2100-Q1'])
      assert.equal(parsePeriod(bad), null, bad);
    assert.equal(formatPeriod({ year: 2026, quarter: 4 }), '2026-Q4');
  });
  it('knows the days of a quarter, including leap years', () => {
    assert.deepEqual(periodRange({ year: 2028, quarter: 1 }), { start: '2028-01-01', end: '2028-03-31' });
    assert.deepEqual(periodRange({ year: 2026, quarter: 2 }), { start: '2026-04-01', end: '2026-06-30' });
    assert.equal(periodOf('2026-09-30'), '2026-Q3');
    assert.equal(periodOf('2026-10-01T00:00:00Z'), '2026-Q4');
  });
});

describe('publication check schemas', () => {
  const input = {
    requirementId: 'xk-mf-pr-1',
    institutionId: 'xk-mf',
    period: '2026-Q1',
    checkedBy: { kind: 'self_assessment' },
    published: 'yes',
    url: 'https://mf.rks-gov.net/page/buxheti',
    complete: 'partial',
    timely: 'yes',
    accessible: 'yes',
    languages: { sq: { available: 'yes' }, 'sr-Latn': { available: 'no' } },
    correctiveAction: sq('Publikoni versionin serbisht.'),
    responsibleUnit: sq('Divizioni i Transparencës'),
  };
  it('input has no id, time or overall; those are refused', () => {
    assert.ok(PublicationCheckInputSchema.safeParse(input).success);
    assert.equal(PublicationCheckInputSchema.safeParse({ ...input, overall: 'compliant' }).success, false);
    assert.equal(PublicationCheckInputSchema.safeParse({ ...input, period: '2026-Q5' }).success, false);
    assert.equal(PublicationCheckInputSchema.safeParse({ ...input, published: 'maybe' }).success, false);
  });
  it('a quarter is of a year from 2000 to 2099', () => {
    for (const period of ['0000-Q1', '1999-Q4', '2100-Q1']) {
      const result = PublicationCheckInputSchema.safeParse({ ...input, period });
      assert.equal(result.success, false, period);
      assert.equal(
        describeIssueInEnglish(result.error!.issues[0]!),
        'Enter a quarter of a year from 2000 to 2099, as 2026-Q1.',
      );
    }
    for (const period of ['2000-Q1', '2099-Q4']) assert.ok(PeriodSchema.safeParse(period).success, period);
  });
  it('PeriodSchema writes out the pattern parsePeriod reads (PERIOD_PATTERN), the one rule for a quarter', () => {
    const checks = (PeriodSchema._zod.def.checks ?? []).map((c) =>
      String((c._zod.def as { pattern?: RegExp }).pattern),
    );
    assert.deepEqual(checks, [String(PERIOD_PATTERN)]);
  });
  it('a url is refused with published "no": a document not published has no address', () => {
    const result = PublicationCheckInputSchema.safeParse({ ...input, published: 'no' });
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error!.issues.map((i) => [i.path.join('.'), i.message]),
      [['url', 'url_not_published']],
    );
    const { url: _url, ...withoutUrl } = input;
    assert.ok(PublicationCheckInputSchema.safeParse({ ...withoutUrl, published: 'no' }).success);
    assert.ok(PublicationCheckInputSchema.safeParse({ ...input, published: 'partial' }).success);
  });
  it('a stored check and a checklist carry the derived overall and summary', () => {
    const check = { ...input, id: 'chk-1', checkedAt: '2026-03-31T10:00:00Z', overall: 'partially_compliant' };
    assert.ok(PublicationCheckSchema.safeParse(check).success);
    const requirement = {
      id: 'xk-mf-pr-1',
      code: 'XK-06/L-081',
      country: 'XK',
      appliesTo: { institutionKinds: ['ministry'] },
      category: 'budget',
      title: sq('Buxheti'),
      legalBasis: [],
      frequency: 'annual',
      requiredLanguages: ['sq', 'sr-Latn'],
    };
    const institution = {
      id: 'xk-mf',
      name: sq('Ministria e Financave'),
      kind: 'ministry',
      sector: 'government',
      country: 'XK',
      level: 'central',
    };
    const summary = summarizeChecks([PublicationCheckSchema.parse(check)], [requirement]);
    assert.ok(
      PublicationChecklistSchema.safeParse({
        institution,
        period: '2026-Q1',
        requirements: [requirement],
        checks: [check],
        summary,
      }).success,
    );
  });
});
