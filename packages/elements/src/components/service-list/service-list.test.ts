import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { createClient, type PublicService } from '@hapur/sdk';
import '../../all.js';
import type { HapurServiceInfo } from '../service-info/service-info.js';
import { runTokenContract } from '../../internal/test/token-contract.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { fakeFetch, json } from '../../internal/test/fixtures/services.js';
import { render, runLocalizationContract, settled, shadowText } from '../../internal/test/localization-contract.js';
import type { HapurLoadEvent } from '../../events/load.js';
import { ANNOUNCE_DELAY_MS } from '../../internal/announce.js';
import { until } from '../../internal/test/shadow.js';
import { HapurServiceList } from './service-list.js';
import ownStyles from './service-list.styles.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';

failOnConsole();

const API = '/api/v1';
const MUNICIPALITY = 'xk-example-municipality';
let services: PublicService[] = [];

before(async () => {
  // The SDK's shipped example services (fictional "Example Municipality", marked `example: true`).
  const file = (await (await fetch('/packages/sdk/data/examples/services.json')).json()) as {
    services: PublicService[];
  };
  services = file.services;
});

function listClient(items: () => PublicService[] | Response) {
  const fetch = fakeFetch({
    [`${API}/services?institution=${MUNICIPALITY}`]: () => {
      const result = items();
      return result instanceof Response ? result : json({ items: result });
    },
  });
  return { fetch, client: createClient({ baseUrl: new URL(API, location.href), fetch, retry: 0 }) };
}

async function list(lang = 'en', extra: { itemHref?: string } = {}): Promise<HapurServiceList> {
  const mine = services.filter((s) => s.competentAuthorityIds.includes(MUNICIPALITY));
  const { client } = listClient(() => mine);
  return render(
    html`<div lang=${lang}>
      <hapur-service-list
        institution=${MUNICIPALITY}
        .client=${client}
        item-href=${extra.itemHref ?? ''}
      ></hapur-service-list>
    </div>`,
    (root) => root.querySelector('hapur-service-list'),
  );
}

const $ = <T extends Element>(el: HapurServiceList, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const items = (el: HapurServiceList) => [...el.shadowRoot!.querySelectorAll('li')];

describe('<hapur-service-list>', () => {
  describe('data', () => {
    it("lists the institution's services, asking the API for that institution only", async () => {
      const mine = services.filter((s) => s.competentAuthorityIds.includes(MUNICIPALITY));
      const { fetch, client } = listClient(() => mine);
      const el = await render<HapurServiceList>(
        html`<hapur-service-list lang="en" institution=${MUNICIPALITY} .client=${client}></hapur-service-list>`,
      );
      expect(new URL(fetch.calls[0]!, location.href).search).to.equal(`?institution=${MUNICIPALITY}`);
      expect(items(el)).to.have.length(mine.length);
      expect($(el, '[part="count"]')!.textContent).to.equal(`${mine.length} services`);
    });

    it('loads a static JSON file given in data-src and fires hapur-load', async () => {
      const sources: string[] = [];
      const el = await render<HapurServiceList>(
        html`<div lang="en" @hapur-load=${(e: HapurLoadEvent) => sources.push(e.detail.source)}>
          <hapur-service-list
            data-src="/packages/elements/src/internal/test/fixtures/services-list.json"
          ></hapur-service-list>
        </div>`,
        (root) => root.querySelector('hapur-service-list'),
      );
      expect(sources).to.deep.equal(['url']);
      expect(items(el).map((li) => li.textContent!.trim())).to.deep.equal(['Birth certificate', 'Minimal service']);
    });

    it('filters a static file by institution on the client', async () => {
      const el = await render<HapurServiceList>(
        html`<hapur-service-list lang="en" institution="xk-mf"
          ><script type="application/json">
            ${JSON.stringify({ items: services })}
          </script></hapur-service-list
        >`,
      );
      expect(items(el)).to.have.length(services.filter((s) => s.competentAuthorityIds.includes('xk-mf')).length);
    });
  });

  describe('states', () => {
    it('shows the empty state when the institution has no services', async () => {
      const { client } = listClient(() => []);
      const el = await render<HapurServiceList>(
        html`<hapur-service-list lang="sr-Latn" institution=${MUNICIPALITY} .client=${client}></hapur-service-list>`,
      );
      expect(el.hasState('empty')).to.be.true;
      expect(shadowText(el)).to.equal('Ova institucija još nije objavila usluge.');
      await expect(el).to.be.accessible();
    });

    it('explains a server failure and loads again on retry', async () => {
      let attempt = 0;
      const mine = services.filter((s) => s.competentAuthorityIds.includes(MUNICIPALITY));
      const { client } = listClient(() =>
        ++attempt === 1
          ? json({ type: 'about:blank', title: 'Server Error', status: 500, code: 'internal' }, 500)
          : mine,
      );
      const el = await render<HapurServiceList>(
        html`<hapur-service-list lang="sq" institution=${MUNICIPALITY} .client=${client}></hapur-service-list>`,
      );
      expect(el.hasState('error')).to.be.true;
      expect(shadowText(el)).to.contain('Serveri pati një problem');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button')!.click();
      await settled(el);
      expect(items(el)).to.have.length(mine.length);
    });

    it('is accessible while loading', async () => {
      const fetch = fakeFetch({
        [`${API}/services?institution=${MUNICIPALITY}`]: () => new Promise<Response>(() => undefined),
      });
      const client = createClient({ baseUrl: new URL(API, location.href), fetch, retry: 0 });
      const el = await render<HapurServiceList>(
        html`<hapur-service-list lang="en" institution=${MUNICIPALITY} .client=${client}></hapur-service-list>`,
      );
      expect(el.hasState('loading')).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('search', () => {
    it('has a labelled search field described by its hint and the count', async () => {
      const el = await list('sq');
      const input = $<HTMLInputElement>(el, 'input')!;
      expect(input.labels?.[0]?.textContent).to.equal('Kërkoni shërbime');
      expect(input.getAttribute('aria-describedby')).to.equal('hint count');
      expect($(el, '[role="search"]')).to.exist;
    });

    it('filters as you type, ignoring accents, and announces the count once typing pauses', async () => {
      const el = await list('sq');
      const input = $<HTMLInputElement>(el, 'input')!;
      input.focus();
      // "leje" without the accent still finds "leje ndërtimore" / "lejë".
      await sendKeys({ type: 'leje' });
      await settled(el);
      const expected = services.filter(
        (s) =>
          s.competentAuthorityIds.includes(MUNICIPALITY) &&
          /leje|lejë/i.test(`${s.name.values['sq']} ${s.description.values['sq']}`),
      );
      expect(expected.length).to.be.greaterThan(0);
      expect(items(el)).to.have.length(expected.length);
      // Not before the delay (a typist is not interrupted at each key), then the count is announced.
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS));
      await until(
        () => $(el, '[role="status"]')!.textContent === $(el, '[part="count"]')!.textContent,
        'the count to be announced',
      );
      expect($(el, '[role="status"]')!.textContent).to.equal($(el, '[part="count"]')!.textContent);
    });

    it('finds a service typed in Cyrillic on a Serbian Cyrillic page, whose data is in Latin', async () => {
      const el = await list('sr-Cyrl');
      const expected = services.filter(
        (s) => s.competentAuthorityIds.includes(MUNICIPALITY) && /dozvol/i.test(s.name.values['sr-Latn'] ?? ''),
      );
      expect(expected.length).to.be.greaterThan(0);
      $<HTMLInputElement>(el, 'input')!.focus();
      await sendKeys({ type: 'дозвол' });
      await settled(el);
      expect(items(el)).to.have.length(expected.length);
      expect(shadowText(el)).to.include('дозвол');
    });

    // Serbian readers type either script, whatever the page's: the search folds both into Latin, as the API does.
    it('finds a service typed in Cyrillic on a Serbian Latin page', async () => {
      const el = await list('sr-Latn');
      const expected = services.filter(
        (s) => s.competentAuthorityIds.includes(MUNICIPALITY) && /dozvol/i.test(s.name.values['sr-Latn'] ?? ''),
      );
      expect(expected.length).to.be.greaterThan(0);
      $<HTMLInputElement>(el, 'input')!.focus();
      await sendKeys({ type: 'дозвол' });
      await until(() => items(el).length === expected.length, 'the Latin services found by the Cyrillic query');
    });

    it('finds a service stored in Cyrillic only, typed in Latin without its marks', async () => {
      const cyrillic = {
        ...services.find((s) => s.competentAuthorityIds.includes(MUNICIPALITY))!,
        id: 'passport-cyrillic',
        name: { values: { 'sr-Cyrl': 'Пасош за дете' } },
        description: { values: { 'sr-Cyrl': 'Захтев за путну исправу' } },
      };
      const { client } = listClient(() => [cyrillic]);
      for (const lang of ['sr-Latn', 'sr-Cyrl']) {
        const el = await render(
          html`<div lang=${lang}>
            <hapur-service-list institution=${MUNICIPALITY} .client=${client}></hapur-service-list>
          </div>`,
          (root) => root.querySelector('hapur-service-list'),
        );
        $<HTMLInputElement>(el, 'input')!.focus();
        await sendKeys({ type: 'pasos' });
        await until(() => items(el).length === 1, `the Cyrillic service found by "pasos" (${lang})`);
      }
    });

    it('says when nothing matches', async () => {
      const el = await list('en');
      $<HTMLInputElement>(el, 'input')!.focus();
      await sendKeys({ type: 'zzzz' });
      await settled(el);
      expect(items(el)).to.have.length(0);
      expect($(el, '[part="count"]')!.textContent).to.equal('No services match “zzzz”.');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('opens a service in place from the keyboard', async () => {
      const el = await list('en');
      $<HTMLInputElement>(el, 'input')!.focus();
      await sendKeys({ press: 'Tab' });
      const first = el.shadowRoot!.querySelector('details')!;
      expect(el.shadowRoot!.activeElement).to.equal(first.querySelector('summary'));
      expect(first.querySelector('hapur-service-info'), 'no card is rendered before the item opens').to.be.null;
      await sendKeys({ press: 'Enter' });
      expect(first.open).to.be.true;
      await settled(el);
      const card = first.querySelector('hapur-service-info') as HapurServiceInfo;
      await settled(card);
      expect(shadowText(card)).to.contain('Example for demonstration');
      expect(card.querySelector('script')).to.be.null;
    });

    it('links each service to its own page with item-href', async () => {
      const el = await list('en', { itemHref: '/services/{id}' });
      const card = el.shadowRoot!.querySelector('hapur-service-info') as HapurServiceInfo;
      await settled(card);
      const link = card.shadowRoot!.querySelector('a')!;
      expect(new URL(link.href).pathname).to.match(/^\/services\/example-/);
    });
  });

  describe('links', () => {
    it('never turns a javascript: item-href into a link', async () => {
      const el = await list('en', { itemHref: 'javascript:window.hapurHacked={id}' });
      const card = el.shadowRoot!.querySelector('hapur-service-info') as HapurServiceInfo;
      await settled(card);
      const hrefs = [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
      expect(hrefs.filter((href) => href.startsWith('javascript:'))).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations with results in ${lang}`, async () => {
        const el = await list(lang);
        await expect(el).to.be.accessible();
      });
    }

    it('exposes a search box named by its label in the accessibility tree', async () => {
      await list('sr-Latn');
      type AxNode = { role: string; name: string; children?: AxNode[] };
      const snapshot = (await a11ySnapshot({ selector: 'hapur-service-list' })) as unknown as AxNode & {
        children: AxNode[];
      };
      const box = findAccessibilityNode<AxNode>(
        snapshot,
        (n) => n.role === 'searchbox' && n.name === 'Pretražite usluge',
      );
      expect(box).to.not.be.null;
    });

    it('uses the right plural forms for the count', async () => {
      const sr = await list('sr-Latn');
      const n = items(sr).length;
      const form = new Intl.PluralRules('sr-Latn').select(n);
      expect($(sr, '[part="count"]')!.textContent).to.equal(`${n} ${form === 'few' ? 'usluge' : 'usluga'}`);
    });
  });

  runTokenContract('hapur-service-list', HapurServiceList.styles, ownStyles);

  runLocalizationContract('hapur-service-list', () => list('sq'));
  runColorModesContract('hapur-service-list', () => list('en'));
});
