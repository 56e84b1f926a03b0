import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import './staff-inbox.define.js';
import { fakeInbox, sampleItems } from './test/fake-inbox.js';

// The counts the inbox shows, written as the page's language writes numbers (the citizen blocks' counts do the
// same): "12 345" in Albanian, "12.345" in Serbian, Bosnian and Turkish, "12,345" in English, never "12345".

failOnConsole();

/** A large inbox: 12 345 messages, the first of the sample's copied under new references. */
const many = () => {
  const [first] = sampleItems();
  return Array.from({ length: 12_345 }, (_, i) => ({
    ...first!,
    reference: `HP-2026-${String(i + 1).padStart(6, '0')}`,
  }));
};

describe('<hapur-staff-inbox> counts', () => {
  const showing: Record<string, string> = {
    en: 'Showing 20 of 12,345 messages.',
    sq: 'Po shfaqen 20 nga 12 345 mesazhe.',
    'sr-Latn': 'Prikazano 20 od 12.345 poruka.',
    'sr-Cyrl': 'Приказано 20 од 12.345 порука.',
    bs: 'Prikazano 20 od 12.345 poruka.',
    tr: '12.345 mesajdan 20 tanesi gösteriliyor.',
  };
  const items = many();
  for (const [lang, expected] of Object.entries(showing))
    it(`says how many messages there are as ${lang} writes numbers`, async () => {
      const api = fakeInbox({ items });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
      );
      const el = wrapper.querySelector('hapur-staff-inbox')!;
      await until(() => $$(el, '[part="row"]').length > 0, 'the list');
      const line = $$(el, 'p.muted').find((p) => p.nextElementSibling === $(el, 'ol.rows'))!;
      // Intl writes a group separator as a no-break space (U+00A0 or U+202F): compared as a space.
      expect(line.textContent!.trim().replace(/[\u00a0\u202f]/g, ' ')).to.equal(expected);
    });
});

describe('<hapur-staff-inbox> paging', () => {
  // 24 681 messages, 20 a page: 1 235 pages.
  const [first] = sampleItems();
  const items = Array.from({ length: 24_681 }, (_, i) => ({
    ...first!,
    reference: `HP-2026-${String(i + 1).padStart(6, '0')}`,
  }));
  const label: Record<string, string> = {
    en: 'Page 1 of 1,235',
    'sr-Latn': 'Stranica 1 od 1.235',
    'sr-Cyrl': 'Страница 1 од 1.235',
    bs: 'Stranica 1 od 1.235',
    tr: 'Sayfa 1 / 1.235',
  };
  for (const [lang, expected] of Object.entries(label))
    it(`writes the page label's numbers as ${lang} writes numbers`, async () => {
      const api = fakeInbox({ items });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
      );
      const el = wrapper.querySelector('hapur-staff-inbox')!;
      await until(() => $(el, '[part="pagination"]'), 'the paging control');
      const current = $(el, '[part="pagination"] [aria-current="page"]')!;
      expect(current.textContent!.trim().replace(/[\u00a0\u202f]/g, ' ')).to.equal(expected);
    });
});
