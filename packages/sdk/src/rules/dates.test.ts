import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFlexibleDate } from '../dates/flexible-date.js';
import { findMonthYear, formatDate, formatDay, MONTH_NAMES, quarterEnd } from './dates.js';
import { describeDue } from './due-wording.js';

const LANGS = ['sq', 'sr-Latn', 'en'] as const;

describe('month names and calendar days', () => {
  it('has twelve distinct names per language', () => {
    for (const lang of LANGS) assert.equal(new Set(MONTH_NAMES[lang]).size, 12, lang);
  });

  it('writes a day the way each language does, the same in every browser', () => {
    assert.deepEqual(
      LANGS.map((lang) => formatDate('2027-12-31', lang)),
      ['31 dhjetor 2027', '31. decembar 2027.', '31 December 2027'],
    );
    assert.equal(formatDate('2026-07-01T10:00:00Z', 'sq'), '1 korrik 2026');
    assert.equal(formatDate('not a date', 'en'), 'not a date');
    assert.equal(formatDay(2026, 13, 1, 'en'), undefined);
  });

  it('reads back every month name it writes, in every language, and inflected forms', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1990, max: 2099 }),
        (lang, month, year) => {
          const written = formatDate(`${year}-${String(month).padStart(2, '0')}-15`, lang).toLowerCase();
          assert.deepEqual(findMonthYear(written), { month, year });
        },
      ),
    );
    assert.deepEqual(findMonthYear('në fund të korrikut 2026'), { month: 7, year: 2026 });
    assert.deepEqual(findMonthYear('do oktobra 2026.'), { month: 10, year: 2026 });
    assert.deepEqual(findMonthYear('sep. 2027'), { month: 9, year: 2027 });
    assert.equal(findMonthYear('marshall 2027 junction 2028'), null);
  });

  it('finds the last day of the quarter a day falls in', () => {
    assert.equal(quarterEnd('2027-01-01'), '2027-03-31');
    assert.equal(quarterEnd('2026-05-20'), '2026-06-30');
    assert.equal(quarterEnd('2028-08-31'), '2028-09-30');
    assert.equal(quarterEnd(new Date('2026-12-31T23:00:00Z')), '2026-12-31');
  });
});

describe('describeDue: a due date in words', () => {
  const read = (text: string, lang: (typeof LANGS)[number]) => describeDue(parseFlexibleDate(text, 'sq'), lang);

  it('says the window, the deadline or the recurrence in each language', () => {
    assert.deepEqual(
      LANGS.map((l) => read('Q2 2026', l)),
      [
        'nga 1 prill 2026 deri më 30 qershor 2026',
        'od 1. april 2026. do 30. jun 2026.',
        'between 1 April 2026 and 30 June 2026',
      ],
    );
    assert.deepEqual(
      LANGS.map((l) => read('Nga fundi i vitit 2027', l)),
      ['deri më 31 dhjetor 2027', 'do 31. decembar 2027.', 'by 31 December 2027'],
    );
    assert.equal(read('31.12.2027', 'en'), '31 December 2027');
    assert.equal(read('Vazhdon (2026–2028)', 'en'), 'ongoing, between 1 January 2026 and 31 December 2028');
    assert.equal(read('Ongoing', 'sr-Latn'), 'u toku');
    assert.equal(
      read('Tremujor, gjatë periudhës 2026–2028', 'sq'),
      'çdo tremujor, nga 1 janar 2026 deri më 31 dhjetor 2028',
    );
    assert.deepEqual(
      LANGS.map((l) => read('Q', l)),
      [
        'pa datë që mund të vendoset në kalendar',
        'bez datuma koji se može smestiti u kalendar',
        'no date we can place',
      ],
    );
  });

  it('writes days with the formatter it is given (an element passes its locale-aware one)', () => {
    assert.equal(
      describeDue(parseFlexibleDate('Q2 2026'), 'en', (iso) => `<${iso}>`),
      'between <2026-04-01> and <2026-06-30>',
    );
  });

  it('never doubles punctuation: a Serbian day already ends with its full stop', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...LANGS), (noise, lang) => {
        for (const text of [
          noise,
          'Q 1 - 2027',
          'Nga fundi i vitit 2027',
          'Vazhdon (2026–2028)',
          'Korrik 2026',
          '2027',
        ])
          assert.doesNotMatch(describeDue(parseFlexibleDate(text), lang), /\.\./);
      }),
    );
  });
});
