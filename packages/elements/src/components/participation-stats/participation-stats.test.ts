import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { sendKeys } from '@web/test-runner-commands';
import type { ParticipationStats } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { runLocalizationContract, settled, shadowText } from '../../internal/test/localization-contract.js';
import { fakeReads, json } from '../feedback-form/test/fake-api.js';
import enFeedback from '../../translations/feedback/en.js';
import enCommon from '../../translations/feedback-common/en.js';
import sqFeedback from '../../translations/feedback/sq.js';
import sqCommon from '../../translations/feedback-common/sq.js';
import srLatnFeedback from '../../translations/feedback/sr-latn.js';
import srLatnCommon from '../../translations/feedback-common/sr-latn.js';
import './participation-stats.define.js';
import type { HapurParticipationStats } from './participation-stats.js';
import { kindRows, statusRows } from './participation-stats.model.js';
import { statsStrings } from './participation-stats.translations.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';

// The feedback strings, the common words, as the block renders with them.
const en = { ...enFeedback, ...enCommon };
const sq = { ...sqFeedback, ...sqCommon };
const srLatn = { ...srLatnFeedback, ...srLatnCommon };

failOnConsole();

const stats: ParticipationStats = {
  institutionId: 'xk-example-municipality',
  total: 13,
  byType: { request: 4, feedback: 3, proposal: 3, issue_report: 3 },
  byStatus: {
    received: 1,
    in_review: 1,
    forwarded: 1,
    in_progress: 1,
    answered: 2,
    accepted: 2,
    partially_accepted: 2,
    rejected: 1,
    resolved: 1,
    duplicate: 1,
  },
  answeredWithinDeadlineShare: 0.75,
  medianResponseDays: 6,
};
const empty: ParticipationStats = {
  total: 0,
  byType: {},
  byStatus: {},
  answeredWithinDeadlineShare: null,
  medianResponseDays: null,
};

async function view(data: ParticipationStats, lang = 'en') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-participation-stats .stats=${data}></hapur-participation-stats></div>`,
  );
  const el = wrapper.querySelector('hapur-participation-stats')!;
  await settled(el);
  return { el, wrapper };
}

const $ = (el: HapurParticipationStats, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);

describe('<hapur-participation-stats>', () => {
  describe('demonstration data', () => {
    for (const lang of ['sq', 'sr-Latn', 'en'] as const) {
      it(`says when the numbers count demonstration submissions (${lang})`, async () => {
        const { el } = await view({ ...stats, demonstration: true }, lang);
        const note = $(el, '[part="demo-note"]')!;
        expect(note.getAttribute('role')).to.equal('note');
        expect(note.textContent!.trim()).to.equal((await statsStrings.load(lang)).demonstrationNote);
        await expect(el).to.be.accessible();
      });
    }

    it('shows no note for real numbers', async () => {
      expect($((await view({ ...stats, demonstration: false })).el, '[part="demo-note"]')).to.be.null;
      expect($((await view(stats)).el, '[part="demo-note"]')).to.be.null;
    });
  });

  describe('model', () => {
    it('lists every kind with zeros and only the statuses that occur, scaled to the largest', () => {
      expect(
        kindRows({ ...stats, byType: { request: 4, proposal: 2 } }).map((r) => [r.key, r.count, r.percent]),
      ).to.deep.equal([
        ['request', 4, 100],
        ['feedback', 0, 0],
        ['proposal', 2, 50],
        ['issue_report', 0, 0],
      ]);
      expect(statusRows(stats).map((r) => r.key)[0]).to.equal('received');
      expect(statusRows(empty)).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations (${lang})`, async () => {
        const { el } = await view(stats, lang);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('states', () => {
    it('shows the chart as one image with a text alternative holding every number', async () => {
      const { el } = await view(stats);
      const chart = $(el, '[part="chart"]')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.equal(
        'Messages by kind: Request: 4, Feedback: 3, Proposal: 3, Issue report: 3.',
      );
      const widths = [...chart.querySelectorAll('.bar rect')].map((rect) => rect.getAttribute('width'));
      expect(widths).to.deep.equal(['100', '75', '75', '75']);
      expect(chart.querySelector('[style]')).to.equal(null);
    });

    it('gives the same numbers in data tables with captions and header cells', async () => {
      const { el } = await view(stats);
      const tables = [...el.shadowRoot!.querySelectorAll('table')];
      expect(tables.map((t) => t.caption?.textContent?.trim())).to.deep.equal([en.byKind, en.byStatus]);
      const kindCells = [...tables[0]!.querySelectorAll('tbody tr')].map((tr) => [
        tr.querySelector('th')!.textContent,
        tr.querySelector('td')!.textContent,
      ]);
      expect(kindCells).to.deep.equal([
        ['Request', '4'],
        ['Feedback', '3'],
        ['Proposal', '3'],
        ['Issue report', '3'],
      ]);
      expect(tables[1]!.querySelectorAll('tbody tr')).to.have.length(10);
    });

    it('shows each heading once: the tables are named by it without repeating it on screen', async () => {
      const { el } = await view(stats);
      const seen = (words: string) =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement>('p, caption, th, span, div')].filter((node) => {
          const box = node.getBoundingClientRect();
          return node.textContent?.trim() === words && box.width > 1 && box.height > 1;
        });
      for (const words of [en.byKind, en.byStatus]) expect(seen(words), words).to.have.length(1);
      // Each table keeps its name for screen readers: a caption hidden from the screen only (not display: none).
      const captions = [...el.shadowRoot!.querySelectorAll('caption')];
      expect(captions.map((c) => c.textContent?.trim())).to.deep.equal([en.byKind, en.byStatus]);
      expect(captions.map((c) => getComputedStyle(c).display)).to.not.include('none');
    });

    it('shows the deadline share as a percentage and the median in days', async () => {
      const { el } = await view(stats);
      expect($(el, '[part="figures"]')!.textContent).to.contain('75%').and.contain('6 days');
    });

    it('says when there is nothing to count yet', async () => {
      const { el } = await view(empty);
      expect(el.matches(':state(empty)')).to.be.true;
      expect(shadowText(el)).to.contain(en.statsEmpty);
      await expect(el).to.be.accessible();
    });

    it('explains missing figures instead of showing 0 when nothing was answered yet', async () => {
      const { el } = await view({ ...stats, answeredWithinDeadlineShare: null, medianResponseDays: null });
      expect($(el, '[part="figures"]')!.textContent)
        .to.contain(en.answeredShareNone)
        .and.contain(en.medianResponseNone);
    });

    it('loads from the API with the institution filter, and shows the error state on failure', async () => {
      const api = fakeReads({
        '/participation/stats?institution=xk-example-municipality': () => json(stats),
        '/participation/stats?institution=xk-down': () => json({ type: 'x', title: 'x', status: 500, code: 'x' }, 500),
      });
      const el = await fixture<HapurParticipationStats>(
        html`<hapur-participation-stats
          lang="en"
          institution="xk-example-municipality"
          .client=${api.client}
        ></hapur-participation-stats>`,
      );
      await waitUntil(() => $(el, '[part="chart"]'), 'stats not shown');
      expect(api.calls).to.deep.equal(['/participation/stats?institution=xk-example-municipality']);
      el.institution = 'xk-down';
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      await settled(el);
      expect($(el, '[part="retry-button"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('retries from the keyboard after a failure', async () => {
      let fail = true;
      const api = fakeReads({
        '/participation/stats': () =>
          fail ? json({ type: 'x', title: 'x', status: 503, code: 'x' }, 503) : json(stats),
      });
      const el = await fixture<HapurParticipationStats>(
        html`<hapur-participation-stats lang="en" .client=${api.client}></hapur-participation-stats>`,
      );
      await waitUntil(() => $(el, '[part="retry-button"]'), 'no retry button');
      fail = false;
      $(el, '[part="retry-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="chart"]'), 'not reloaded');
      expect(api.calls).to.have.length(2);
    });
  });

  describe('localization', () => {
    it('formats numbers and names in each language', async () => {
      const { el, wrapper } = await view(stats);
      for (const [lang, t] of [
        ['sq', sq],
        ['sr-Latn', srLatn],
      ] as const) {
        wrapper.setAttribute('lang', lang);
        await settled(el);
        expect(shadowText(el))
          .to.contain(t.statsTitle)
          .and.contain(t.kindName.issue_report)
          .and.contain(t.days(6, '6'));
      }
    });
  });
  describe('a large total', () => {
    // "12345 mesazhe" is hard to read: the total is written as the chart and tables write their counts.
    const many = { ...stats, total: 12345, byType: { ...stats.byType, request: 12336 } };
    for (const [lang, written] of [
      ['sq', /^12\s345 mesazhe/],
      ['sr-Latn', /^12\.345 primljenih/],
      ['sr-Cyrl', /^12\.345 примљених/],
      ['bs', /^12\.345 primljenih/],
      ['tr', /^12\.345 mesaj/],
      ['en', /^12,345 messages/],
    ] as const) {
      it(`groups its digits as ${lang} does`, async () => {
        const { el } = await view(many, lang);
        expect($(el, '.total')!.textContent!.trim()).to.match(written);
      });
    }
  });
  describe('median with a decimal', () => {
    // The API rounds the median to one decimal (2.5 days): each language writes its own decimal mark.
    for (const [lang, words] of [
      ['sq', '2,5 ditë'],
      ['sr-Latn', '2,5 dana'],
      ['sr-Cyrl', '2,5 дана'],
      ['bs', '2,5 dana'],
      ['tr', '2,5 gün'],
      ['en', '2.5 days'],
    ] as const) {
      it(`writes it as ${lang} does: ${words}`, async () => {
        const { el } = await view({ ...stats, medianResponseDays: 2.5 }, lang);
        expect($(el, '[part="figures"]')!.textContent).to.contain(words);
      });
    }
  });
  runColorModesContract('hapur-participation-stats', async () => (await view(stats)).el);
});

runLocalizationContract('hapur-participation-stats', async () => (await view(stats)).el);
