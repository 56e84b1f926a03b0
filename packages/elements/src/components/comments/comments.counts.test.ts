import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
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

describe('<hapur-comments> count', () => {
  const expected: Record<string, string> = {
    en: '12,345 published comments',
    sq: '12 345 komente të publikuara',
    'sr-Latn': '12.345 objavljenih komentara',
    'sr-Cyrl': '12.345 објављених коментара',
    bs: '12.345 objavljenih komentara',
    tr: '12.345 yayımlanmış yorum',
  };
  for (const [lang, count] of Object.entries(expected))
    it(`says how many comments there are as ${lang} writes numbers`, async () => {
      const api = fakeReads({
        '/plans/xk-2026-2028/commitments/1/comments?page=1&pageSize=10': () =>
          json({ items: [one], page: 1, pageSize: 10, total: 12_345 }),
      });
      const el = await fixture<HapurComments>(
        html`<hapur-comments
          lang=${lang}
          plan-id="xk-2026-2028"
          commitment="1"
          .client=${api.client}
        ></hapur-comments>`,
      );
      await settled(el);
      // Intl writes a group separator as a no-break space (U+00A0 or U+202F): compared as a space.
      expect(
        $(el, '[part="count"]')!
          .textContent!.trim()
          .replace(/[\u00a0\u202f]/g, ' '),
      ).to.equal(count);
    });
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
  for (const [lang, label] of Object.entries(expected))
    it(`writes the page label's numbers as ${lang} writes numbers`, async () => {
      const api = fakeReads({
        '/plans/xk-2026-2028/commitments/1/comments?page=1&pageSize=10': () =>
          json({ items: [one], page: 1, pageSize: 10, total: 12_345 }),
      });
      const el = await fixture<HapurComments>(
        html`<hapur-comments
          lang=${lang}
          plan-id="xk-2026-2028"
          commitment="1"
          .client=${api.client}
        ></hapur-comments>`,
      );
      await settled(el);
      const current = $(el, '[part="pagination"] [aria-current="page"]')!;
      expect(current.textContent!.trim().replace(/[\u00a0\u202f]/g, ' ')).to.equal(label);
    });
});
