import { expect } from '@open-wc/testing';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { forceTextSpacing, inside } from '../../internal/test/reflow.js';
import { kosovo, q, qa, resetHash, timelineShown } from './tracker-test-helpers.js';

failOnConsole();

// The timeline chart's quarter labels at a phone's width and a desktop's: every label fits its column
// (issue 15's layout check found "TM1" cut to 21 px at 360 px), in every UI language.
describe('<hapur-commitment-tracker> timeline labels at phone and desktop widths', () => {
  beforeEach(resetHash);
  afterEach(() => {
    resetHash();
    document.body.style.removeProperty('width');
  });

  for (const lang of ['sq', 'sr-Latn', 'en'])
    for (const width of [360, 1280])
      it(`no quarter label is cut at ${width} px in ${lang}`, async () => {
        document.body.style.width = `${width}px`;
        const el = await kosovo(lang, 'no-url-state');
        q<HTMLButtonElement>(el, '[part~="view-button"]:nth-child(2)').click();
        await timelineShown(el);
        const quarters = qa(el, '.chart__quarter');
        expect(quarters).to.have.length(12);
        const cut = quarters.filter((label) => label.scrollWidth > label.clientWidth + 1);
        expect(cut.map((label) => `${label.textContent} ${label.scrollWidth}>${label.clientWidth}`)).to.deep.equal([]);
        // The label says which quarter it is: the name where there is room, the number on a phone.
        const shown = quarters.map((label) => label.innerText.trim());
        if (width === 1280) expect(shown.every((text) => /\D/.test(text))).to.be.true;
        else expect(shown).to.deep.equal(['1', '2', '3', '4', '1', '2', '3', '4', '1', '2', '3', '4']);
      });
});

// The timeline's table scrolls sideways in its own box at 320 px (WCAG 1.4.10: a 288 px block): its title stays
// whole and in view, with text spacing too (1.4.12), scrolled or not.
describe('<hapur-commitment-tracker> timeline table title at 320 px', () => {
  beforeEach(resetHash);
  afterEach(() => {
    resetHash();
    document.body.style.removeProperty('width');
  });

  for (const lang of ['tr', 'sr-Cyrl'])
    it(`keeps the table's title in view while the table scrolls (${lang}, text spacing)`, async () => {
      document.body.style.width = '288px';
      const el = await kosovo(lang, 'no-url-state');
      q<HTMLButtonElement>(el, '[part~="view-button"]:nth-child(2)').click();
      await timelineShown(el);
      forceTextSpacing(el);
      const box = q(el, '.table-wrap');
      const title = q(el, '#timeline-caption');
      expect(box.scrollWidth, 'the table is wider than its box').to.be.greaterThan(box.clientWidth);
      expect(inside(title, box), 'the title in view').to.equal(true);
      box.scrollLeft = box.scrollWidth;
      expect(box.scrollLeft).to.be.greaterThan(0);
      expect(inside(title, box), 'the title in view, scrolled to the end').to.equal(true);
    });
});
