// Every catalogue string that can take a date, in every UI language, with the dates people see:
// Intl's long form (Chromium) and the SDK's calendar wording (the fallback when Intl lacks the language). A Serbian
// date already ends with a full stop ("1. oktobar 2026."), so a sentence around it must not add one.
import { parseFlexibleDate, UI_LANGUAGES, type UiLanguage } from '@hapur/sdk';
import { describeDue, formatDate } from '@hapur/sdk/rules';
import { expect } from '@open-wc/testing';
import { commentsStrings } from '../components/comments/comments.translations.js';
import {
  trackerStrings,
  type CommitmentTrackerTranslation,
} from '../components/commitment-tracker/commitment-tracker.translations.js';
import { feedbackStrings } from '../translations/feedback/index.js';
import { feedbackCommonStrings } from '../translations/feedback-common/index.js';
import { serviceStrings } from '../translations/services/index.js';
import { formStrings } from '../components/feedback-form/translations/index.js';
import { statsStrings } from '../components/participation-stats/participation-stats.translations.js';
import { checklistStrings } from '../components/publication-checklist/publication-checklist.translations.js';
import { sharedStrings } from '../translations/index.js';
import { failOnConsole } from './test/fail-on-console.js';

failOnConsole();

/** Two full stops, or a stop then a comma/colon/semicolon, with only spaces between (an ellipsis "…" is one character). */
const DOUBLED = /\.\s*[.,;:]|[,;:]\s*\./;

/** Due dates of every kind the tracker reads back in words. */
const DUE_DATES = [
  'Q2 2026',
  'Nga fundi i vitit 2027',
  '31.12.2027',
  'Vazhdon (2026–2028)',
  'Tremujor, gjatë periudhës 2026–2028',
  'Q',
];

/** Parameters that receive a formatted date; the catalogue interfaces name them so. */
const DATE_PARAMETER = /^\(?\s*date\s*[,)=]/;

/** Calls every function of a catalogue (nested objects included) whose parameter is a date, with `value`. */
function outputs(catalogue: object, value: string, path = ''): { key: string; text: string }[] {
  const found: { key: string; text: string }[] = [];
  for (const [key, entry] of Object.entries(catalogue)) {
    const name = `${path}${key}`;
    if (typeof entry === 'function') {
      if (!DATE_PARAMETER.test(String(entry))) continue;
      const text: unknown = (entry as (date: string) => unknown)(value);
      if (typeof text === 'string' && text.includes(value)) found.push({ key: name, text });
    } else if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      found.push(...outputs(entry as object, value, `${name}.`));
    }
  }
  return found;
}

async function catalogues(lang: UiLanguage): Promise<Record<string, object>> {
  return {
    shared: await sharedStrings.load(lang),
    services: await serviceStrings.load(lang),
    feedback: await feedbackStrings.load(lang),
    common: await feedbackCommonStrings.load(lang),
    form: await formStrings.load(lang),
    comments: await commentsStrings.load(lang),
    stats: await statsStrings.load(lang),
    tracker: await trackerStrings.load(lang),
    checklist: await checklistStrings.load(lang),
  };
}

describe('date strings in every UI language', () => {
  for (const lang of UI_LANGUAGES) {
    it(`never double punctuation around a date (${lang})`, async () => {
      // Intl's long form, and the SDK's calendar wording (what LocalizeController falls back to when
      // Intl lacks the language, now that month names live only in @hapur/sdk/rules).
      const dates = [
        new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(2026, 9, 1, 12)),
        formatDate('2026-10-01', lang),
      ];
      const problems: string[] = [];
      let checked = 0;
      const strings = await catalogues(lang);
      for (const [block, catalogue] of Object.entries(strings)) {
        for (const date of dates) {
          for (const { key, text } of outputs(catalogue, date)) {
            checked += 1;
            if (DOUBLED.test(text)) problems.push(`${block}.${key}: ${text}`);
          }
        }
      }
      // The sentences that carry a date: last reviewed, last updated, answer by, checked / published / answered on.
      // "Due by" and the other due-date wording moved to the SDK (describeDue), checked below and in the SDK's tests.
      expect(checked).to.equal(2 * 7);
      for (const date of dates)
        for (const due of DUE_DATES) {
          const text = describeDue(
            parseFlexibleDate(due),
            lang,
            (strings['tracker'] as CommitmentTrackerTranslation).due,
            () => date,
          );
          if (DOUBLED.test(text)) problems.push(`describeDue(${due}): ${text}`);
        }
      expect(problems).to.deep.equal([]);
    });
  }

  it('writes a Serbian date with its one closing full stop', async () => {
    const sr = await serviceStrings.load('sr-Latn');
    expect(sr.lastReviewed(formatDate('2026-10-01', 'sr-Latn'))).to.equal(
      'Informacije su poslednji put proverene 1. oktobar 2026.',
    );
    expect(sr.lastReviewed('danas')).to.equal('Informacije su poslednji put proverene danas.');
  });
});
