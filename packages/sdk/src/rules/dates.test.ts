import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findMonthYear, formatDate, formatDay, MONTH_NAMES, quarterEnd } from './dates.js';

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
