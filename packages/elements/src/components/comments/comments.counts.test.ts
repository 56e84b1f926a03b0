import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { countText, eachLanguage } from '../../internal/test/counts.js';
import { settled } from '../../internal/test/localization-contract.js';
import { $ } from '../../internal/test/shadow.js';
import { fakeReads, json } from '../feedback-form/test/fake-api.js';
import './comments.define.js';
import type { HapurComments } from './comments.js';

// The number of comments, written as the page's language writes numbers (as the statistics and the reasoned
// response write theirs): "12 345" in Albanian, "12.345" in Serbian, Bosnian and Turkish, "12,345" in English.

failOnConsole();

const one = {
  reference: 'XK-2026-00000101',
  type: 'proposal',
  subject: { planId: 'xk-2026-2028', commitmentNumber: '1' },
  message: 'Comment number 1',
  language: 'sq',
  submittedAt: '2026-03-01T08:00:00Z',
  publishedAt: '2026-03-01T12:00:00Z',
  status: 'in_review',
};

/** The block in `lang`, one comment of 12 345 shown. */
async function commentsIn(lang: string) {
  const api = fakeReads({
    '/plans/xk-2026-2028/commitments/1/comments?page=1&pageSize=10': () =>
      json({ items: [one], page: 1, pageSize: 10, total: 12_345 }),
  });
  const el = await fixture<HapurComments>(
    html`<hapur-comments lang=${lang} plan-id="xk-2026-2028" commitment="1" .client=${api.client}></hapur-comments>`,
  );
  await settled(el);
  return el;
}

describe('<hapur-comments> count', () => {
  const expected: Record<string, string> = {
    en: '12,345 published comments',
    sq: '12 345 komente të publikuara',
    'sr-Latn': '12.345 objavljenih komentara',
    'sr-Cyrl': '12.345 објављених коментара',
    bs: '12.345 objavljenih komentara',
    tr: '12.345 yayımlanmış yorum',
  };
  eachLanguage(
    expected,
    (lang) => `says how many comments there are as ${lang} writes numbers`,
    async (lang, count) => {
      expect(countText($(await commentsIn(lang), '[part="count"]'))).to.equal(count);
    },
  );
});

describe('<hapur-comments> page label', () => {
  // 12 345 comments, 10 a page: 1 235 pages.
  const expected: Record<string, string> = {
    en: 'Page 1 of 1,235',
    sq: 'Faqja 1 nga 1235', // Albanian groups from five digits on, as Intl (CLDR) writes it
    'sr-Latn': 'Stranica 1 od 1.235',
    'sr-Cyrl': 'Страница 1 од 1.235',
    bs: 'Stranica 1 od 1.235',
    tr: 'Sayfa 1 / 1.235',
  };
  eachLanguage(
    expected,
    (lang) => `writes the page label's numbers as ${lang} writes numbers`,
    async (lang, label) => {
      expect(countText($(await commentsIn(lang), '[part="pagination"] [aria-current="page"]'))).to.equal(label);
    },
  );
});
