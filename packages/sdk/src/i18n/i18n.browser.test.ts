import { expect } from '@open-wc/testing';
import { parseFlexibleDate } from '../dates/flexible-date.js';
import { formatFlexibleDate } from '../rules/due-wording.js';
import { DUE_WORDS } from '../rules/due-words.js';
import { formatDate, formatMonth } from '../rules/dates.js';
import { negotiateLanguage, resolveText } from './localized-text.js';

// The same functions run in Chromium's Intl (its own ICU data), which is what citizens' browsers use.
describe('i18n in the browser', () => {
  it('negotiates languages with Intl.Locale', () => {
    expect(negotiateLanguage(['sr-Cyrl-RS'])).to.equal('sr-Cyrl');
    expect(negotiateLanguage(['sr-RS'])).to.equal('sr-Latn');
    expect(negotiateLanguage('sq-XK')).to.equal('sq');
    expect(negotiateLanguage(navigator.languages)).to.be.oneOf(['sq', 'sr-Latn', 'en', 'tr', 'bs', 'sr-Cyrl']);
  });
  it('resolves Serbian Latin before Cyrillic', () => {
    expect(
      resolveText({ values: { 'sr-Cyrl': 'Текст', 'sr-Latn-XK': 'Tekst', sq: 'Tekst' } }, 'sr-Latn')?.lang,
    ).to.equal('sr-Latn-XK');
  });
  it('writes month names in Albanian and Serbian (Latin) without the browser Intl month data', () => {
    const july = parseFlexibleDate('Q3 2026 (Korrik 2026)', 'sq');
    expect(formatFlexibleDate(july, 'sq', DUE_WORDS['sq']).text).to.equal('korrik 2026');
    expect(formatFlexibleDate(july, 'sr-Latn', DUE_WORDS['sr-Latn']).text).to.equal('jul 2026.');
    expect(formatFlexibleDate(july, 'en', DUE_WORDS['en']).text).to.equal('July 2026');
  });
  it('writes Bosnian dates with Serbian Latin data, as Chromium claims Bosnian but has no data for it', () => {
    // Chromium says it supports `bs` and writes "2027 M01 20"; Bosnian is written with sr-Latn's data.
    expect(formatDate('2027-01-20', 'bs')).to.equal('20. januar 2027.');
    expect(formatDate('2027-06-05', 'bs')).to.equal('5. juni 2027.');
    expect(formatMonth(2027, 8, 'bs')).to.equal('august 2027.');
    expect(formatDate('2027-12-31', 'sq')).to.equal('31 dhjetor 2027');
    expect(formatDate('2027-01-20', 'tr')).to.equal('20 Ocak 2027');
  });
});
