import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { cocreationFixture, type CocreationFixture } from '../../internal/test/fixtures/cocreation.js';
import { countText, eachLanguage } from '../../internal/test/counts.js';
import { settled } from '../../internal/test/localization-contract.js';
import { $ } from '../../internal/test/shadow.js';
import './participation-calendar.define.js';
import type { HapurParticipationCalendar } from './participation-calendar.js';

// "Showing 1 of 1,234": how many a filter leaves, written as the page's language writes numbers (as the comments and
// the service list write theirs): "1.234" in Serbian, Bosnian and Turkish, "1,234" in English; Albanian groups from
// five digits on ("1234"), as Intl (CLDR) writes it.

failOnConsole();

let data: CocreationFixture;
before(async () => {
  data = await cocreationFixture();
});

describe('<hapur-participation-calendar> counts', () => {
  const expected: Record<string, string> = {
    en: 'Showing 1 of 1,234',
    sq: 'Shfaqen 1 nga 1234',
    'sr-Latn': 'Prikazano 1 od 1.234',
    'sr-Cyrl': 'Приказано 1 од 1.234',
    bs: 'Prikazano 1 od 1.234',
    tr: '1.234 fırsattan 1 tanesi gösteriliyor',
  };
  eachLanguage(
    expected,
    (lang) => `says how many a filter shows as ${lang} writes numbers`,
    async (lang, shown) => {
      // The one workshop, and another opportunity 1 233 times under other ids.
      const workshop = data.list.items.find((o) => o.kind === 'workshop')!;
      const other = data.list.items.find((o) => o.kind !== 'workshop')!;
      const items = [workshop, ...Array.from({ length: 1233 }, (_, i) => ({ ...other, id: `${other.id}-${i + 1}` }))];
      const el = await fixture<HapurParticipationCalendar>(
        html`<hapur-participation-calendar
          lang=${lang}
          today="2027-01-21"
          .opportunities=${{ ...data.list, items }}
        ></hapur-participation-calendar>`,
      );
      await settled(el);
      const select = $<HTMLSelectElement>(el, 'select[data-filter="kind"]')!;
      select.value = 'workshop';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(countText($(el, '[role="status"]'))).to.equal(shown);
    },
  );
});
