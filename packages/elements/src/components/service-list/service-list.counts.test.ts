import { expect, html } from '@open-wc/testing';
import { createClient, type PublicService } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { fakeFetch, json } from '../../internal/test/fixtures/services.js';
import { render } from '../../internal/test/localization-contract.js';
import './service-list.define.js';
import type { HapurServiceList } from './service-list.js';

// The number of services, written as the page's language writes numbers (as the comments write theirs):
// "1 234" in Albanian, "1.234" in Serbian, Bosnian and Turkish, "1,234" in English.

failOnConsole();

const API = '/api/v1';
const MUNICIPALITY = 'xk-example-municipality';

describe('<hapur-service-list> count', () => {
  let many: PublicService[] = [];
  before(async () => {
    // One of the SDK's shipped example services, 1 234 times under other ids.
    const file = (await (await fetch('/packages/sdk/data/examples/services.json')).json()) as {
      services: PublicService[];
    };
    const one = file.services.find((s) => s.competentAuthorityIds.includes(MUNICIPALITY))!;
    many = Array.from({ length: 1234 }, (_, i) => ({ ...one, id: `${one.id}-${i + 1}` }));
  });

  const expected: Record<string, string> = {
    en: '1,234 services',
    sq: '1234 shërbime', // Albanian groups from five digits on, as Intl (CLDR) writes it
    'sr-Latn': '1.234 usluge',
    'sr-Cyrl': '1.234 услуге',
    bs: '1.234 usluge',
    tr: '1.234 hizmet',
  };
  for (const [lang, count] of Object.entries(expected))
    it(`says how many services there are as ${lang} writes numbers`, async () => {
      const fetch = fakeFetch({ [`${API}/services?institution=${MUNICIPALITY}`]: () => json({ items: many }) });
      const client = createClient({ baseUrl: new URL(API, location.href), fetch, retry: 0 });
      const el = await render(
        html`<div lang=${lang}>
          <hapur-service-list institution=${MUNICIPALITY} .client=${client}></hapur-service-list>
        </div>`,
        (root) => root.querySelector<HapurServiceList>('hapur-service-list'),
      );
      // Intl writes a group separator as a no-break space (U+00A0 or U+202F): compared as a space.
      const line = el.shadowRoot!.querySelector('[part="count"]')!;
      expect(line.textContent!.trim().replace(/[\u00a0\u202f]/g, ' ')).to.equal(count);
    });
});
