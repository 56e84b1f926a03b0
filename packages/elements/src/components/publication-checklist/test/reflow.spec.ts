import { createClient } from '@hapur/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { forceTextSpacing, inside, overflowing } from '../../../internal/test/reflow.js';
import { API, fakeChecklistApi, loadExampleData, settled, type ExampleData } from './fake-api.js';
import '../publication-checklist.define.js';
import type { HapurPublicationChecklist } from '../publication-checklist.js';

// Reflow at 320 px (WCAG 1.4.10: a 288 px block on a 320 px screen) and text spacing (1.4.12), in the languages
// with the longest words.

let data: ExampleData;
before(async () => {
  data = await loadExampleData();
});

async function narrow(lang: string): Promise<HapurPublicationChecklist> {
  const client = createClient({ baseUrl: `${location.origin}${API}`, fetch: fakeChecklistApi(data).fetch, retry: 0 });
  const root = await fixture(
    html`<div lang=${lang} style="inline-size: 288px">
      <hapur-publication-checklist institution="xk-mf" .client=${client}></hapur-publication-checklist>
    </div>`,
  );
  const el = root.querySelector('hapur-publication-checklist')!;
  await settled(el);
  forceTextSpacing(el);
  return el;
}

const all = (el: HapurPublicationChecklist, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

describe('<hapur-publication-checklist> at 320 px with text spacing', () => {
  for (const lang of ['bs', 'sr-Cyrl', 'tr'])
    it(`keeps every requirement's card inside the block (${lang})`, async () => {
      const el = await narrow(lang);
      const cards = all(el, '.card');
      expect(cards.length).to.be.greaterThan(3);
      const outside = cards.filter((card) => !inside(card, el));
      expect(outside.map((card) => card.querySelector('.heading')?.textContent?.trim())).to.deep.equal([]);
      for (const card of cards)
        for (const cell of card.querySelectorAll('dt, dd'))
          expect(inside(cell, card), `"${cell.textContent!.trim()}" inside its card`).to.equal(true);
      expect(overflowing([el, ...cards])).to.deep.equal([]);
    });

  it('shows each table title whole while its table scrolls (tr)', async () => {
    const el = await narrow('tr');
    const boxes = all(el, '.table-wrap').filter((box) => box.checkVisibility());
    expect(boxes.length).to.be.greaterThan(1);
    for (const box of boxes) {
      const title = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
      expect(title.textContent!.trim(), 'the title is not empty').not.to.equal('');
      expect(inside(title, el) && inside(title, box), `"${title.textContent!.trim()}" in view`).to.equal(true);
      // Scrolled to the table's far end, the title is still in view.
      box.scrollLeft = box.scrollWidth;
      expect(inside(title, box), `"${title.textContent!.trim()}" in view when scrolled`).to.equal(true);
    }
    expect(
      boxes.some((box) => box.scrollLeft > 0),
      'a table wider than its box',
    ).to.equal(true);
  });
});
