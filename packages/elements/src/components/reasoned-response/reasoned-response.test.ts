import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { NotFoundError, type CoCreationProcessDetail } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { cocreationFixture, fixtureClient } from '../../internal/test/fixtures/cocreation.js';
import { runLocalizationContract, settled, shadowText } from '../../internal/test/localization-contract.js';
import { runTokenContract } from '../../internal/test/token-contract.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';
import './reasoned-response.define.js';
import { HapurReasonedResponse } from './reasoned-response.js';
import ownStyles from './reasoned-response.styles.js';
import { responseStrings } from './reasoned-response.translations.js';

failOnConsole();

const XK = 'xk-ogp-2026-2030';
let seed: CoCreationProcessDetail;
before(async () => {
  seed = (await cocreationFixture()).process(XK);
});

/** The seed with measure 1 adopted into commitment 1 and measure 6 not adopted (for the states only). */
function answered(): CoCreationProcessDetail {
  const contributions = seed.contributions.map((c) =>
    c.number === '1'
      ? {
          ...c,
          response: {
            status: 'adopted' as const,
            adoptedInto: [{ planId: 'xk-2026-2028', commitmentNumber: '1' }],
            respondedBy: 'xk-amshc',
            respondedAt: '2027-02-15T10:00:00Z',
          },
        }
      : c.number === '6'
        ? { ...c, response: { status: 'not_adopted' as const, reason: { values: { en: 'Outside this plan.' } } } }
        : c,
  );
  return { ...seed, contributions };
}

async function view(detail: CoCreationProcessDetail, lang = 'en') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <hapur-reasoned-response
        commitment-href="plan.html#commitment-{number}"
        .detail=${detail}
      ></hapur-reasoned-response>
    </div>`,
  );
  const el = wrapper.querySelector('hapur-reasoned-response')!;
  await settled(el);
  return el;
}
const $ = (el: HTMLElement, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: HTMLElement, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const counts = (el: HTMLElement) =>
  $$(el, '[part="counts"] > div').map((d) => [
    d.querySelector('dt')!.textContent!.trim(),
    d.querySelector('dd')!.textContent!.trim(),
  ]);

describe('<hapur-reasoned-response>', () => {
  describe("the seed: the AMSHC meeting's six recommended measures", () => {
    it("lists each measure in order, from the meeting's participants, under consideration", async () => {
      const el = await view(seed);
      const items = $$(el, '[part="contribution"]');
      expect(items).to.have.length(6);
      expect(items[0]!.textContent).to.contain('1.').and.contain('Strengthening public consultation mechanisms');
      expect(items[0]!.textContent).to.contain(
        'Participants of: AMSHC consultation meeting with civil society organisations',
      );
      expect(items.every((i) => i.querySelector('[part="response"]')!.textContent!.includes('Under consideration'))).to
        .be.true;
      expect(counts(el)).to.deep.equal([
        ['Adopted', '0'],
        ['Partly adopted', '0'],
        ['Not adopted', '0'],
        ['Under consideration', '6'],
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('responses', () => {
    it('links an adopted idea to its commitment and gives the reason of one not adopted', async () => {
      const el = await view(answered());
      const [first] = $$(el, '[part="contribution"]');
      const link = first!.querySelector<HTMLAnchorElement>('[part="commitment-link"]')!;
      expect(link.getAttribute('href')).to.equal('plan.html#commitment-1');
      expect(link.textContent).to.equal('Commitment 1');
      expect(first!.textContent).to.contain('Adopted').and.contain('Answered by Civil Society Support Agency');
      expect($$(el, '[part="contribution"]')[5]!.textContent).to.contain('Reason:').and.contain('Outside this plan.');
      expect(counts(el).map((c) => c[1])).to.deep.equal(['1', '0', '1', '4']);
    });

    it('filters by response with the keyboard and says how many are shown', async () => {
      const el = await view(answered());
      const select = $(el, '[part="filter"]') as HTMLSelectElement;
      // A live region rendered (display) together with its first words is not read: it must be there, empty, first.
      expect(getComputedStyle($(el, '.shown')!).display).to.not.equal('none');
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(select.value).to.equal('adopted');
      expect($$(el, '[part="contribution"]')).to.have.length(1);
      expect($(el, '.shown')!.textContent).to.equal('Showing 1 of 6');
      select.value = 'partly_adopted';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shadowText(el)).to.contain('No contribution has this response.');
    });

    it("downloads what is shown as CSV (the SDK writer, in the reader's language) and JSON", async () => {
      const el = await view(answered());
      const blobs: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:about:blank');
      try {
        $(el, '[part="download-button"][data-format="csv"]')!.click();
        $(el, '[part="download-button"][data-format="json"]')!.click();
      } finally {
        URL.createObjectURL = original;
      }
      const csv = await blobs[0]!.text();
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.equal('No.,Contribution,From,Proposed at,Response,Reason,Taken into,Answered by,Answered on');
      expect(lines[1]).to.equal(
        '1,Strengthening public consultation mechanisms,Participants of: AMSHC consultation meeting with civil society organisations,AMSHC consultation meeting with civil society organisations,Adopted,,Commitment 1,Civil Society Support Agency,2027-02-15',
      );
      expect(lines).to.have.length(8);
      const json = JSON.parse(await blobs[1]!.text()) as { process: { id: string }; contributions: unknown[] };
      expect(json.process.id).to.equal(XK);
      expect(json.contributions).to.have.length(6);
    });
  });

  describe('a large consultation', () => {
    // "1234 contributions" is hard to read: the total and the filter's count are written as the page writes numbers.
    function many(): CoCreationProcessDetail {
      const base = answered();
      const contributions = Array.from({ length: 1234 }, (_, i) => {
        const c = base.contributions[i % base.contributions.length]!;
        return { ...c, id: `${c.id}-${i}`, number: String(i + 1) };
      });
      return { ...base, contributions };
    }
    for (const [lang, total, shown] of [
      ['en', '1,234 contributions', 'of 1,234'],
      ['sr-Latn', '1.234 doprinosa', 'od 1.234'],
    ] as const) {
      it(`groups the digits of the counts (${lang})`, async () => {
        const el = await view(many(), lang);
        expect($(el, '.total')!.textContent!.trim()).to.equal(total);
        const select = $(el, '[part="filter"]') as HTMLSelectElement;
        select.value = 'under_consideration';
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect($(el, '.shown')!.textContent).to.contain(shown);
      });
    }
  });

  describe('dates', () => {
    it("dates a response by the day it was given in the process's zone, on screen and in the CSV", async () => {
      // 23:30 UTC on 15 February is half past midnight on 16 February in Prishtina (Europe/Belgrade).
      const detail = answered();
      const late = detail.contributions.map((c) =>
        c.number === '1' ? { ...c, response: { ...c.response, respondedAt: '2027-02-15T23:30:00Z' } } : c,
      );
      const el = await view({ ...detail, timeZone: 'Europe/Belgrade', contributions: late });
      expect($$(el, '[part="contribution"]')[0]!.textContent).to.contain(
        'Answered by Civil Society Support Agency, February 16, 2027',
      );
      const blobs: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:about:blank');
      try {
        $(el, '[part="download-button"][data-format="csv"]')!.click();
      } finally {
        URL.createObjectURL = original;
      }
      expect((await blobs[0]!.text()).split('\r\n')[1]).to.match(/,2027-02-16$/);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations (${lang})`, async () => {
        await expect(await view(answered(), lang)).to.be.accessible();
      });
    }

    it('names the block and each contribution as headings', async () => {
      await view(seed);
      type Node = { role: string; name: string; level?: number; children?: Node[] };
      const snapshot = (await a11ySnapshot({ selector: 'hapur-reasoned-response' })) as unknown as Node;
      const headings: string[] = [];
      const walk = (n: Node) => {
        if (n.role === 'heading') headings.push(n.name);
        n.children?.forEach(walk);
      };
      walk(snapshot);
      expect(headings[0]).to.equal('What we heard and what we did');
      expect(headings).to.have.length(7);
    });
  });

  describe('states', () => {
    it('loads the process from the API, shows empty for an opportunity without contributions', async () => {
      const el = await fixture<HapurReasonedResponse>(
        html`<hapur-reasoned-response
          lang="en"
          process=${XK}
          opportunity="${XK}-training"
          .client=${fixtureClient({ getCoCreationProcess: async () => seed })}
        ></hapur-reasoned-response>`,
      );
      await waitUntil(() => el.matches(':state(empty)'), 'not empty');
      expect(shadowText(el)).to.contain((await responseStrings.load('en')).empty);
      await expect(el).to.be.accessible();
    });

    it('shows loading, then the error state for an unknown process', async () => {
      let reject!: (e: unknown) => void;
      const el = await fixture<HapurReasonedResponse>(
        html`<hapur-reasoned-response
          lang="en"
          process="nope"
          .client=${fixtureClient({ getCoCreationProcess: () => new Promise((_, r) => (reject = r)) })}
        ></hapur-reasoned-response>`,
      );
      await waitUntil(() => el.matches(':state(loading)'), 'not loading');
      await expect(el).to.be.accessible();
      reject(new NotFoundError({ status: 404, method: 'GET', url: 'https://api.test/api/v1/cocreation/nope' }));
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      await expect(el).to.be.accessible();
    });
  });

  runLocalizationContract('hapur-reasoned-response', () => view(answered()));
  runTokenContract('hapur-reasoned-response', HapurReasonedResponse.styles, ownStyles);
  runColorModesContract('hapur-reasoned-response', () => view(answered()));
});
