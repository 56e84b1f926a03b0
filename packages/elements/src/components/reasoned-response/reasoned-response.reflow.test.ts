import { expect, fixture, html } from '@open-wc/testing';
import type { CoCreationProcessDetail } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { cocreationFixture } from '../../internal/test/fixtures/cocreation.js';
import { settled } from '../../internal/test/localization-contract.js';
import { $$ } from '../../internal/test/shadow.js';
import { brokenWords, forceTextSpacing, inside, overflowing, overlap } from '../../internal/test/reflow.js';
import './reasoned-response.define.js';

// Reflow at 320 px (WCAG 1.4.10: a 288 px block on a 320 px screen) and text spacing (1.4.12): each contribution's
// facts ("From", "Where it was proposed") in the languages whose terms are longest.

failOnConsole();

let seed: CoCreationProcessDetail;
before(async () => {
  seed = (await cocreationFixture()).process('xk-ogp-2026-2030');
});

describe('<hapur-reasoned-response> at 320 px', () => {
  for (const lang of ['sr-Cyrl', 'sr-Latn', 'bs', 'sq'])
    for (const spacing of [false, true])
      it(`keeps each term clear of its value and whole, inside its contribution (${lang}${spacing ? ', text spacing' : ''})`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang} style="width: 288px">
            <hapur-reasoned-response .detail=${seed}></hapur-reasoned-response>
          </div>`,
        );
        const el = wrapper.querySelector('hapur-reasoned-response')!;
        await settled(el);
        if (spacing) forceTextSpacing(el);
        const contributions = $$(el, 'article.contribution');
        const terms = contributions.flatMap((c) => [...c.querySelectorAll<HTMLElement>('.facts dt')]);
        expect(terms.length).to.be.greaterThan(contributions.length);
        for (const dt of terms) {
          const dd = dt.nextElementSibling as HTMLElement;
          const item = dt.closest('article')!;
          expect(overlap(dt, dd), `"${dt.textContent}" overlaps "${dd.textContent}"`).to.equal(false);
          expect(inside(dt, item) && inside(dd, item), `"${dt.textContent}" inside its contribution`).to.equal(true);
          expect(brokenWords(dt), `"${dt.textContent}"`).to.deep.equal([]);
        }
        expect(overflowing([el])).to.deep.equal([]);
      });
});
