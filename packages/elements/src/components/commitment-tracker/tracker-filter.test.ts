import { expect } from '@open-wc/testing';
import { cyrillicToLatin } from '@hapur/sdk';
import { compareNumbers, facets, filterRows, groupByComponent, sortRows } from './tracker-filter.js';
import { buildRows } from './tracker-model.js';
import { SYNTHETIC_INSTITUTIONS, syntheticPlan } from './synthetic-plan.js';

const index = new Map(SYNTHETIC_INSTITUTIONS.map((i) => [i.id, i]));
const rows = buildRows(syntheticPlan(12, 3).commitments, index);
const none = { status: '', institution: '', value: '', q: '' } as const;
const numbers = (list: typeof rows) => list.map((r) => r.commitment.number);

describe('tracker filters and sort', () => {
  it('orders commitment numbers numerically, part by part', () => {
    expect(['10', '2', '1.10', '1.2', '1'].sort(compareNumbers)).to.deep.equal(['1', '1.2', '1.10', '2', '10']);
  });

  it('keeps every row when no filter is set', () => {
    expect(filterRows(rows, none)).to.have.length(12);
  });

  it('filters by lead institution, OGP value and status together', () => {
    const byLead = filterRows(rows, { ...none, institution: 'xx-beta' });
    expect(byLead.length).to.be.greaterThan(0);
    expect(byLead.every((r) => r.leadId === 'xx-beta')).to.be.true;
    const both = filterRows(rows, { ...none, institution: 'xx-beta', value: 'transparency' });
    expect(both.every((r) => r.leadId === 'xx-beta' && r.commitment.ogpValues.includes('transparency'))).to.be.true;
    const status = rows[0]!.status;
    expect(filterRows(rows, { ...none, status }).every((r) => r.status === status)).to.be.true;
  });

  it('searches every word, in any language, without accents', () => {
    expect(numbers(filterRows(rows, { ...none, q: 'Sintetička obaveza 11' }))).to.deep.equal(['11']);
    expect(numbers(filterRows(rows, { ...none, q: 'ZOTIM 7' }))).to.deep.equal(['7']);
    expect(numbers(filterRows(rows, { ...none, q: 'milestone 3.2' }))).to.deep.equal(['3']);
    expect(filterRows(rows, { ...none, q: 'nothing like this' })).to.have.length(0);
  });

  it('finds text in either Serbian script by a query in either, given the transliteration', () => {
    const cyrillic = buildRows(
      [
        {
          ...syntheticPlan(1, 1).commitments[0]!,
          number: '9',
          title: { values: { 'sr-Cyrl': 'Грађевинска дозвола' } },
        },
      ],
      index,
    );
    expect(numbers(filterRows(rows, { ...none, q: 'Синтетичка обавеза 11' }, cyrillicToLatin))).to.deep.equal(['11']);
    expect(numbers(filterRows(cyrillic, { ...none, q: 'gradjevinska dozvola' }, cyrillicToLatin))).to.deep.equal(['9']);
    expect(filterRows(rows, { ...none, q: 'Синтетичка' })).to.have.length(0);
  });

  it('sorts by number, progress both ways and title, without changing its input', () => {
    const shuffled = [...rows].reverse();
    expect(numbers(sortRows(shuffled, 'number', () => '', 'en'))).to.deep.equal(numbers(rows));
    const asc = sortRows(rows, 'progress-asc', () => '', 'en').map((r) => r.percent ?? -1);
    expect(asc).to.deep.equal([...asc].sort((a, b) => a - b));
    const desc = sortRows(rows, 'progress-desc', () => '', 'en').map((r) => r.percent ?? -1);
    expect(desc).to.deep.equal([...desc].sort((a, b) => b - a));
    const byTitle = sortRows(rows, 'title', (r) => (r.commitment.number === '5' ? 'Aaa' : 'Zzz'), 'en');
    expect(byTitle[0]!.commitment.number).to.equal('5');
    expect(numbers(shuffled)[0]).to.equal('12');
  });

  it('offers only the institutions and values that occur in the plan', () => {
    const f = facets(rows);
    expect(f.institutions).to.deep.equal(SYNTHETIC_INSTITUTIONS.map((i) => i.id).sort());
    expect(f.values.length).to.be.greaterThan(0);
  });

  it('groups by thematic component in the plan order, others last', () => {
    const plan = syntheticPlan(4, 0);
    const withComponents = buildRows(
      plan.commitments.map((c, i) => ({ ...c, ...(i < 3 ? { componentId: i === 1 ? 'b' : 'a' } : {}) })),
      index,
    );
    const groups = groupByComponent(withComponents, [{ id: 'b' }, { id: 'a' }, { id: 'empty' }]);
    expect(groups.map((g) => g.component?.id ?? 'none')).to.deep.equal(['b', 'a', 'none']);
    expect(groups.map((g) => numbers(g.rows))).to.deep.equal([['2'], ['1', '3'], ['4']]);
  });
});
