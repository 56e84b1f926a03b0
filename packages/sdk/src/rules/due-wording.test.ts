import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { UiLanguage } from '../schemas/common.js';
import { parseFlexibleDate } from '../dates/flexible-date.js';
import { latinToCyrillicUi } from '../i18n/transliterate.js';
import { describeDue, formatFlexibleDate } from './due-wording.js';
import { DUE_WORDS } from './due-words.js';
import { dueWordsBs, dueWordsSrCyrl, dueWordsTr } from './due-words.js';

const LANGS = ['sq', 'sr-Latn', 'en'] as const;

const f = (text: string, lang: keyof typeof DUE_WORDS) =>
  formatFlexibleDate(parseFlexibleDate(text, 'sq'), lang, DUE_WORDS[lang]).text;

describe('formatFlexibleDate', () => {
  it('writes Serbian Cyrillic as the transliteration of Serbian Latin (its words are generated, not written)', () => {
    for (const text of [
      'Q1 2027',
      'H2 2026',
      'Nga fundi i vitit 2027',
      'Shtator 2021 – Qershor 2022',
      'Vazhdimisht',
      '2026-03-15',
      'Tremujor, gjatë periudhës 2026–2028',
      'Vazhdon (2026–2028)',
    ]) {
      const date = parseFlexibleDate(text, 'sq');
      assert.equal(
        formatFlexibleDate(date, 'sr-Cyrl', dueWordsSrCyrl).text,
        latinToCyrillicUi(formatFlexibleDate(date, 'sr-Latn', DUE_WORDS['sr-Latn']).text),
        text,
      );
    }
  });
  it('writes due dates in Turkish and Bosnian', () => {
    const read = (text: string, lang: UiLanguage, words: typeof dueWordsTr) =>
      formatFlexibleDate(parseFlexibleDate(text, 'sq'), lang, words).text;
    assert.equal(read('Q 1 - 2027', 'tr', dueWordsTr), '1. çeyrek 2027');
    assert.equal(read('Nga fundi i vitit 2027', 'bs', dueWordsBs), 'do kraja 2027. godine');
  });
  it('writes quarters the way each language does', () => {
    assert.deepEqual(
      [f('Q 1 - 2027', 'sq'), f('Q 1 - 2027', 'sr-Latn'), f('Q 1 - 2027', 'en')],
      ['TM1 2027', '1. kvartal 2027.', 'Q1 2027'],
    );
    assert.equal(f('Q4 2028', 'en'), 'Q4 2028');
  });
  it('translates Albanian wording for readers of other languages', () => {
    assert.equal(f('Nga fundi i vitit 2027', 'en'), 'by the end of 2027');
    assert.equal(f('Nga fundi i vitit 2027', 'sr-Latn'), 'do kraja 2027. godine');
    assert.equal(f('Tremujor, gjatë periudhës 2026–2028', 'en'), 'every quarter, 2026–2028');
    assert.equal(f('Vazhdon (2026–2028)', 'en'), 'ongoing (2026–2028)');
    assert.equal(f('Q3 2026 (Korrik 2026)', 'en'), 'July 2026');
    assert.equal(f('Q3 2026 (Korrik 2026)', 'sq'), 'korrik 2026');
    assert.equal(f('Q3 2026 (Korrik 2026)', 'sr-Latn'), 'jul 2026.');
    assert.equal(f('31.12.2027', 'sq'), '31 dhjetor 2027');
    assert.equal(f('31.12.2027', 'sr-Latn'), '31. decembar 2027.');
    assert.equal(f('31.12.2027', 'en'), '31 December 2027');
    assert.equal(f('2027', 'en'), '2027');
  });
  it('shows an unreadable date as written, in its own language', () => {
    assert.deepEqual(formatFlexibleDate(parseFlexibleDate('Q', 'sq'), 'en', DUE_WORDS['en']), {
      text: 'Q',
      lang: 'sq',
      asWritten: true,
    });
  });
});

describe('describeDue: a due date in words', () => {
  const read = (text: string, lang: (typeof LANGS)[number]) =>
    describeDue(parseFlexibleDate(text, 'sq'), lang, DUE_WORDS[lang]);

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
    // Bosnian is written with Serbian Latin's data, in its own month names.
    assert.equal(
      describeDue(parseFlexibleDate('Q2 2026', 'sq'), 'bs', DUE_WORDS['bs']),
      'od 1. april 2026. do 30. juni 2026.',
    );
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
      describeDue(parseFlexibleDate('Q2 2026'), 'en', DUE_WORDS['en'], (iso) => `<${iso}>`),
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
          assert.doesNotMatch(describeDue(parseFlexibleDate(text), lang, DUE_WORDS[lang]), /\.\./);
      }),
    );
  });
});
