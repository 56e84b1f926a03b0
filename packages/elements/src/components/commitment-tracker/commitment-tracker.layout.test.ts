import { expect } from '@open-wc/testing';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
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
