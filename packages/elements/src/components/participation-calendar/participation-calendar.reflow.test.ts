import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { cocreationFixture, fixtureClient, type CocreationFixture } from '../../internal/test/fixtures/cocreation.js';
import { settled } from '../../internal/test/localization-contract.js';
import { $, $$ } from '../../internal/test/shadow.js';
import { brokenWords, forceTextSpacing, inside, overflowing, overlap } from '../../internal/test/reflow.js';
import './participation-calendar.define.js';
import type { HapurParticipationCalendar } from './participation-calendar.js';

// Reflow at 320 px (WCAG 1.4.10: a 288 px block on a 320 px screen) and text spacing (1.4.12), in Serbian
// Cyrillic, the language with the longest words.

failOnConsole();

let data: CocreationFixture;
before(async () => {
  data = await cocreationFixture();
});

async function narrow(lang: string, view: 'list' | 'month' = 'list') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style="width: 288px">
      <hapur-participation-calendar
        today="2027-01-21"
        .view=${view}
        .client=${fixtureClient({ listOpportunities: async () => data.list })}
      ></hapur-participation-calendar>
    </div>`,
  );
  const el = wrapper.querySelector<HapurParticipationCalendar>('hapur-participation-calendar')!;
  await settled(el);
  return el;
}

describe('<hapur-participation-calendar> at 320 px', () => {
  for (const spacing of [false, true]) {
    it(`keeps each fact's words whole, its term clear of its value, inside its item (sr-Cyrl${spacing ? ', text spacing' : ''})`, async () => {
      const el = await narrow('sr-Cyrl');
      if (spacing) forceTextSpacing(el);
      const items = $$(el, 'article.item');
      expect(items.length).to.be.greaterThan(2);
      for (const item of items)
        for (const dt of item.querySelectorAll<HTMLElement>('.facts dt')) {
          const dd = dt.nextElementSibling as HTMLElement;
          expect(overlap(dt, dd), `${dt.textContent} overlaps its value`).to.equal(false);
          expect(inside(dd, item), `${dt.textContent}'s value inside its item`).to.equal(true);
          expect(brokenWords(dd), `${dt.textContent}'s value`).to.deep.equal([]);
          expect(brokenWords(dt)).to.deep.equal([]);
        }
      expect(overflowing([el])).to.deep.equal([]);
    });
  }

  it('writes the input deadline in Cyrillic in sr-Cyrl', async () => {
    const el = await narrow('sr-Cyrl');
    const deadline = $(el, '[part="deadline"]')!.textContent!.replace(/\s+/g, ' ');
    expect(deadline).to.contain('Доприноси до 31. јануар 2027.');
    expect(deadline).not.to.match(/\p{Script=Latin}/u);
  });

  for (const spacing of [false, true]) {
    it(`fits the month's grid in the block, Sunday included, without scrolling sideways (sr-Cyrl${spacing ? ', text spacing' : ''})`, async () => {
      const el = await narrow('sr-Cyrl', 'month');
      if (spacing) forceTextSpacing(el);
      const grid = $(el, '[part="month"]')!;
      expect(overflowing([el, grid.parentElement!])).to.deep.equal([]);
      const days = [...grid.querySelectorAll('thead th')];
      expect(days.length).to.equal(7);
      expect(inside(days[6]!, el), 'Sunday inside the block').to.equal(true);
      for (const day of days) expect(brokenWords(day as HTMLElement), 'a weekday name in one piece').to.deep.equal([]);
    });
  }

  it('keeps every weekday name whole in every language, with text spacing', async () => {
    for (const lang of ['sq', 'sr-Latn', 'en', 'tr', 'bs']) {
      const el = await narrow(lang, 'month');
      forceTextSpacing(el);
      const days = [...$(el, '[part="month"]')!.querySelectorAll<HTMLElement>('thead th')];
      expect(
        days.flatMap((day) => brokenWords(day)),
        lang,
      ).to.deep.equal([]);
      expect(overflowing([el]), lang).to.deep.equal([]);
    }
  });
});
