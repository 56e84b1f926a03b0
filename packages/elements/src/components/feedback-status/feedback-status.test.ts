import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { sendKeys } from '@web/test-runner-commands';
import type { FeedbackStatus } from '@hapur/sdk';
import type { HapurErrorEvent } from '../../events/error.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { runLocalizationContract, settled, shadowText } from '../../internal/test/localization-contract.js';
import { fakeReads, json } from '../feedback-form/test/fake-api.js';
import enFeedback from '../../translations/feedback/en.js';
import enCommon from '../../translations/feedback-common/en.js';
import sqFeedback from '../../translations/feedback/sq.js';
import sqCommon from '../../translations/feedback-common/sq.js';
import srLatnFeedback from '../../translations/feedback/sr-latn.js';
import srLatnCommon from '../../translations/feedback-common/sr-latn.js';
import './feedback-status.define.js';
import type { HapurFeedbackStatus } from './feedback-status.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';

// The feedback strings, the common words, as the block renders with them.
const en = { ...enFeedback, ...enCommon };
const sq = { ...sqFeedback, ...sqCommon };
const srLatn = { ...srLatnFeedback, ...srLatnCommon };

failOnConsole();

const TOKEN = 'tok_answered_0000000001';
const XSS = '<img src=x onerror=alert(1)><script>window.hacked=1</script>';

const answered: FeedbackStatus = {
  reference: 'HP-2026-000123',
  type: 'issue_report',
  status: 'resolved',
  submittedAt: '2026-03-02T09:00:00Z',
  respondBy: '2026-04-01T09:00:00Z',
  history: [
    { status: 'in_review', at: '2026-03-04T10:00:00Z', note: { values: { en: `Sent to the roads team ${XSS}` } } },
    { status: 'received', at: '2026-03-02T09:00:00Z' },
    { status: 'resolved', at: '2026-03-20T15:00:00Z' },
  ],
  response: {
    body: {
      values: { en: `The lamp was replaced on 19 March. ${XSS}`, sq: 'Llamba u zëvendësua më 19 mars.' },
      source: 'sq',
    },
    decision: 'accepted',
    respondedAt: '2026-03-20T15:00:00Z',
    appealInfo: { values: { en: 'You may write to the mayor’s office within 15 days.' } },
  },
};

const pending: FeedbackStatus = {
  reference: 'HP-2026-000124',
  type: 'request',
  status: 'received',
  submittedAt: '2026-03-02T09:00:00Z',
  respondBy: '2026-03-05T09:00:00Z',
  history: [{ status: 'received', at: '2026-03-02T09:00:00Z' }],
};

function reads() {
  return fakeReads({
    [`/feedback/${TOKEN}`]: () => json(answered),
    '/feedback/tok_pending_00000000001': () => json(pending),
    '/feedback/tok_broken_000000000001': () => json({ type: 'x', title: 'x', status: 500, code: 'boom' }, 500),
  });
}

async function statusView(attrs: { token?: string; lang?: string } = {}) {
  const api = reads();
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${attrs.lang ?? 'en'}>
      <hapur-feedback-status .client=${api.client} token=${attrs.token ?? ''}></hapur-feedback-status>
    </div>`,
  );
  const el = wrapper.querySelector('hapur-feedback-status')!;
  await settled(el);
  return { el, api, wrapper };
}

const $ = (el: HapurFeedbackStatus, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<hapur-feedback-status>', () => {
  describe('accessibility', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations with the code form and a full status (${lang})`, async () => {
        const { el } = await statusView({ token: TOKEN, lang });
        expect($(el, '[part="timeline"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('reads each result once: "not found" and errors are alerts outside the polite region, the status inside it', async () => {
      const { el } = await statusView();
      const region = $(el, '[aria-live="polite"]')!;
      // An alert (or status) inside a live region is read twice by some screen readers: once for each.
      const nested = () =>
        el.shadowRoot!.querySelectorAll('[aria-live] [role="alert"], [aria-live] [role="status"]').length;
      const lookUp = async (token: string, selector: string) => {
        const input = $(el, '#token') as HTMLInputElement;
        input.value = token;
        input.dispatchEvent(new Event('input'));
        $(el, 'button[type="submit"]')!.click();
        await waitUntil(() => $(el, selector), `no ${selector}`);
      };
      await lookUp('tok_unknown_0000000001', '[part="not-found"]');
      expect($(el, '[part="not-found"]')!.getAttribute('role')).to.equal('alert');
      expect(nested(), 'alerts inside a live region').to.equal(0);
      await lookUp('tok_broken_000000000001', '[part="retry-button"]');
      expect(el.shadowRoot!.querySelectorAll('[role="alert"]').length).to.equal(1);
      expect(nested(), 'alerts inside a live region').to.equal(0);
      await lookUp(TOKEN, '[part="status"]');
      // The same region the empty form had: a region already in the page is one a screen reader reads from.
      expect($(el, '[aria-live="polite"]') === region, 'the same live region').to.be.true;
      expect(region.contains($(el, '[part="status"]')), 'the status in the live region').to.be.true;
      await expect(el).to.be.accessible();
    });

    it('has a labelled code field described by its hint', async () => {
      const { el } = await statusView();
      const input = $(el, '#token') as HTMLInputElement;
      expect(input.labels?.[0]?.textContent).to.equal(en.tokenInputLabel);
      expect(input.getAttribute('aria-describedby')).to.equal('token-hint');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('shows the history as an ordered timeline, the deadline kept, and the official response', async () => {
      const { el } = await statusView({ token: TOKEN });
      const items = [...el.shadowRoot!.querySelectorAll('[part="timeline"] li')];
      expect(items.map((li) => li.querySelector('.timeline__status')!.textContent)).to.deep.equal([
        'Received',
        'Under review',
        'Resolved',
      ]);
      expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-02T09:00:00Z');
      expect($(el, '[part="deadline"]')!.textContent).to.contain('April 1, 2026').and.contain(en.deadlineMet);
      const response = $(el, '[part="response"]')!;
      expect(response.textContent)
        .to.contain('The lamp was replaced on 19 March.')
        .and.contain('Accepted')
        .and.contain('within 15 days');
      expect(shadowText(el)).to.contain('HP-2026-000123');
    });

    it('shows user and staff text with markup as text, never as HTML', async () => {
      const { el } = await statusView({ token: TOKEN });
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>').and.contain('<script>');
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('says when the deadline passed without an answer', async () => {
      const { el } = await statusView({ token: 'tok_pending_00000000001' });
      expect($(el, '[part="deadline"]')!.textContent).to.contain(en.deadlineMissed);
      expect(shadowText(el)).to.contain(en.noResponseYet);
    });

    it('gives a clear message for an unknown code and says nothing else', async () => {
      const errors: HapurErrorEvent[] = [];
      const api = reads();
      const el = await fixture<HapurFeedbackStatus>(
        html`<hapur-feedback-status
          lang="en"
          .client=${api.client}
          token="tok_unknown_0000000001"
          @hapur-error=${(e: HapurErrorEvent) => errors.push(e)}
        ></hapur-feedback-status>`,
      );
      await waitUntil(() => $(el, '[part="not-found"]'), 'no not-found message');
      expect($(el, '[part="not-found"]')!.textContent!.trim()).to.equal(en.statusNotFound);
      expect($(el, '[part="status"]')).to.equal(null);
      expect((errors[0]!.detail.error as { name: string }).name).to.equal('NotFoundError');
      expect((errors[0]!.detail.error as { url: string }).url).to.not.contain('tok_unknown');
      await expect(el).to.be.accessible();
    });

    it('shows only the current problem: a new field error replaces the old "not found"', async () => {
      const { el } = await statusView();
      ($(el, '#token') as HTMLInputElement).focus();
      await sendKeys({ type: 'A'.repeat(24) });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="not-found"]'), 'no not-found message');
      const input = $(el, '#token') as HTMLInputElement;
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      $(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect($(el, '#token-error')!.textContent).to.contain(en.tokenFormat).and.contain('- or _');
      expect(shadowText(el)).to.not.contain(en.statusNotFound);
    });

    it('keeps the reference in the heading on one line on a 360 px wide block (Albanian)', async () => {
      const { el, wrapper } = await statusView({ token: TOKEN, lang: 'sq' });
      wrapper.style.width = '360px';
      await waitUntil(() => $(el, '[part="status"]'), 'no status');
      // The reference's own characters in the heading, wherever the markup puts them.
      const walker = document.createTreeWalker($(el, '#reference')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(answered.reference);
        if (at < 0) continue;
        range.setStart(node, at);
        range.setEnd(node, at + answered.reference.length);
      }
      expect(range.toString()).to.equal(answered.reference);
      expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size).to.equal(1);
    });

    it('shows the shared error state with a retry button when the server fails', async () => {
      const { el } = await statusView({ token: 'tok_broken_000000000001' });
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      expect($(el, '[part="retry-button"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows no loading or error state before a code is given', async () => {
      const { el, api } = await statusView();
      expect(el.matches(':state(loading)') || el.matches(':state(error)')).to.be.false;
      expect(api.calls).to.deep.equal([]);
    });
  });

  describe('keyboard and input', () => {
    it('looks up a code typed and submitted with the keyboard', async () => {
      const { el, api } = await statusView();
      ($(el, '#token') as HTMLInputElement).focus();
      await sendKeys({ type: TOKEN });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="status"]'), 'status not shown');
      expect(api.calls).to.deep.equal([`/feedback/${TOKEN}`]);
    });

    it('reads the code from the page URL when token-param is set (the receipt link)', async () => {
      const before = location.href;
      history.replaceState(null, '', `?token=${TOKEN}`);
      try {
        const api = reads();
        const el = await fixture<HapurFeedbackStatus>(
          html`<hapur-feedback-status lang="en" token-param="token" .client=${api.client}></hapur-feedback-status>`,
        );
        await waitUntil(() => $(el, '[part="status"]'), 'status not shown');
        expect(api.calls).to.deep.equal([`/feedback/${TOKEN}`]);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('opening a status link shows the code in its field and takes it out of the address and history', async () => {
      const before = location.href;
      history.pushState({ kept: true }, '', `?lang=en&token=${TOKEN}#status`);
      const entries = history.length;
      try {
        const api = reads();
        const el = await fixture<HapurFeedbackStatus>(
          html`<hapur-feedback-status lang="en" token-param="token" .client=${api.client}></hapur-feedback-status>`,
        );
        await waitUntil(() => $(el, '[part="status"]'), 'status not shown');
        expect(($(el, '#token') as HTMLInputElement).value).to.equal(TOKEN);
        // The code is a key to the message: it must not stay in the address bar, a bookmark, the
        // history entry or a Referer. Other parameters, the fragment and the page's state stay.
        expect(location.search).to.equal('?lang=en');
        expect(location.hash).to.equal('#status');
        expect(location.href).to.not.contain(TOKEN);
        expect(history.state).to.deep.equal({ kept: true });
        expect(history.length, 'replaced, not a new entry').to.equal(entries);
        // Rendering again (a language switch) keeps the status and the field.
        el.setAttribute('lang', 'sq');
        await settled(el);
        expect($(el, '[part="status"]')).to.exist;
        expect(($(el, '#token') as HTMLInputElement).value).to.equal(TOKEN);
        expect(api.calls).to.deep.equal([`/feedback/${TOKEN}`]);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('leaves the address alone when it carries no code', async () => {
      const before = location.href;
      history.replaceState(null, '', '?lang=en');
      try {
        const el = await fixture<HapurFeedbackStatus>(
          html`<hapur-feedback-status lang="en" token-param="token" .client=${reads().client}></hapur-feedback-status>`,
        );
        await settled(el);
        expect(location.search).to.equal('?lang=en');
        expect(($(el, '#token') as HTMLInputElement).value).to.equal('');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('refuses a code of the wrong shape without asking the server', async () => {
      const { el, api } = await statusView();
      ($(el, '#token') as HTMLInputElement).focus();
      await sendKeys({ type: 'HP-2026' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const input = $(el, '#token')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('token-hint token-error');
      expect($(el, '#token-error')!.textContent).to.contain(en.tokenFormat);
      expect(api.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('localization', () => {
    it('switches language with an ancestor lang, including status names', async () => {
      const { el, wrapper } = await statusView({ token: TOKEN, lang: 'en' });
      for (const [lang, t] of [
        ['sq', sq],
        ['sr-Latn', srLatn],
      ] as const) {
        wrapper.setAttribute('lang', lang);
        await settled(el);
        expect(shadowText(el)).to.contain(t.statusTitle).and.contain(t.statusName.resolved);
      }
      expect(shadowText(el)).to.not.match(/undefined|\[object/);
    });
  });
  runColorModesContract('hapur-feedback-status', async () => (await statusView({ token: TOKEN })).el);
});

runLocalizationContract('hapur-feedback-status', async () => (await statusView({ token: TOKEN })).el);
