import { expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import type { ActionPlan } from '@hapur/sdk';
import { html } from 'lit';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { runLocalizationContract } from '../../internal/test/localization-contract.js';
import type { HapurCommitmentTracker } from './commitment-tracker.js';
import en from './translations/en.js';
import sq from './translations/sq.js';
import srLatn from './translations/sr-latn.js';
import { syntheticPlan } from './synthetic-plan.js';
import {
  ALBANIA_URL,
  choose,
  idle,
  kosovo,
  loadJson,
  q,
  renderTracker,
  resetHash,
  search,
  textOf,
  timelineShown,
} from './tracker-test-helpers.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';
import { emulateForcedColors, systemColor } from '../../internal/test/forced-colors.js';

failOnConsole();

const LANGS = ['sq', 'sr-Latn', 'en'] as const;

interface A11yNode {
  role: string;
  name?: string;
}

/** Every state and mode of the tracker a reader can reach, in one language. */
const STATES: Record<string, (lang: string) => Promise<HapurCommitmentTracker>> = {
  list: (lang) => kosovo(lang),
  'commitment open': async (lang) => {
    const el = await kosovo(lang);
    q<HTMLButtonElement>(el, '[data-number="5"] [part~="commitment-toggle"]').click();
    await idle(el);
    return el;
  },
  timeline: (lang) =>
    kosovo(lang, 'no-url-state').then(
      async (el) => (
        q<HTMLButtonElement>(el, '[part~="view-button"]:nth-child(2)').click(),
        await timelineShown(el),
        el
      ),
    ),
  filtered: async (lang) => {
    const el = await kosovo(lang, 'no-url-state');
    await choose(el, 'f-status', 'in_progress');
    return el;
  },
  'no matches': async (lang) => {
    const el = await kosovo(lang, 'no-url-state');
    await search(el, 'zzzz');
    return el;
  },
  single: (lang) => kosovo(lang, 'commitment="2"'),
  'thematic components (draft)': async (lang) => {
    const file = await loadJson(ALBANIA_URL);
    return renderTracker(
      html`<hapur-commitment-tracker lang=${lang}
        ><script type="application/json">
          ${JSON.stringify(file)}
        </script></hapur-commitment-tracker
      >`,
    );
  },
  loading: (lang) =>
    renderTracker(
      html`<hapur-commitment-tracker
        lang=${lang}
        plan-id="x"
        .client=${{ getPlan: () => new Promise<ActionPlan>(() => {}) }}
      ></hapur-commitment-tracker>`,
      false,
    ),
  error: (lang) =>
    renderTracker(
      html`<hapur-commitment-tracker
        lang=${lang}
        plan-id="x"
        .client=${{ getPlan: () => Promise.reject(Object.assign(new Error('x'), { name: 'NetworkError' })) }}
      ></hapur-commitment-tracker>`,
    ),
  empty: (lang) =>
    renderTracker(html`<hapur-commitment-tracker lang=${lang} .plan=${syntheticPlan(0)}></hapur-commitment-tracker>`),
};

describe('<hapur-commitment-tracker> accessibility', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  describe('axe: no violations in any state or language', () => {
    for (const lang of LANGS) {
      for (const [name, setup] of Object.entries(STATES)) {
        it(`${name} (${lang})`, async () => {
          const el = await setup(lang);
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  it('names every progress bar and gives its value as text; says each status with its label', async () => {
    const el = await kosovo('en');
    const bar = q(el, '[data-number="3"] [part~="progress"]');
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-label')).to.equal('Progress of commitment 3');
    expect(bar.getAttribute('aria-valuetext')).to.match(/^\d+% \(0 of 3 milestones complete\)$/);
    expect(Number(bar.getAttribute('aria-valuenow'))).to.be.within(0, 100);
    expect(textOf(q(el, '[data-number="3"] [part~="status"]'))).to.equal('Status: Delayed');
    expect(q(el, '[part~="overall-progress"]').getAttribute('aria-label')).to.equal('Overall progress');
  });

  it('exposes progress bars, statuses and commitment buttons by role and name in the accessibility tree', async function () {
    const el = await kosovo('en');
    expect(el.isConnected).to.be.true;
    // The whole page: a selector on the host returns only its first accessible descendant (the banner).
    const snapshot = (await a11ySnapshot({}).catch((error: Error) => {
      // The a11y-snapshot command needs a11ySnapshotPlugin() in web-test-runner.config.mjs (asked of the lead).
      if (/Unknown command a11y-snapshot/.test(error.message)) this.skip();
      throw error;
    })) as unknown as A11yNode & { children: never[] };
    const find = (test: (n: A11yNode) => boolean) => findAccessibilityNode<A11yNode>(snapshot, test);
    expect(find((n) => n.role === 'progressbar' && n.name === 'Progress of commitment 3')).to.not.equal(null);
    expect(find((n) => n.role === 'progressbar' && n.name === 'Overall progress')).to.not.equal(null);
    expect(find((n) => n.name === 'Delayed')).to.not.equal(null);
    expect(find((n) => n.role === 'button' && /^3\. Standardising/.test(n.name ?? ''))).to.not.equal(null);
  });

  it('has every tracker term in every language', () => {
    const keys = Object.keys(en).sort();
    for (const [lang, catalogue] of Object.entries({ sq, 'sr-Latn': srLatn, en }))
      expect(Object.keys(catalogue).sort(), lang).to.deep.equal(keys);
  });

  it('keeps the bars of milestones that span the period hatched in forced colours, unlike those of one quarter', async () => {
    await emulateForcedColors(true);
    try {
      const el = await STATES.timeline!('en');
      const highlight = systemColor('Highlight');
      const span = getComputedStyle(q(el, '.chart__bar--span'));
      const point = getComputedStyle(q(el, '.chart__bar--point'));
      expect(point.backgroundColor).to.equal(highlight);
      expect(point.backgroundImage).to.equal('none');
      expect(span.backgroundImage).to.match(/^repeating-linear-gradient/);
      expect(span.backgroundImage).to.contain(highlight);
      expect(span.borderTopColor).to.equal(highlight);
    } finally {
      await emulateForcedColors(false);
    }
  });

  runLocalizationContract('hapur-commitment-tracker', async () => {
    const el = await kosovo('en', 'no-url-state');
    q<HTMLButtonElement>(el, '[data-number="5"] [part~="commitment-toggle"]').click();
    await idle(el);
    return el;
  });
  runColorModesContract('hapur-commitment-tracker', () => kosovo('en', 'no-url-state'));
});
