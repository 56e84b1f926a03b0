import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { countText, eachLanguage } from '../../internal/test/counts.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import './staff-inbox.define.js';
import { fakeInbox, sampleItems } from './test/fake-inbox.js';

// The counts the inbox shows, written as the page's language writes numbers (the citizen blocks' counts do the
// same): "12 345" in Albanian, "12.345" in Serbian, Bosnian and Turkish, "12,345" in English, never "12345".

failOnConsole();

/** A large inbox: `count` messages, the first of the sample's copied under new references. */
const many = (count: number) => {
  const [first] = sampleItems();
  return Array.from({ length: count }, (_, i) => ({
    ...first!,
    reference: `HP-2026-${String(i + 1).padStart(6, '0')}`,
  }));
};

/** The block in `lang` on a fake API with `items`. */
async function inboxIn(lang: string, items: ReturnType<typeof many>) {
  const api = fakeInbox({ items });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
  );
  return wrapper.querySelector('hapur-staff-inbox')!;
}

describe('<hapur-staff-inbox> counts', () => {
  const showing: Record<string, string> = {
    en: 'Showing 20 of 12,345 messages.',
    sq: 'Po shfaqen 20 nga 12 345 mesazhe.',
    'sr-Latn': 'Prikazano 20 od 12.345 poruka.',
    'sr-Cyrl': 'Приказано 20 од 12.345 порука.',
    bs: 'Prikazano 20 od 12.345 poruka.',
    tr: '12.345 mesajdan 20 tanesi gösteriliyor.',
  };
  const items = many(12_345);
  eachLanguage(
    showing,
    (lang) => `says how many messages there are as ${lang} writes numbers`,
    async (lang, expected) => {
      const el = await inboxIn(lang, items);
      await until(() => $$(el, '[part="row"]').length > 0, 'the list');
      expect(countText($$(el, 'p.muted').find((p) => p.nextElementSibling === $(el, 'ol.rows')))).to.equal(expected);
    },
  );
});

describe('<hapur-staff-inbox> paging', () => {
  // 24 681 messages, 20 a page: 1 235 pages.
  const items = many(24_681);
  const label: Record<string, string> = {
    en: 'Page 1 of 1,235',
    'sr-Latn': 'Stranica 1 od 1.235',
    'sr-Cyrl': 'Страница 1 од 1.235',
    bs: 'Stranica 1 od 1.235',
    tr: 'Sayfa 1 / 1.235',
  };
  eachLanguage(
    label,
    (lang) => `writes the page label's numbers as ${lang} writes numbers`,
    async (lang, expected) => {
      const el = await inboxIn(lang, items);
      await until(() => $(el, '[part="pagination"]'), 'the paging control');
      expect(countText($(el, '[part="pagination"] [aria-current="page"]'))).to.equal(expected);
    },
  );
});
