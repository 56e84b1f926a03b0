import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { createClient, type PublicService } from '@hapur/sdk';
import '../../all.js';
import '../provider/provider.define.js';
import type { HapurErrorEvent } from '../../events/error.js';
import type { HapurLoadEvent } from '../../events/load.js';
import { defineElement } from '../../internal/define.js';
import { runTokenContract } from '../../internal/test/token-contract.js';
import { consumeConsole, failOnConsole } from '../../internal/test/fail-on-console.js';
import { emulateForcedColors, systemColor } from '../../internal/test/forced-colors.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';
import { fakeFetch, fullService, json, minimalService } from '../../internal/test/fixtures/services.js';
import { render, runLocalizationContract, settled, shadowText } from '../../internal/test/localization-contract.js';
import { HapurServiceInfo } from './service-info.js';
import ownStyles from './service-info.styles.js';

failOnConsole();

const API = '/api/v1';
const FIXTURE_URL = '/packages/elements/src/internal/test/fixtures/service.json';

/** An SDK client over an injected fetch; no retries, so failures show at once. */
const sdkClient = (fetch: typeof globalThis.fetch) =>
  createClient({ baseUrl: new URL(API, location.href), fetch, retry: 0 });

function clientWith(service: PublicService | Response) {
  const fetch = fakeFetch({
    [`${API}/services/${fullService.id}`]: () => (service instanceof Response ? service : json(service)),
  });
  return { fetch, client: sdkClient(fetch) };
}

async function card(
  service: PublicService = fullService,
  lang = 'en',
  attrs: { variant?: string } = {},
): Promise<HapurServiceInfo> {
  const { client } = clientWith(service);
  return render(
    html`<div lang=${lang}>
      <hapur-service-info
        service-id=${fullService.id}
        .client=${client}
        variant=${attrs.variant ?? 'full'}
      ></hapur-service-info>
    </div>`,
    (root) => root.querySelector('hapur-service-info'),
  );
}

const $ = (el: HapurServiceInfo, selector: string) => el.shadowRoot!.querySelector(selector);

describe('<hapur-service-info>', () => {
  describe('data sources', () => {
    it('loads a service from the API through the client and fires hapur-load', async () => {
      const { fetch, client } = clientWith(fullService);
      const events: HapurLoadEvent[] = [];
      const renderedAtLoad: string[] = [];
      const el = await render<HapurServiceInfo>(
        html`<div
          lang="en"
          @hapur-load=${(e: HapurLoadEvent) => events.push(e) && renderedAtLoad.push(shadowText(e.target as Element))}
        >
          <hapur-service-info service-id=${fullService.id} .client=${client}></hapur-service-info>
        </div>`,
        (root) => root.querySelector('hapur-service-info'),
      );
      expect(events).to.have.length(1);
      expect(events[0]!.detail.source).to.equal('api');
      expect(events[0]!.composed).to.be.true;
      // The event means "shown": the content is already rendered when it fires.
      expect(renderedAtLoad[0]).to.contain('Birth certificate');
      expect(fetch.calls.map((url) => new URL(url, location.href).pathname)).to.deep.equal([
        `${API}/services/${fullService.id}`,
      ]);
      expect(shadowText(el)).to.contain('Birth certificate').and.contain('€2.50').and.contain('Identity card');
    });

    it('takes the API address from a surrounding <hapur-provider>', async () => {
      const { fetch, client } = clientWith(fullService);
      const root = await fixture(
        html`<hapur-provider lang="en" .client=${client}
          ><section><hapur-service-info service-id=${fullService.id}></hapur-service-info></section
        ></hapur-provider>`,
      );
      const el = await render(root.querySelector('hapur-service-info'));
      expect(fetch.calls).to.have.length(1);
      expect(shadowText(el)).to.contain('Birth certificate');
    });

    it('loads a JSON file given in data-src', async () => {
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info lang="en" data-src=${FIXTURE_URL}></hapur-service-info>`,
      );
      expect(shadowText(el)).to.contain('Birth certificate');
    });

    it('shows a new service object set as a property, even with the same id', async () => {
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info lang="en" .service=${minimalService}></hapur-service-info>`,
      );
      expect(shadowText(el)).to.contain('Minimal service');
      el.service = { ...minimalService, name: { values: { en: 'Renamed service' }, source: 'en' } };
      await settled(el);
      expect(shadowText(el)).to.contain('Renamed service');
    });

    it('reads inline JSON from a script child without rendering it', async () => {
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info lang="en"
          ><script type="application/json">
            ${JSON.stringify(minimalService)}
          </script></hapur-service-info
        >`,
      );
      expect(shadowText(el)).to.contain('Minimal service').and.contain('Only the description.');
    });
    it('shows inline data in its first render, never a loading state in between', async () => {
      await render<HapurServiceInfo>(html`<hapur-service-info lang="en"></hapur-service-info>`); // catalogue loaded
      const el = document.createElement('hapur-service-info');
      el.lang = 'en';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(minimalService);
      el.append(script);
      const states: string[] = [];
      const toggle = el.toggleState.bind(el);
      el.toggleState = (name: string, on: boolean) => {
        if (on) states.push(name);
        toggle(name, on);
      };
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(shadowText(el)).to.contain('Minimal service');
        expect(states).to.not.include('loading');
        expect(el.shadowRoot!.querySelector('[role="status"][aria-busy="true"], .loading')).to.equal(null);
      } finally {
        el.remove();
      }
    });
    it('with loading="lazy", fetches nothing until it comes near the viewport', async () => {
      const { fetch, client } = clientWith(fullService);
      const loads: HapurLoadEvent[] = [];
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <div style="height: 5000px">Long page</div>
          <hapur-service-info
            loading="lazy"
            service-id=${fullService.id}
            .client=${client}
            @hapur-load=${(e: HapurLoadEvent) => loads.push(e)}
          ></hapur-service-info>
        </div>`,
      );
      const el = wrapper.querySelector('hapur-service-info')!;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fetch.calls).to.deep.equal([]);
      expect(el.matches(':state(loading)')).to.be.true;
      el.scrollIntoView();
      await waitUntil(() => loads.length === 1, 'the block loads once scrolled to', { timeout: 3000 });
      expect(fetch.calls).to.have.length(1);
      expect(shadowText(el)).to.contain('Birth certificate');
      window.scrollTo(0, 0);
    });
  });

  describe('states', () => {
    it('shows a polite loading status while the request is pending', async () => {
      let release: (r: Response) => void = () => undefined;
      const fetch = fakeFetch({
        [`${API}/services/${fullService.id}`]: () => new Promise<Response>((resolve) => (release = resolve)),
      });
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info
          lang="sq"
          service-id=${fullService.id}
          .client=${sdkClient(fetch)}
        ></hapur-service-info>`,
      );
      expect(el.hasState('loading')).to.be.true;
      expect($(el, '[role="status"]')?.textContent).to.equal('Duke u ngarkuar…');
      await expect(el).to.be.accessible();
      release(json(fullService));
      await settled(el);
      expect(el.hasState('loading')).to.be.false;
      expect(shadowText(el)).to.contain('Certifikata e lindjes');
    });

    it('explains a missing service in words, fires hapur-error, and retries on request', async () => {
      let attempt = 0;
      const fetch = fakeFetch({
        [`${API}/services/${fullService.id}`]: () =>
          ++attempt === 1
            ? json({ status: 404, title: 'Not Found', type: 'about:blank', code: 'not_found' }, 404)
            : json(fullService),
      });
      const errors: HapurErrorEvent[] = [];
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info
          lang="en"
          service-id=${fullService.id}
          .client=${sdkClient(fetch)}
          @hapur-error=${(e: HapurErrorEvent) => errors.push(e)}
        ></hapur-service-info>`,
      );
      expect(errors).to.have.length(1);
      expect((errors[0]!.detail.error as Error).name).to.equal('NotFoundError');
      expect(el.hasState('error')).to.be.true;
      const text = shadowText(el);
      expect(text).to.contain('Not found. It may have been withdrawn');
      // The SDK's developer message (URL, status) never reaches the reader.
      expect(text).to.not.contain('/api/v1').and.not.contain('404');
      await expect(el).to.be.accessible();
      ($(el, 'button') as HTMLButtonElement).click();
      await settled(el);
      expect(attempt).to.equal(2);
      expect(el.hasState('error')).to.be.false;
      expect(shadowText(el)).to.contain('Birth certificate');
    });

    it('quotes the request id of a failed read for support, only when the server gave one', async () => {
      const problem = { status: 500, title: 'Internal Server Error', type: 'about:blank', code: 'internal' };
      const failing = (body: object) =>
        render<HapurServiceInfo>(
          html`<hapur-service-info
            lang="en"
            service-id=${fullService.id}
            .client=${sdkClient(fakeFetch({ [`${API}/services/${fullService.id}`]: () => json(body, 500) }))}
          ></hapur-service-info>`,
        );
      const el = await failing({ ...problem, requestId: 'req-7f3a9c' });
      const alert = $(el, '[role="alert"]')!;
      // Inside the alert, so a screen reader reads it with the error; text, not a link or an attribute.
      expect(alert.textContent?.replace(/\s+/g, ' ')).to.contain('Reference for support: req-7f3a9c');
      expect(alert.querySelector('code')?.textContent).to.equal('req-7f3a9c');
      expect(alert.querySelector('a')).to.be.null;
      expect(el.shadowRoot!.innerHTML.split('req-7f3a9c')).to.have.length(2);
      await expect(el).to.be.accessible();
      const without = await failing(problem);
      expect(shadowText(without)).to.contain('The server had a problem').and.not.contain('Reference for support');
      expect($(without, 'code')).to.be.null;
    });

    it('says the connection failed when fetch rejects', async () => {
      const fetch = (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof globalThis.fetch;
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info lang="sr-Latn" service-id="x" .client=${sdkClient(fetch)}></hapur-service-info>`,
      );
      expect(shadowText(el)).to.contain('Veza nije uspela');
      expect($(el, '[role="alert"]')).to.exist;
    });

    it('treats data that does not match the schema as unavailable', async () => {
      const { client } = clientWith({ ...fullService, channels: 'none' } as unknown as PublicService);
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info lang="en" service-id=${fullService.id} .client=${client}></hapur-service-info>`,
      );
      expect(shadowText(el)).to.contain('not in the expected form');
    });

    it('shows the empty state for an inline block with no data yet', async () => {
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info lang="sq"><script type="application/json"></script></hapur-service-info>`,
      );
      expect(el.hasState('empty')).to.be.true;
      expect(shadowText(el)).to.equal('Ende nuk është publikuar informacion për këtë shërbim.');
      await expect(el).to.be.accessible();
    });

    it('tells the embedder when no data source is configured, without a useless retry button', async () => {
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info lang="en" service-id="x"></hapur-service-info>`,
      );
      expect(shadowText(el)).to.contain('No data source is configured');
      expect($(el, 'button')).to.be.null;
    });
  });

  describe('content', () => {
    it('puts documents, fees, processing time and the legal deadline in the first box', async () => {
      const el = await card();
      const facts = $(el, '[part="facts"]')!;
      const text = facts.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Identity card').and.contain('Bring the original.').and.contain('€2.50');
      expect(text).to.contain('1 day').and.contain('15 days');
      expect(facts.querySelector('a[part="apply-link"]')?.getAttribute('href')).to.equal('https://example.org/apply');
      // The facts come before any collapsible section.
      expect(facts.compareDocumentPosition($(el, 'details')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });

    it('omits every section the service does not have', async () => {
      const el = await card(minimalService);
      expect(el.shadowRoot!.querySelectorAll('details')).to.have.length(0);
      expect($(el, '[part="facts"]')).to.be.null;
      expect($(el, '[part="footer"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('renders data text as text only', async () => {
      const hostile = {
        ...minimalService,
        name: { values: { en: '<img src=x onerror="window.pwned=1">Tax' }, source: 'en' },
      };
      const el = await card(hostile);
      expect($(el, 'img')).to.be.null;
      expect(shadowText(el)).to.contain('<img src=x');
    });

    it('formats money, dates and durations in the element language', async () => {
      const sq = await card(fullService, 'sq');
      expect(shadowText(sq)).to.contain('15 ditë').and.contain('15 mars 2026').and.contain('2,50 €');
      const sr = await card(fullService, 'sr-Latn');
      expect(shadowText(sr)).to.contain('15 dana').and.contain('15. mart 2026');
      expect(shadowText(sr)).to.not.match(/[\u0400-\u04FF]/);
    });

    it('marks fallback text with its own lang and says so quietly', async () => {
      const el = await card(fullService, 'en');
      const complaint = [...el.shadowRoot!.querySelectorAll('p[lang]')].find(
        (p) => p.textContent === 'Ankesa bëhet me shkrim.',
      );
      expect(complaint?.getAttribute('lang')).to.equal('sq');
      expect($(el, '[part="language-note"]')?.textContent).to.contain('Shown in the original language (Albanian)');
      const sr = await card(fullService, 'sr-Latn');
      expect($(sr, '[part="language-note"]')?.textContent).to.contain('Mašinski prevod');
    });

    it('never calls a translation shown in another language "the original" (a Bosnian reader shown machine Serbian)', async () => {
      const el = await card(fullService, 'bs');
      const note = $(el, '[part="language-note"]')?.textContent ?? '';
      // The Albanian original is named as the original; the Serbian machine translation is not.
      expect(note).to.contain('Prikazano na izvornom jeziku (albanski).').and.contain('Mašinski prijevod');
      expect(note).to.not.contain('srpski');
      expect(el.shadowRoot!.querySelector('[lang="sr-Latn"]'), 'the Serbian text keeps its lang').to.exist;
    });

    it('shows one line with a described link in the compact variant', async () => {
      const el = await card(fullService, 'en', { variant: 'compact' });
      const link = $(el, 'a[part="details-link"]') as HTMLAnchorElement;
      expect(link.href).to.equal(fullService.sourceUrl);
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Details: Birth certificate');
      expect($(el, 'details')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('JSON-LD', () => {
    // The writer is a chunk of its own (jsonld.ts), loaded once the card shows a service: wait for its script.
    const jsonLdOf = async (el: Element, name: string) => {
      const named = () => {
        const script = el.querySelector('script[type="application/ld+json"]');
        return script && JSON.parse(script.textContent!).name === name ? script : null;
      };
      await waitUntil(named, `JSON-LD naming ${name}`);
      return named()!;
    };

    it('writes schema.org GovernmentService into the light DOM, in the element language', async () => {
      const el = await card(fullService, 'sq');
      const script = await jsonLdOf(el, 'Certifikata e lindjes');
      const data = JSON.parse(script.textContent!);
      expect(data['@type']).to.equal('GovernmentService');
      expect(data.offers[0]).to.include({ price: 2.5, priceCurrency: 'EUR' });
      el.parentElement!.setAttribute('lang', 'en');
      await settled(el);
      await jsonLdOf(el, 'Birth certificate');
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    });

    it('escapes the JSON-LD so no text can close its script element in a saved or prerendered page', async () => {
      const hostile = '</script><script>window.hacked = 1</script><!-- & \u2028';
      const named = {
        ...fullService,
        name: { ...fullService.name, values: { ...fullService.name.values, en: hostile } },
      };
      const el = await card(named as PublicService, 'en');
      const script = await jsonLdOf(el, hostile);
      expect(script.textContent).to.not.match(/[<>&\u2028\u2029]/);
      expect(JSON.parse(script.textContent!).name).to.equal(hostile);
      // The page as saved or prerendered (serialised HTML, parsed again): still one JSON-LD script, no other.
      const saved = new DOMParser().parseFromString(`<body>${el.outerHTML}</body>`, 'text/html');
      const scripts = [...saved.querySelectorAll('script')];
      expect(scripts.map((s) => s.type)).to.deep.equal(['application/ld+json']);
      expect(JSON.parse(scripts[0]!.textContent!).name).to.equal(hostile);
    });

    it('writes nothing with no-jsonld', async () => {
      // The writer's chunk is loaded already, so a card that meant to write would have written by the checks below.
      await import('./jsonld.js');
      const { client } = clientWith(fullService);
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info
          no-jsonld
          lang="en"
          service-id=${fullService.id}
          .client=${client}
        ></hapur-service-info>`,
      );
      expect(shadowText(el)).to.contain('Birth certificate');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.querySelector('script')).to.be.null;
    });
  });

  describe('language resolution', () => {
    it('uses its own lang over an ancestor', async () => {
      const { client } = clientWith(fullService);
      const root = await fixture(
        html`<div lang="en">
          <hapur-service-info lang="sq" service-id=${fullService.id} .client=${client}></hapur-service-info>
        </div>`,
      );
      const el = await render(root.querySelector('hapur-service-info'));
      expect(shadowText(el)).to.contain('Certifikata e lindjes');
    });

    it('falls back to the document language', async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = 'sq-AL';
      try {
        const { client } = clientWith(fullService);
        const el = await render<HapurServiceInfo>(
          html`<hapur-service-info service-id=${fullService.id} .client=${client}></hapur-service-info>`,
        );
        expect(shadowText(el)).to.contain('Dokumentet që ju duhen');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('maps bare sr and en-GB to the right catalogues', async () => {
      const sr = await card(fullService, 'sr');
      expect(shadowText(sr)).to.contain('Potrebna dokumenta');
      const gb = await card(fullService, 'en-GB');
      expect(shadowText(gb)).to.contain('Documents you need').and.contain('15 March 2026');
    });

    it('finds the lang of an ancestor outside a shadow root', async () => {
      const host = await fixture(html`<div lang="sr-Latn"><div></div></div>`);
      const inner = host.firstElementChild!.attachShadow({ mode: 'open' });
      const { client } = clientWith(fullService);
      const el = document.createElement('hapur-service-info');
      el.serviceId = fullService.id;
      el.client = client;
      inner.append(el);
      await settled(el);
      expect(shadowText(el)).to.contain('Izvod iz matične knjige rođenih');
    });
  });

  describe('accessibility', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations with a full service in ${lang}`, async () => {
        const el = await card(fullService, lang);
        await expect(el).to.be.accessible();
      });
    }

    it('exposes the service name as a heading at the chosen level', async () => {
      const { client } = clientWith(fullService);
      await render(
        html`<hapur-service-info
          lang="en"
          heading-level="3"
          service-id=${fullService.id}
          .client=${client}
        ></hapur-service-info>`,
      );
      const snapshot = (await a11ySnapshot({ selector: 'hapur-service-info' })) as unknown as {
        role: string;
        name: string;
        level?: number;
        children: never[];
      };
      const heading = findAccessibilityNode<{ role: string; name: string; level?: number }>(
        snapshot,
        (n) => n.role === 'heading' && n.name === 'Birth certificate',
      );
      expect(heading).to.not.be.null;
      expect(heading!.level).to.equal(3);
    });

    it('opens and closes sections from the keyboard', async () => {
      const el = await card(fullService, 'en');
      const first = $(el, 'details') as HTMLDetailsElement;
      el.shadowRoot!.querySelector<HTMLElement>('a[part="apply-link"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(first.querySelector('summary'));
      expect(first.open).to.be.false;
      await sendKeys({ press: 'Enter' });
      expect(first.open).to.be.true;
      await sendKeys({ press: 'Space' });
      expect(first.open).to.be.false;
    });

    it('uses system colours in forced-colors mode, with the apply link still filled and its label readable', async () => {
      await emulateForcedColors(true);
      try {
        const el = await card(fullService, 'en');
        const apply = $(el, 'a[part="apply-link"]') as HTMLElement;
        const link = getComputedStyle(apply);
        // A LinkText button on the Canvas card, its label in Canvas (no backplate hides it).
        expect(link.backgroundColor).to.equal(systemColor('LinkText'));
        expect(link.color).to.equal(systemColor('Canvas'));
        expect(getComputedStyle($(el, '.card') ?? el).backgroundColor).to.equal(systemColor('Canvas'));
        expect(getComputedStyle($(el, '.card') ?? el).color).to.equal(systemColor('CanvasText'));
        // A key press first, so focusing shows the keyboard focus ring (:focus-visible).
        await sendKeys({ press: 'Shift' });
        apply.focus();
        expect(el.shadowRoot!.activeElement).to.equal(apply);
        expect(getComputedStyle(apply).outlineStyle).to.equal('solid');
        expect(getComputedStyle(apply).outlineColor).to.equal(systemColor('Highlight'));
      } finally {
        await emulateForcedColors(false);
      }
    });

    it("draws the keyboard focus ring in the site's brand colour, or in its own focus-ring token", async () => {
      const el = await card(fullService, 'en');
      const apply = $(el, 'a[part="apply-link"]') as HTMLElement;
      await sendKeys({ press: 'Shift' });
      apply.focus();
      const ring = () => getComputedStyle(apply);
      // The default theme: the default brand blue.
      expect(ring().outlineColor).to.equal('rgb(29, 78, 216)');
      // A site that sets only its brand colour (the municipality example's maroon) gets focus rings in it.
      el.style.setProperty('--hapur-color-brand', '#8a1538');
      expect(ring().outlineColor).to.equal('rgb(138, 21, 56)');
      expect(ring().outlineWidth).to.equal('3px');
      // Its own focus-ring token still wins.
      el.style.setProperty('--hapur-focus-ring', '4px dashed #000000');
      expect(ring().outlineStyle).to.equal('dashed');
      expect(ring().outlineColor).to.equal('rgb(0, 0, 0)');
    });

    it('prints collapsed sections open', async () => {
      const el = await card(fullService, 'en');
      const section = $(el, 'details') as HTMLDetailsElement;
      const summary = section.querySelector('summary')!;
      expect(section.getBoundingClientRect().height).to.be.closeTo(summary.getBoundingClientRect().height, 2);
      await emulateMedia({ media: 'print' });
      try {
        expect(section.open).to.be.false;
        expect(section.getBoundingClientRect().height).to.be.greaterThan(summary.getBoundingClientRect().height + 10);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('registration', () => {
    it('warns instead of throwing when the tag is defined twice', () => {
      class Copy extends HapurServiceInfo {}
      expect(() => defineElement('hapur-service-info', Copy)).to.not.throw();
      expect(consumeConsole(/already defined/)).to.have.length(1);
      expect(customElements.get('hapur-service-info')).to.equal(HapurServiceInfo);
    });
  });

  runTokenContract('hapur-service-info', HapurServiceInfo.styles, ownStyles);
  runColorModesContract('hapur-service-info', () => card(fullService, 'en'));

  runLocalizationContract('hapur-service-info', async () => {
    const { client } = clientWith(fullService);
    const root = await fixture(
      html`<div lang="sq">
        <hapur-service-info service-id=${fullService.id} .client=${client}></hapur-service-info>
      </div>`,
    );
    return render(root.querySelector('hapur-service-info'));
  });
});
