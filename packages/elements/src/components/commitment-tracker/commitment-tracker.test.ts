import { expect } from '@open-wc/testing';
import { ActionPlanSchema, createClient, type ActionPlan } from '@hapur/sdk';
import { html } from 'lit';
import './commitment-tracker.define.js';
import type { HapurErrorEvent } from '../../events/error.js';
import type { HapurLoadEvent } from '../../events/load.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { shadowText } from '../../internal/test/localization-contract.js';
import type { HapurFeedbackRequestEvent } from '../../events/feedback-request.js';
import { syntheticPlan } from './synthetic-plan.js';
import { until } from '../../internal/test/shadow.js';
import {
  ALBANIA_URL,
  idle,
  KOSOVO_URL,
  kosovo,
  kosovoNumbers,
  loadJson,
  milestoneNumbersByExpanding,
  q,
  qa,
  renderTracker,
  resetHash,
  shownNumbers,
  textOf,
} from './tracker-test-helpers.js';

failOnConsole();

async function kosovoPlan(): Promise<ActionPlan> {
  const file = (await loadJson(KOSOVO_URL)) as { plans: unknown[] };
  return ActionPlanSchema.parse(file.plans[0]);
}

describe('<hapur-commitment-tracker>', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  describe('the real Kosovo plan', () => {
    it('renders every commitment of the data file, in order', async () => {
      const numbers = await kosovoNumbers();
      const el = await kosovo();
      expect(shownNumbers(el)).to.deep.equal(numbers.commitments);
      expect(numbers.commitments).to.have.length(5);
    });

    it('shows every milestone of the data file when each commitment is opened', async () => {
      const numbers = await kosovoNumbers();
      const el = await kosovo();
      expect(await milestoneNumbersByExpanding(el)).to.deep.equal(numbers.milestones);
    });

    it('shows the plan header: title, period, coordinator, overall progress, last update, demonstration note', async () => {
      const el = await kosovo();
      const header = textOf(q(el, '[part~="header"]'));
      expect(header).to.contain('2026–2028').and.contain('Ministry of Local Government Administration');
      const total = (await kosovoNumbers()).milestones.length;
      expect(header).to.match(new RegExp(`\\d+ of ${total} milestones complete`));
      expect(header).to.contain('Data last updated on');
      expect(q(el, '[part~="demo-note"]').textContent).to.contain('Demonstration data');
      const bar = q(el, '[part~="overall-progress"]');
      expect(bar.getAttribute('role')).to.equal('progressbar');
      expect(bar.getAttribute('aria-valuetext')).to.contain(`of ${total} milestones complete`);
    });

    it('writes percentages as the language does: "6%" in English and Albanian, "%6" in Turkish', async () => {
      const progressOf = async (lang: string): Promise<[string, string]> => {
        const el = await kosovo(lang);
        return [
          q(el, '[data-number="1"] .progress__text').textContent!.trim(),
          q(el, '[part~="overall-progress"]').getAttribute('aria-valuetext')!,
        ];
      };
      const [en, enOverall] = await progressOf('en');
      const [sq] = await progressOf('sq');
      const [tr, trOverall] = await progressOf('tr');
      const percent = /^(\d+)% · \d+\/\d+$/.exec(en)![1]!;
      expect(sq).to.equal(en);
      expect(tr).to.equal(en.replace(`${percent}%`, `%${percent}`));
      expect(enOverall).to.match(/^\d+% \(/);
      expect(trOverall).to.match(/^%\d+ \(/);
    });

    it("takes each commitment's status from the reported progress (commitment 3 has a delayed milestone)", async () => {
      const el = await kosovo();
      expect(q(el, '[data-number="3"] [part~="status"]').textContent).to.contain('Delayed');
      expect(q(el, '[data-number="1"] [part~="status"]').textContent).to.contain('In progress');
    });

    it('shows the due date as written and as read, the lead, status, latest update and evidence of a milestone', async () => {
      const el = await kosovo('en', 'commitment="5"');
      const milestone = qa(el, '[part~="milestone"]')[1]!;
      const text = textOf(milestone);
      expect(text).to.contain('Vazhdon (2026–2028)').and.contain('ongoing').and.contain('On track');
      expect(text).to.contain('Latest progress update');
      const link = milestone.querySelector('a');
      expect(link?.getAttribute('href')).to.match(/^https:\/\//);
      expect(textOf(qa(el, '[part~="milestone"]')[0]!)).to.contain('Ministry of Local Government Administration');
    });

    it('shows problem, expected results and supporting actors by sector when a commitment is opened', async () => {
      const el = await kosovo('en', 'commitment="3"');
      const detail = textOf(q(el, '[part~="detail"]'));
      expect(detail).to.contain('Problem').and.contain('Expected results').and.contain('Supporting actors');
      expect(detail).to.contain('Government').and.contain('Civil society');
    });

    it('shows the budget where the plan gives one (commitment 2), and no budget section where it does not', async () => {
      const two = await kosovo('en', 'commitment="2"');
      expect(textOf(q(two, '[part~="detail"]')))
        .to.contain('Budget')
        .and.contain('96,744.28');
      const three = await kosovo('en', 'commitment="3"');
      expect(textOf(q(three, '[part~="detail"]'))).to.not.contain('Budget');
    });
  });

  describe('data sources', () => {
    it('loads through a client (api + plan-id) and fires hapur-load', async () => {
      const plan = await kosovoPlan();
      const calls: string[] = [];
      const client = { getPlan: async (id: string) => (calls.push(id), plan) };
      const loads: HapurLoadEvent[] = [];
      const el = await renderTracker(
        html`<div lang="en" @hapur-load=${(e: HapurLoadEvent) => loads.push(e)}>
          <hapur-commitment-tracker plan-id="xk-2026-2028" .client=${client}></hapur-commitment-tracker>
        </div>`,
      );
      expect(calls).to.deep.equal(['xk-2026-2028']);
      expect(loads[0]?.detail.source).to.equal('api');
      expect(shownNumbers(el)).to.have.length(plan.commitments.length);
      // Without institution records from the API, the acronym from the id is shown rather than a guessed name.
      expect(textOf(q(el, '[data-number="5"] .lead'))).to.equal('Lead institution: MAPL');
    });

    it("names institutions from the API's plan in the reader's language (lead, coordinator, supporting actors)", async () => {
      const file = (await loadJson(KOSOVO_URL)) as { plans: object[]; institutions: unknown[] };
      // The body GET /plans/{planId} sends: the plan plus the institutions it references.
      const body = JSON.stringify({ ...file.plans[0], institutions: file.institutions });
      const urls: string[] = [];
      const fetch = async (input: RequestInfo | URL) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return new Response(body, { headers: { 'Content-Type': 'application/json' } });
      };
      const client = createClient({ baseUrl: new URL('/api/v1', location.href), fetch, retry: 0 });
      const names = {
        sq: ['Ministria e Administrimit të Pushtetit Lokal', 'Institucioni udhëheqës'],
        en: ['Ministry of Local Government Administration', 'Lead institution'],
      };
      for (const [lang, [name, label]] of Object.entries(names)) {
        const el = await renderTracker(
          html`<div lang=${lang}>
            <hapur-commitment-tracker plan-id="xk-2026-2028" .client=${client}></hapur-commitment-tracker>
          </div>`,
        );
        expect(textOf(q(el, '[data-number="1"] .lead'))).to.equal(`${label}: ${name}`);
        expect(textOf(q(el, '[part~="header"]')))
          .to.contain(name!)
          .and.not.contain('MAPL');
      }
      expect(urls[0]).to.match(/\/api\/v1\/plans\/xk-2026-2028$/);
      // Commitment 3's plan text calls a supporting actor "IPA"; the institution record gives its name.
      const three = await renderTracker(
        html`<div lang="en">
          <hapur-commitment-tracker plan-id="xk-2026-2028" commitment="3" .client=${client}></hapur-commitment-tracker>
        </div>`,
      );
      expect(textOf(q(three, '[part~="detail"] .actors'))).to.contain('Information and Privacy Agency');
    });

    it('reads a plan set as a property, with institutions for the names', async () => {
      const plan = syntheticPlan(3, 2);
      const el = await renderTracker(
        html`<hapur-commitment-tracker lang="en" .plan=${plan}></hapur-commitment-tracker>`,
      );
      expect(shownNumbers(el)).to.deep.equal(['1', '2', '3']);
    });

    it('reads inline JSON and groups commitments by the thematic components of the Albanian draft', async () => {
      const file = await loadJson(ALBANIA_URL);
      const el = await renderTracker(
        html`<hapur-commitment-tracker lang="en"
          ><script type="application/json">
            ${JSON.stringify(file)}
          </script></hapur-commitment-tracker
        >`,
      );
      const groups = qa(el, '.group__title').map((h) => h.textContent?.trim());
      expect(groups).to.deep.equal([
        'Anti-Corruption',
        'Digital Governance',
        'Access to Justice',
        'Fiscal Transparency',
      ]);
      expect(shownNumbers(el)).to.have.length(10);
      expect(shadowText(el)).to.contain('No milestones published yet').and.contain('open for public comment');
    });

    it('says a plan from a demonstration data file is invented, not only its progress, in the reader’s language', async () => {
      const { dataNotes: _notes, ...plan } = syntheticPlan(1, 1);
      const file = { format: 'hapur/v1', provenance: { kind: 'demonstration', source: 'test' }, plans: [plan] };
      const note = async (lang: string) =>
        textOf(
          q(
            await renderTracker(
              html`<hapur-commitment-tracker lang=${lang}
                ><script type="application/json">
                  ${JSON.stringify(file)}
                </script></hapur-commitment-tracker
              >`,
            ),
            '[part~="demo-note"]',
          ),
        );
      expect(await note('en')).to.equal(
        'Demonstration data: this plan is invented to show how tracking works. It is not the action plan of any government.',
      );
      expect(await note('sq')).to.contain('ky plan është i trilluar');
      // From the API (or a static export): the plan's own note wins over the progress note.
      const api = await renderTracker(
        html`<hapur-commitment-tracker
          lang="sr-Latn"
          .plan=${{ ...plan, dataNotes: { demonstrationProgress: true, demonstrationPlan: true } }}
        ></hapur-commitment-tracker>`,
      );
      expect(qa(api, '[part~="demo-note"]')).to.have.length(1);
      expect(textOf(q(api, '[part~="demo-note"]'))).to.contain('ovaj plan je izmišljen');
      // The same file as real data has no note.
      const real = await renderTracker(
        html`<hapur-commitment-tracker lang="en"
          ><script type="application/json">
            ${JSON.stringify({ ...file, provenance: { kind: 'real', source: 'test' } })}
          </script></hapur-commitment-tracker
        >`,
      );
      expect(qa(real, '[part~="demo-note"]')).to.have.length(0);
    });

    it('offers a comments slot per commitment of a draft under consultation', async () => {
      const file = await loadJson(ALBANIA_URL);
      const el = await renderTracker(
        html`<hapur-commitment-tracker lang="en" commitment="2"
          ><script type="application/json">
            ${JSON.stringify(file)}
          </script>
          <p slot="comments-2">A comment</p></hapur-commitment-tracker
        >`,
      );
      const slot = q<HTMLSlotElement>(el, 'slot[name="comments-2"]');
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['A comment']);
    });
  });

  describe('states', () => {
    it('announces loading while the plan is on its way', async () => {
      const client = { getPlan: () => new Promise<ActionPlan>(() => {}) };
      const el = await renderTracker(
        html`<hapur-commitment-tracker lang="en" plan-id="x" .client=${client}></hapur-commitment-tracker>`,
      );
      expect(q(el, '[role="status"]').textContent).to.contain('Loading');
      expect(el.hasState('loading')).to.be.true;
    });

    it('says so when the plan has no commitments', async () => {
      const el = await renderTracker(
        html`<hapur-commitment-tracker lang="en" .plan=${syntheticPlan(0)}></hapur-commitment-tracker>`,
      );
      expect(shadowText(el)).to.contain('no commitments yet');
      expect(el.hasState('empty')).to.be.true;
    });

    it('shows a localized error with a retry button and fires hapur-error', async () => {
      let fail = true;
      const plan = syntheticPlan(2, 1);
      const client = {
        getPlan: async () =>
          fail ? Promise.reject(Object.assign(new Error('gone'), { name: 'NotFoundError', status: 404 })) : plan,
      };
      const errors: HapurErrorEvent[] = [];
      const el = await renderTracker(
        html`<div lang="en" @hapur-error=${(e: HapurErrorEvent) => errors.push(e)}>
          <hapur-commitment-tracker plan-id="x" .client=${client}></hapur-commitment-tracker>
        </div>`,
      );
      expect(q(el, '[role="alert"]').textContent).to.match(/not found/i);
      // A plan is missing, not a service (the shared text said "The service was not found" on every block).
      expect(q(el, '[role="alert"]').textContent).to.not.match(/service/i);
      expect(errors).to.have.length(1);
      fail = false;
      q<HTMLButtonElement>(el, '[part~="retry-button"]').click();
      await until(() => shownNumbers(el).length > 0, 'the plan after retrying');
      await idle(el);
      expect(shownNumbers(el)).to.deep.equal(['1', '2']);
    });

    it('rejects a file that does not match the schema instead of showing it', async () => {
      const el = await renderTracker(
        html`<hapur-commitment-tracker lang="en"
          ><script type="application/json">
            { "id": 5 }
          </script></hapur-commitment-tracker
        >`,
      );
      expect(q(el, '[role="alert"]').textContent).to.contain('not in the expected form');
    });
  });

  describe('single-commitment mode', () => {
    it('shows one commitment, opened, without filters', async () => {
      const el = await kosovo('en', 'commitment="3"');
      expect(shownNumbers(el)).to.deep.equal(['3']);
      expect(q(el, '[part~="commitment-toggle"]').getAttribute('aria-expanded')).to.equal('true');
      expect(qa(el, '[part~="toolbar"]')).to.have.length(0);
    });

    it('says so when the plan has no such commitment', async () => {
      const el = await kosovo('en', 'commitment="42"');
      expect(q(el, '[role="alert"]').textContent).to.contain('no commitment 42');
    });
  });

  describe('events', () => {
    it('fires a cancelable, composed hapur-feedback-request with the plan and commitment', async () => {
      const events: HapurFeedbackRequestEvent[] = [];
      const el = await kosovo('en', 'commitment="4"');
      el.parentElement!.addEventListener('hapur-feedback-request', (e) => {
        events.push(e);
        e.preventDefault();
      });
      q<HTMLButtonElement>(el, '[part~="feedback-button"]').click();
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ planId: 'xk-2026-2028', commitmentNumber: '4' });
      expect(events[0]!.cancelable && events[0]!.composed && events[0]!.bubbles).to.be.true;
    });

    it('never follows a javascript: feedback-href', async () => {
      const el = await kosovo('en', 'commitment="4" feedback-href="javascript:window.hapurHacked=1"');
      q<HTMLButtonElement>(el, '[part~="feedback-button"]').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { hapurHacked?: number }).hapurHacked).to.equal(undefined);
    });
  });

  describe('links', () => {
    it('shows evidence with a javascript: URL set through the plan property as text, not as a link', async () => {
      const plan = syntheticPlan(1, 1);
      const title = { values: { en: 'Hostile evidence' }, source: 'en' as const };
      const good = { values: { en: 'Real evidence' }, source: 'en' as const };
      plan.commitments[0]!.milestones[0]!.evidence = [
        { kind: 'report', title, url: 'javascript:window.hapurHacked=1' },
        { kind: 'report', title: good, url: 'https://example.org/report.pdf' },
      ];
      const el = await renderTracker(
        html`<hapur-commitment-tracker lang="en" commitment="1" .plan=${plan}></hapur-commitment-tracker>`,
      );
      expect(shadowText(el)).to.contain('Hostile evidence');
      const hrefs = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
      expect(hrefs).to.include('https://example.org/report.pdf');
      expect(hrefs.filter((href) => !href.startsWith('https:') && !href.startsWith(location.origin))).to.deep.equal([]);
    });
  });
});
