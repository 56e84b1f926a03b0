import { expect, fixture, html } from '@open-wc/testing';
import '../components/feedback-status/feedback-status.define.js';
import '../components/service-info/service-info.define.js';
import { sampleServices } from '../components/service-editor/test/fake-upkeep.js';
import { $, until } from './test/shadow.js';

// A page's `heading-level` is typed by hand: whatever is written, the block's title is a heading of a level its
// documentation gives. Before one rule, "three" gave aria-level="NaN", 3.5 gave "3.5", and the card took 9.

describe('heading levels', () => {
  for (const [written, level] of [
    ['three', '2'],
    ['3.5', '3'],
    ['9', '5'],
  ] as const)
    it(`gives the status block's title aria-level ${level} for heading-level="${written}"`, async () => {
      const el = await fixture(
        html`<hapur-feedback-status lang="en" heading-level=${written}></hapur-feedback-status>`,
      );
      await until(() => $(el, '[part="title"]'), 'the title');
      expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal(level);
    });

  it('keeps the service card’s name within 2–6', async () => {
    for (const [written, level] of [
      ['9', '6'],
      ['x', '2'],
    ]) {
      const el = await fixture(
        html`<hapur-service-info
          lang="en"
          heading-level=${written}
          .service=${sampleServices()[0]}
        ></hapur-service-info>`,
      );
      await until(() => $(el, '[part="title"]'), 'the card');
      expect($(el, '[part="title"]')!.getAttribute('aria-level'), written).to.equal(level);
    }
  });
});
