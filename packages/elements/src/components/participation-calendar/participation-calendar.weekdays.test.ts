import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { cocreationFixture, type CocreationFixture } from '../../internal/test/fixtures/cocreation.js';
import { settled } from '../../internal/test/localization-contract.js';
import { $$ } from '../../internal/test/shadow.js';
import './participation-calendar.define.js';
import type { HapurParticipationCalendar } from './participation-calendar.js';
import en from './translations/en.js';
import srLatn from './translations/sr-latn.js';
import srCyrl from './translations/sr-cyrl.js';
import tr from './translations/tr.js';
import sq from './translations/sq.js';
import bs from './translations/bs.js';

const calendarStrings: Record<string, { weekdays: readonly string[] }> = {
  en,
  'sr-Latn': srLatn,
  'sr-Cyrl': srCyrl,
  tr,
  sq,
  bs,
};

// The month grid's column headers show the days' abbreviations ("Mon", "pon"), which screen readers read as written:
// they name the day in full, in the block's language, from its catalogue: on Albanian pages too (Chromium's Intl has no
// Albanian weekday names), and in Bosnian's own forms ("srijeda", where Intl's Serbian data writes "sreda").

failOnConsole();

let data: CocreationFixture;
before(async () => {
  data = await cocreationFixture();
});

describe('<hapur-participation-calendar> weekdays', () => {
  const expected: Record<string, string[]> = {
    en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'sr-Latn': ['ponedeljak', 'utorak', 'sreda', 'četvrtak', 'petak', 'subota', 'nedelja'],
    'sr-Cyrl': ['понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота', 'недеља'],
    tr: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
    sq: ['e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë', 'e diel'],
    bs: ['ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota', 'nedjelja'],
  };
  for (const [lang, days] of Object.entries(expected))
    it(`names each weekday in full for screen readers (${lang})`, async () => {
      const el = await fixture<HapurParticipationCalendar>(
        html`<hapur-participation-calendar
          lang=${lang}
          today="2027-01-21"
          view="month"
          .opportunities=${data.list}
        ></hapur-participation-calendar>`,
      );
      await settled(el);
      const headers = $$(el, '[part="month"] th');
      // The header's name (what a screen reader reads for the column), the abbreviation still shown.
      expect(headers.map((th) => th.getAttribute('aria-label'))).to.deep.equal(days);
      expect(headers.map((th) => th.textContent!.trim())).to.deep.equal([...calendarStrings[lang]!.weekdays]);
      await expect(el).to.be.accessible();
    });
});
