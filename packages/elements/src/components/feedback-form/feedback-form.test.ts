import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { ActionPlan, LocalizedText } from '@hapur/sdk';
import type { HapurErrorEvent } from '../../events/error.js';
import type { HapurQueuedEvent } from '../../events/queued.js';
import type { HapurSubmitEvent } from '../../events/submit.js';
import type { HapurSubmittedEvent } from '../../events/submitted.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { runLocalizationContract, settled, shadowText } from '../../internal/test/localization-contract.js';
import '../provider/provider.define.js';
import './feedback-form.define.js';
import type { HapurFeedbackForm } from './feedback-form.js';
import { IdbOutbox } from './outbox.js';
import { fakeApi, type FakeMode } from './test/fake-api.js';
import enShared from '../../translations/feedback/en.js';
import sqShared from '../../translations/feedback/sq.js';
import srLatnShared from '../../translations/feedback/sr-latn.js';
import enCommon from '../../translations/feedback-common/en.js';
import sqCommon from '../../translations/feedback-common/sq.js';
import srLatnCommon from '../../translations/feedback-common/sr-latn.js';
import enOwn from './translations/en.js';
import sqOwn from './translations/sq.js';
import srLatnOwn from './translations/sr-latn.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';

// The form's strings: the feedback blocks' shared ones and the form's own.
const en = { ...enShared, ...enCommon, ...enOwn };
const sq = { ...sqShared, ...sqCommon, ...sqOwn };
const srLatn = { ...srLatnShared, ...srLatnCommon, ...srLatnOwn };

failOnConsole();

const databases: IdbOutbox[] = [];
function freshOutbox(): IdbOutbox {
  const outbox = new IdbOutbox(`hapur-feedback-test-${databases.length}-${Date.now()}`);
  databases.push(outbox);
  return outbox;
}

interface Setup {
  mode?: FakeMode;
  lang?: string;
  outbox?: IdbOutbox;
  api?: ReturnType<typeof fakeApi>;
  attrs?: string;
}

async function form(setup: Setup = {}) {
  const api = setup.api ?? fakeApi(setup.mode ?? 'ok');
  const outbox = setup.outbox ?? freshOutbox();
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${setup.lang ?? 'en'}>
      <button id="before">before</button>
      <hapur-feedback-form
        id="contact"
        .client=${api.client}
        .outbox=${outbox}
        status-url="/status?token={token}"
      ></hapur-feedback-form>
    </div>`,
  );
  const el = wrapper.querySelector('hapur-feedback-form')!;
  // Its strings load as a chunk: wait for them, however long a busy machine takes (no fixed window).
  await settled(el);
  return { el, api, outbox, wrapper };
}

const $ = <T extends Element = HTMLElement>(el: HapurFeedbackForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const active = (el: HapurFeedbackForm) => el.shadowRoot!.activeElement;

/** Types into a field the way a person does: focus, value, input event. */
async function type(el: HapurFeedbackForm, name: string, value: string) {
  const control = $<HTMLInputElement>(el, `[name="${name}"]`)!;
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: HapurFeedbackForm, selector: string) {
  $<HTMLInputElement>(el, selector)!.click();
  await el.updateComplete;
}

async function fillValid(el: HapurFeedbackForm) {
  await choose(el, 'input[value="issue_report"]');
  await type(el, 'subject', 'Street lighting');
  await type(el, 'message', 'The lamp on Rruga B has been dark for a week.');
}

async function submit(el: HapurFeedbackForm) {
  $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await waitUntil(() => !el.matches(':state(submitting)'), 'submission did not finish');
  await el.updateComplete;
}

afterEach(async () => {
  sessionStorage.clear();
  for (const db of databases.splice(0)) {
    await db.close();
    indexedDB.deleteDatabase(db.name);
  }
});

describe('<hapur-feedback-form>', () => {
  describe('accessibility', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations when empty (${lang})`, async () => {
        const { el } = await form({ lang });
        await expect(el).to.be.accessible();
      });
    }

    it('keeps keyboard focus on "contact me" when Space ticks it (the contact fields come in below) and unticks it', async () => {
      const { el } = await form();
      const box = $<HTMLInputElement>(el, '[name="wantsContact"]')!;
      box.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => $(el, '[part="contact"]'), 'the contact fields');
      expect(box.checked).to.equal(true);
      expect(box.isConnected, 'the same checkbox, not a new one').to.equal(true);
      expect(el.shadowRoot!.activeElement, 'focus stays on the checkbox').to.equal(box);
      await sendKeys({ press: 'Space' });
      await waitUntil(() => !$(el, '[part="contact"]'), 'the contact fields gone');
      expect(el.shadowRoot!.activeElement).to.equal(box);
      expect(box.checked).to.equal(false);
    });

    it('has no axe violations with errors, with the contact fields open, and after success', async () => {
      const { el } = await form();
      await choose(el, '[name="wantsContact"]');
      await submit(el);
      await expect(el).to.be.accessible();
      await fillValid(el);
      await type(el, 'email', 'arta@example.org');
      await choose(el, '[name="consent"]');
      await submit(el);
      expect($(el, '[part="receipt"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    const states: [string, FakeMode | 'pending', string][] = [
      ['queued (offline)', 'offline', '[part="notice"]'],
      ['queued (server error)', 'server-error', '[part="notice"]'],
      ['rate limited', 'rate-limited', '[part="notice"]'],
      ['submitting', 'pending', '[aria-disabled="true"]'],
    ];
    for (const [name, mode, selector] of states) {
      it(`has no axe violations when ${name}`, async () => {
        const api = fakeApi(mode === 'pending' ? 'ok' : mode);
        const client = mode === 'pending' ? { submitFeedback: () => new Promise<never>(() => undefined) } : api.client;
        const el = await fixture<HapurFeedbackForm>(
          html`<hapur-feedback-form
            lang="sq"
            topic="Parks"
            .client=${client}
            .outbox=${freshOutbox()}
          ></hapur-feedback-form>`,
        );
        await choose(el, 'input[value="feedback"]');
        await type(el, 'message', 'Parku ka nevojë për më shumë stola.');
        $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
        await waitUntil(() => $(el, selector), `${name}: state not reached`);
        await expect(el).to.be.accessible();
      });
    }

    for (const lang of ['sq', 'sr-Latn']) {
      it(`has no axe violations with errors and contact fields (${lang})`, async () => {
        const { el } = await form({ lang });
        await choose(el, '[name="wantsContact"]');
        await submit(el);
        expect($(el, '[part="error-summary"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('exposes a named form control tree (radio group, textbox, button)', async () => {
      const { el } = await form();
      type Node = { role: string; name: string; children?: Node[] };
      const tree = (await a11ySnapshot({})) as unknown as Node;
      const find = (role: string, name: string) =>
        findAccessibilityNode<Node>(tree as never, (node) => node.role === role && node.name === name);
      expect(find('radio', en.kindName.proposal)).to.exist;
      expect(find('textbox', en.messageLabel)).to.exist;
      expect(find('button', en.submit)).to.exist;
      expect(find('heading', en.formTitle)).to.exist;
      expect(el).to.exist;
    });

    it('has a hidden honeypot that keyboards skip and browsers do not autofill', async () => {
      const { el } = await form();
      const honeypot = $<HTMLInputElement>(el, '[name="website"]')!;
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.autocomplete).to.equal('off');
      expect(honeypot.labels?.[0]?.textContent).to.equal(en.honeypotLabel);
      expect(honeypot.closest('.visually-hidden')).to.exist;
    });
  });

  describe('validation', () => {
    it('shows an error summary that takes focus and links to each field, in the order of the form', async () => {
      const { el, api } = await form();
      await submit(el);
      const summary = $(el, '[part="error-summary"]')!;
      expect(active(el)).to.equal(summary);
      expect(el.matches(':state(invalid)')).to.be.true;
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '#field-kind',
        '#field-subject',
        '#field-message',
      ]);
      expect(api.posts).to.have.length(0);
      links[2]!.click();
      expect(active(el)).to.equal($(el, '#field-message'));
    });

    it("names the field in each summary link, in the words of the field's own error", async () => {
      const { el } = await form();
      await submit(el);
      const links = [...$(el, '[part="error-summary"]')!.querySelectorAll('a')].map((a) => a.textContent!.trim());
      expect(links).to.deep.equal([
        'Choose what kind of message this is.',
        'Say what your message is about.',
        'Write your message.',
      ]);
      expect(new Set(links).size).to.equal(3);
      for (const [field, text] of [
        ['kind', links[0]],
        ['subject', links[1]],
        ['message', links[2]],
      ])
        expect($(el, `#field-${field}-error`)!.textContent).to.contain(text);
    });

    it('says the errors on screen again in the language the reader switches to, summary and fields', async () => {
      const { el, wrapper } = await form({ lang: 'sq' });
      await type(el, 'message', 'abc');
      await submit(el);
      const summary = () =>
        [...$(el, '[part="error-summary"]')!.querySelectorAll('a')].map((a) => a.textContent!.trim());
      expect(summary()).to.have.length(3);
      expect(summary()[0]).to.not.equal('Choose what kind of message this is.');
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => summary()[0] === 'Choose what kind of message this is.', 'the summary in English');
      expect(summary()[1]).to.equal('Say what your message is about.');
      expect(summary()[2]).to.match(/^Your message is too short/);
      expect($(el, '#field-kind-error')!.textContent).to.contain('Choose what kind of message this is.');
      expect($(el, '#field-message-error')!.textContent).to.contain(summary()[2]);
    });

    it('names the subject when it is the only field missing, offline, in the reader language (Albanian)', async () => {
      const { el, api } = await form({ mode: 'offline', lang: 'sq' });
      await choose(el, 'input[value="proposal"]');
      await type(el, 'message', 'Një stol më shumë në parkun e qytetit, ju lutem.');
      await submit(el);
      const links = [...$(el, '[part="error-summary"]')!.querySelectorAll('a')];
      expect(links.map((a) => [a.getAttribute('href'), a.textContent!.trim()])).to.deep.equal([
        ['#field-subject', 'Tregoni se për çfarë bëhet fjalë.'],
      ]);
      expect(api.posts).to.have.length(0);
    });

    it('marks each invalid field with aria-invalid and describes it by its message', async () => {
      const { el } = await form();
      await type(el, 'message', 'Short');
      await submit(el);
      const message = $(el, '#field-message')!;
      expect(message.getAttribute('aria-invalid')).to.equal('true');
      const described = message.getAttribute('aria-describedby')!.split(' ');
      const errorText = described.map((id) => $(el, `#${id}`)?.textContent ?? '').join(' ');
      expect(errorText).to.contain('Your message is too short: write at least 10 characters.');
      expect($(el, '#field-location')!.getAttribute('aria-invalid')).to.equal('false');
    });

    it('keeps the error summary in place while errors are fixed, until the next submit', async () => {
      const { el } = await form();
      await submit(el);
      const before = $(el, '[part="error-summary"]')!.getBoundingClientRect().height;
      await type(el, 'message', 'A message that is long enough to send.');
      $<HTMLElement>(el, '#field-location')!.focus();
      await el.updateComplete;
      expect($(el, '#field-message-error')).to.not.exist;
      expect($(el, '[part="error-summary"]')!.getBoundingClientRect().height).to.equal(before);
    });

    it('validates a field when it is left after being touched, not before', async () => {
      const { el } = await form();
      $<HTMLElement>(el, '#field-subject')!.focus();
      $<HTMLElement>(el, '#field-message')!.focus();
      await el.updateComplete;
      expect($(el, '#field-subject-error')).to.not.exist;
      await type(el, 'message', 'Too short');
      $<HTMLElement>(el, '#field-location')!.focus();
      await el.updateComplete;
      expect($(el, '#field-message-error')?.textContent).to.contain(
        'Your message is too short: write at least 10 characters.',
      );
      expect($(el, '[part="error-summary"]')).to.not.exist;
      await type(el, 'message', 'Now it is long enough.');
      $<HTMLElement>(el, '#field-location')!.focus();
      await el.updateComplete;
      expect($(el, '#field-message-error')).to.not.exist;
    });

    it('shows messages in the reader language (Albanian)', async () => {
      const { el } = await form({ lang: 'sq' });
      await submit(el);
      expect(shadowText(el)).to.contain(sq.errorSummaryTitle).and.contain('Shkruani mesazhin tuaj.');
    });

    it('asks for a way to reply and for consent once the citizen chooses to be contacted', async () => {
      const { el, api } = await form();
      expect($(el, '[name="email"]')).to.not.exist;
      await fillValid(el);
      await choose(el, '[name="wantsContact"]');
      expect($(el, '[name="email"]')).to.exist;
      await submit(el);
      expect(shadowText(el)).to.contain(en.contactNeeded);
      expect($(el, '#field-consent')!.getAttribute('aria-invalid')).to.equal('true');
      await type(el, 'phone', '+383 44 123 456');
      await choose(el, '[name="consent"]');
      await submit(el);
      expect(api.posts[0]!.body).to.deep.include({ consent: true, contact: { phone: '+383 44 123 456' } });
    });

    it('sends nothing personal when contact was opened, filled and closed again', async () => {
      const { el, api } = await form();
      await fillValid(el);
      await choose(el, '[name="wantsContact"]');
      await type(el, 'email', 'arta@example.org');
      await choose(el, '[name="wantsContact"]');
      await submit(el);
      expect(api.posts[0]!.body).to.not.have.any.keys('contact', 'consent');
    });
  });

  describe('sending', () => {
    it('sends once and shows the reference, tracking code, deadline and status link', async () => {
      const { el, api } = await form();
      await fillValid(el);
      setTimeout(() => $<HTMLButtonElement>(el, '[part="submit-button"]')!.click());
      const event = (await oneEvent(el, 'hapur-submitted')) as HapurSubmittedEvent;
      await el.updateComplete;
      expect(api.posts).to.have.length(1);
      expect(api.posts[0]!.body).to.deep.equal({
        type: 'issue_report',
        subject: { topic: 'Street lighting' },
        message: 'The lamp on Rruga B has been dark for a week.',
        language: 'en',
      });
      expect(api.posts[0]!.key).to.match(/^[0-9a-f-]{32,36}$/);
      const receipt = $(el, '[part="receipt"]')!;
      expect(active(el)).to.equal(receipt);
      expect($(el, '[part="reference"]')!.textContent).to.equal(event.detail.reference);
      expect($(el, '[part="status-token"]')!.textContent).to.equal(event.detail.statusToken);
      expect($(el, '[part="respond-by"]')!.textContent).to.contain('April 1, 2026');
      expect($<HTMLAnchorElement>(el, '[part="status-link"]')!.getAttribute('href')).to.equal(
        `/status?token=${event.detail.statusToken}`,
      );
      expect(Object.keys(event.detail).sort()).to.deep.equal([
        'fromQueue',
        'kind',
        'reference',
        'respondBy',
        'statusToken',
      ]);
      expect(event.bubbles && event.composed && !event.cancelable).to.be.true;
    });

    it("records the page's language for a message written on a page the interface does not speak (mk, not en)", async () => {
      // A Macedonian page reads the form in English (the fallback); the citizen writes Macedonian, and the institution
      // must answer in the person's language: the message says mk, so the staff's answer is asked in mk, not en.
      for (const [lang, recorded] of [
        ['mk-MK', 'mk'],
        ['sr-Cyrl-RS', 'sr-Cyrl'],
        ['sq-AL', 'sq'],
        ['en-GB', 'en'],
      ] as const) {
        const { el, api } = await form({ lang });
        await fillValid(el);
        await submit(el);
        expect(api.posts[0]!.body, lang).to.deep.include({ language: recorded });
      }
    });

    it('stacks the receipt on a 360 px wide block: reference on one line, code and copy button on at most two', async () => {
      const { el, wrapper } = await form({ lang: 'sq' });
      wrapper.style.width = '360px';
      await fillValid(el);
      await submit(el);
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      const lines = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      expect(lines($(el, '[part="reference"]')!), 'reference lines').to.equal(1);
      expect(lines($(el, '[part="status-token"]')!), 'tracking code lines').to.be.at.most(2);
      expect(lines($(el, '[part="copy-button"]')!), 'copy button lines').to.be.at.most(2);
    });

    it('copies the tracking code and says so', async () => {
      const { el } = await form();
      const copied: string[] = [];
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
      try {
        await fillValid(el);
        await submit(el);
        $<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
        await waitUntil(() => copied.length === 1, 'nothing copied');
        await el.updateComplete;
        expect(copied).to.deep.equal([$(el, '[part="status-token"]')!.textContent]);
        expect($(el, '.copy-status')!.textContent!.trim()).to.equal(en.copied);
      } finally {
        navigator.clipboard.writeText = original;
      }
    });

    it('uses the client of a surrounding <hapur-provider>', async () => {
      const api = fakeApi('ok');
      const root = await fixture<HTMLElement>(
        html`<hapur-provider lang="en" .client=${api.client}>
          <hapur-feedback-form topic="Parks" .outbox=${freshOutbox()}></hapur-feedback-form>
        </hapur-provider>`,
      );
      const el = root.querySelector('hapur-feedback-form')!;
      await el.updateComplete;
      await choose(el, 'input[value="proposal"]');
      await type(el, 'message', 'More benches in the park, please.');
      await submit(el);
      expect(api.posts.map((p) => p.body['subject'])).to.deep.equal([{ topic: 'Parks' }]);
    });

    it('says clearly when no API is configured, without losing the text', async () => {
      const el = await fixture<HapurFeedbackForm>(
        html`<hapur-feedback-form lang="en" topic="Parks" .outbox=${freshOutbox()}></hapur-feedback-form>`,
      );
      const errors: HapurErrorEvent[] = [];
      el.addEventListener('hapur-error', (e) => errors.push(e));
      await choose(el, 'input[value="proposal"]');
      await type(el, 'message', 'More benches in the park, please.');
      await submit(el);
      expect((errors[0]!.detail.error as Error).name).to.equal('MissingSourceError');
      expect($(el, '[part="notice"]')!.textContent).to.contain(en.submitError);
      expect($<HTMLTextAreaElement>(el, '#field-message')!.value).to.equal('More benches in the park, please.');
    });

    it('submits once on a double click', async () => {
      const { el, api } = await form();
      await fillValid(el);
      const button = $<HTMLButtonElement>(el, '[part="submit-button"]')!;
      button.click();
      button.click();
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt');
      await aTimeout(50);
      expect(api.posts).to.have.length(1);
    });

    it('lets the host cancel the submission with hapur-submit', async () => {
      const { el, api } = await form();
      await fillValid(el);
      const seen: HapurSubmitEvent[] = [];
      el.addEventListener('hapur-submit', (e) => {
        seen.push(e);
        e.preventDefault();
      });
      await submit(el);
      expect(seen.map((e) => e.detail)).to.deep.equal([{ kind: 'issue_report' }]);
      expect(api.posts).to.have.length(0);
      expect($(el, 'form')).to.exist;
    });

    it('can be filled in and sent with the keyboard only', async () => {
      const { el, api, wrapper } = await form();
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Parks' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Please add benches in the city park.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal($(el, '[part="submit-button"]'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="receipt"]'), 'no receipt after keyboard submission');
      expect(api.posts[0]!.body).to.deep.include({ type: 'request', message: 'Please add benches in the city park.' });
    });

    it('answers a 429 with a retry message, keeps the text and resends with the same key', async () => {
      const { el, api } = await form({ mode: 'rate-limited' });
      await fillValid(el);
      setTimeout(() => $<HTMLButtonElement>(el, '[part="submit-button"]')!.click());
      const error = (await oneEvent(el, 'hapur-error')) as HapurErrorEvent;
      await el.updateComplete;
      expect((error.detail.error as { name: string }).name).to.equal('RateLimitError');
      expect($(el, '[part="notice"]')!.textContent).to.contain('wait 30 seconds');
      expect($<HTMLTextAreaElement>(el, '#field-message')!.value).to.contain('Rruga B');
      api.state.mode = 'ok';
      await submit(el);
      expect(api.posts.map((p) => p.key)).to.have.length(2);
      expect(api.posts[1]!.key).to.equal(api.posts[0]!.key);
      expect($(el, '[part="receipt"]')).to.exist;
    });

    it('quotes the request id of a refused send for support, as text, and nothing without one', async () => {
      const { el, api } = await form({ mode: 'refused' });
      await fillValid(el);
      await submit(el);
      await el.updateComplete;
      const notice = $(el, '[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain(en.submitError);
      expect(notice.textContent).to.contain('Reference for support: req-4c1d9e');
      expect(notice.querySelector('code')!.textContent).to.equal('req-4c1d9e');
      expect(notice.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.innerHTML.split('req-4c1d9e')).to.have.length(2); // in the text only, no attribute
      expect($<HTMLTextAreaElement>(el, '#field-message')!.value).to.contain('Rruga B');
      api.state.mode = 'rate-limited';
      await submit(el);
      await el.updateComplete;
      expect($(el, '[part="notice"]')!.querySelector('code')).to.equal(null);
    });

    it('shows server field errors (422) in the summary, in the reader language', async () => {
      const { el } = await form({ mode: 'invalid', lang: 'sr-Latn' });
      await fillValid(el);
      await submit(el);
      await el.updateComplete;
      expect(active(el)).to.equal($(el, '[part="error-summary"]'));
      expect(shadowText(el)).to.contain(srLatn.errorSummaryTitle).and.contain('Ova vrednost nije ispravna.');
      expect($(el, '#field-message')!.getAttribute('aria-invalid')).to.equal('true');
    });
  });

  describe('nothing typed is lost', () => {
    it('restores the draft when the form is created again (a reload)', async () => {
      const first = await form();
      await type(first.el, 'message', 'Half-written message about the bus stop');
      await type(first.el, 'website', 'spam');
      first.wrapper.remove();
      const second = await form();
      expect($<HTMLTextAreaElement>(second.el, '#field-message')!.value).to.equal(
        'Half-written message about the bus stop',
      );
      expect($<HTMLInputElement>(second.el, '[name="website"]')!.value).to.equal('');
      expect(shadowText(second.el)).to.contain(en.draftRestored);
    });

    it('queues a message sent offline and delivers it exactly once when the connection returns', async () => {
      const { el, api } = await form({ mode: 'offline' });
      await fillValid(el);
      setTimeout(() => $<HTMLButtonElement>(el, '[part="submit-button"]')!.click());
      const queued = (await oneEvent(el, 'hapur-queued')) as HapurQueuedEvent;
      await el.updateComplete;
      expect(queued.detail).to.deep.equal({ kind: 'issue_report', reason: 'network' });
      expect(el.matches(':state(queued)')).to.be.true;
      expect(shadowText(el)).to.contain(en.queuedTitle);
      api.state.mode = 'ok';
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      const submitted = (await oneEvent(el, 'hapur-submitted')) as HapurSubmittedEvent;
      await aTimeout(100);
      window.dispatchEvent(new Event('online'));
      await aTimeout(100);
      expect(submitted.detail.fromQueue).to.be.true;
      expect(api.accepted()).to.have.length(1);
      expect(new Set(api.posts.map((p) => p.key)).size).to.equal(1);
      expect(shadowText(el)).to.contain(en.queuedDelivered);
    });

    it('never hides the form while a message waits after a server error: the notice sits above an empty, usable form', async () => {
      const { el, api } = await form({ mode: 'server-error' });
      await fillValid(el);
      await submit(el);
      await waitUntil(() => el.matches(':state(queued)'), 'not queued');
      await el.updateComplete;
      // The notice says it waits and that another message can be written, above the form's fields.
      const notice = $(el, '[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.contain(en.queuedTitle).and.contain(en.queuedAnother);
      expect(active(el)).to.equal(notice);
      expect($(el, 'form')!.contains(notice)).to.be.true;
      const message = $<HTMLTextAreaElement>(el, '[name="message"]')!;
      expect(notice.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      // Empty for a new message (the queued one is kept on the device, not in the fields).
      expect(message.value).to.equal('');
      expect($<HTMLInputElement>(el, '[name="subject"]')!.value).to.equal('');
      expect($(el, '[part="submit-button"]')!.getAttribute('aria-disabled')).to.equal('false');
      // A second message is written and sent while the first still waits.
      api.state.mode = 'ok';
      await choose(el, 'input[value="proposal"]');
      await type(el, 'subject', 'Benches');
      await type(el, 'message', 'Please put two benches in the park on Rruga C.');
      expect(el.matches(':state(queued)')).to.be.true;
      expect($(el, '[part="notice"]')).to.exist;
      await submit(el);
      await waitUntil(() => $(el, '[part="receipt"]'), 'the second message was not sent');
      expect(api.accepted().map((p) => p.body['subject'])).to.deep.equal([{ topic: 'Benches' }]);
      await expect(el).to.be.accessible();
    });

    // Before: the receipt replaced the form and took focus while a second message was being typed (contact page, tr,
    // 320 px, back online mid-word): the keys typed after it were lost.
    it('delivers a queued message while another is typed without taking the form or the keys away', async () => {
      const { el, api } = await form({ mode: 'offline' });
      await fillValid(el);
      await submit(el);
      await waitUntil(() => el.matches(':state(queued)'), 'not queued');
      const subject = $<HTMLInputElement>(el, '#field-subject')!;
      subject.focus();
      await sendKeys({ type: 'Bench' });
      api.state.mode = 'ok';
      setTimeout(() => window.dispatchEvent(new Event('online')));
      const submitted = (await oneEvent(el, 'hapur-submitted')) as HapurSubmittedEvent;
      expect(submitted.detail.fromQueue).to.be.true;
      await el.updateComplete;
      await aTimeout(50);
      expect(subject.isConnected).to.be.true;
      expect(active(el)).to.equal(subject);
      await sendKeys({ type: 'es' });
      expect(subject.value).to.equal('Benches');
      // The confirmation of the delivered message is there too, with its code, above the form.
      const receipt = $(el, '[part="receipt"]')!;
      expect(receipt.textContent).to.contain(en.queuedDelivered).and.contain(submitted.detail.statusToken);
      expect(receipt.compareDocumentPosition(subject) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    // The server answered (5xx): a notice that says it could not be reached, or that the message goes when "the
    // connection returns", sends the reader to check a connection that works (seen in bs and tr on the contact page).
    const noServerOrConnection: Record<string, RegExp> = {
      en: /reach|connection/i,
      sq: /kontaktojmë serverin|lidhja/i,
      'sr-Latn': /nije dostupan|veza/i,
      bs: /doći do servera|veza/i,
      tr: /ulaşamadık|bağlantı/i,
      'sr-Cyrl': /није доступан|веза/i,
    };
    for (const [lang, claim] of Object.entries(noServerOrConnection)) {
      it(`after a server error, does not blame the connection in the queued notice (${lang})`, async () => {
        const { el } = await form({ mode: 'server-error', lang });
        await fillValid(el);
        await submit(el);
        await waitUntil(() => el.matches(':state(queued)'), 'not queued');
        await el.updateComplete;
        const notice = $(el, '[part="notice"]')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(notice).to.not.match(claim);
      });
    }

    it('queues on a server failure and sends it on the next page load with the same key', async () => {
      const outbox = freshOutbox();
      const api = fakeApi('server-error');
      const first = await form({ api, outbox });
      await fillValid(first.el);
      await submit(first.el);
      await waitUntil(() => first.el.matches(':state(queued)'), 'not queued');
      first.wrapper.remove();
      api.state.mode = 'ok';
      const second = await form({ api, outbox });
      await waitUntil(() => $(second.el, '[part="receipt"]'), 'queued message not delivered on load');
      expect(api.accepted()).to.have.length(1);
      expect(api.posts[1]!.key).to.equal(api.posts[0]!.key);
      expect(await outbox.list('')).to.deep.equal([]);
    });

    it('after a server failure, tries again by itself once the first wait (30 s) is over, without a reload', async () => {
      const outbox = freshOutbox();
      const api = fakeApi('server-error');
      // The page's clock for long waits: record them and run them when the test says the time has passed. (Waits
      // under 10 s run as they are: waitUntil's own 5 s limit is one.)
      const waits: { ms: number; run: () => void }[] = [];
      const realSetTimeout = window.setTimeout;
      window.setTimeout = ((fn: () => void, ms = 0) =>
        ms >= 10_000 ? (waits.push({ ms, run: fn }), 0) : realSetTimeout(fn, ms)) as typeof window.setTimeout;
      try {
        const { el } = await form({ api, outbox });
        await fillValid(el);
        await submit(el);
        await waitUntil(() => el.matches(':state(queued)'), 'not queued');
        const [entry] = await outbox.list('');
        expect(entry!.serverFailures).to.equal(1);
        expect(entry!.notBefore! - entry!.queuedAt).to.be.within(29_000, 31_000);
        await waitUntil(() => waits.length > 0, 'no retry planned');
        expect(waits.at(-1)!.ms).to.be.within(28_000, 30_000);
        // Thirty seconds later the server is back.
        api.state.mode = 'ok';
        await outbox.put({ ...entry!, notBefore: Date.now() - 1 });
        waits.at(-1)!.run();
        await waitUntil(() => api.accepted().length === 1, 'not sent again after the wait');
        expect(api.posts.map((p) => p.key)).to.deep.equal([entry!.key, entry!.key]);
        await waitUntil(async () => (await outbox.list('')).length === 0, 'still on the device');
      } finally {
        window.setTimeout = realSetTimeout;
      }
    });

    it('after a network failure while the browser says it is online, tries again by itself after 30 s', async () => {
      const outbox = freshOutbox();
      const api = fakeApi('offline'); // fetch fails ("Failed to fetch"), yet no `online` event will come
      const waits: { ms: number; run: () => void }[] = [];
      const realSetTimeout = window.setTimeout;
      window.setTimeout = ((fn: () => void, ms = 0) =>
        ms >= 10_000 ? (waits.push({ ms, run: fn }), 0) : realSetTimeout(fn, ms)) as typeof window.setTimeout;
      try {
        expect(navigator.onLine).to.equal(true);
        const { el } = await form({ api, outbox });
        await fillValid(el);
        await submit(el);
        await waitUntil(() => el.matches(':state(queued)'), 'not queued');
        const [entry] = await outbox.list('');
        expect(entry!.serverFailures, 'a network failure is not counted against the message').to.equal(undefined);
        await waitUntil(() => waits.length > 0, 'no retry planned');
        expect(waits.at(-1)!.ms).to.be.within(28_000, 30_000);
        // Still failing at the first retry: kept, and tried again later.
        const before = waits.length;
        waits.at(-1)!.run();
        await waitUntil(() => waits.length > before, 'no next retry planned');
        expect(await outbox.list('')).to.have.length(1);
        // The network is back for the next one.
        api.state.mode = 'ok';
        waits.at(-1)!.run();
        await waitUntil(() => api.accepted().length === 1, 'not sent again after the wait');
        expect(new Set(api.posts.map((p) => p.key))).to.deep.equal(new Set([entry!.key]));
        await waitUntil(async () => (await outbox.list('')).length === 0, 'still on the device');
      } finally {
        window.setTimeout = realSetTimeout;
      }
    });

    it('puts a queued message the server then refuses (4xx) back in the form, with the error shown, and off the device', async () => {
      const outbox = freshOutbox();
      const api = fakeApi('offline');
      const first = await form({ api, outbox });
      await fillValid(first.el);
      await submit(first.el);
      await waitUntil(() => first.el.matches(':state(queued)'), 'not queued');
      first.wrapper.remove();
      api.state.mode = 'invalid';
      const second = await form({ api, outbox });
      await waitUntil(() => $(second.el, '.error-summary'), 'the refusal is not shown');
      const message = $<HTMLTextAreaElement>(second.el, '[name="message"]');
      expect(message?.value).to.equal('The lamp on Rruga B has been dark for a week.');
      expect($<HTMLInputElement>(second.el, '[name="subject"]')?.value).to.equal('Street lighting');
      // The server named the message field: the summary says there is a problem and the field is marked.
      expect(shadowText(second.el)).to.contain(en.errorSummaryTitle);
      expect(message?.getAttribute('aria-invalid')).to.equal('true');
      expect(second.el.matches(':state(queued)')).to.be.false;
      expect(await outbox.list('')).to.deep.equal([]);
    });
  });

  describe('configuration', () => {
    it('shows a preset commitment with the guiding questions of the draft plan (seed 004) as help', async () => {
      const plan = (await (await fetch('/packages/sdk/data/al-2020-2022.json')).json()) as {
        plans?: unknown[];
        plan?: unknown;
      };
      const questions = findGuidingQuestions(plan);
      expect(questions.length).to.be.greaterThan(0);
      const api = fakeApi('ok');
      const el = await fixture<HapurFeedbackForm>(
        html`<hapur-feedback-form
          lang="sq"
          plan-id="al-2020-2022"
          commitment="3"
          .client=${api.client}
          .outbox=${freshOutbox()}
          .guidingQuestions=${questions}
        ></hapur-feedback-form>`,
      );
      expect(shadowText(el)).to.contain(sq.guidingTitle).and.contain(questions[0]!.values['sq']!);
      expect($(el, '#field-message')!.getAttribute('aria-describedby')).to.contain('guiding-questions');
      expect($(el, '#field-subject')).to.not.exist;
      await choose(el, 'input[value="proposal"]');
      await type(el, 'message', 'Shtoni afate të qarta për secilin hap.');
      await submit(el);
      expect(api.posts[0]!.body['subject']).to.deep.equal({ planId: 'al-2020-2022', commitmentNumber: '3' });
      await expect(el).to.be.accessible();
    });

    it('loads the guiding questions of a draft plan open for consultation through the client', async () => {
      const file = (await (await fetch('/packages/sdk/data/al-2020-2022.json')).json()) as { plans: ActionPlan[] };
      const plan = file.plans[0]!;
      const api = fakeApi('ok');
      const asked: string[] = [];
      const client = { ...api.client, getPlan: async (id: string) => (asked.push(id), plan) };
      const el = await fixture<HapurFeedbackForm>(
        html`<hapur-feedback-form
          lang="en"
          plan-id="al-2020-2022"
          commitment="1"
          .client=${client}
          .outbox=${freshOutbox()}
        ></hapur-feedback-form>`,
      );
      await waitUntil(() => $(el, '[part="guiding-questions"]'), 'questions not shown');
      expect(asked).to.deep.equal(['al-2020-2022']);
      expect($(el, '[part="guiding-questions"]')!.textContent).to.contain(
        plan.consultation!.guidingQuestions[0]!.values['en']!,
      );
    });

    it('offers the host topics as a labelled choice and presets the kind', async () => {
      const api = fakeApi('ok');
      const el = await fixture<HapurFeedbackForm>(
        html`<hapur-feedback-form
          lang="en"
          kind="proposal"
          topics="Roads, bridges|Parks"
          .client=${api.client}
          .outbox=${freshOutbox()}
        ></hapur-feedback-form>`,
      );
      const select = $<HTMLSelectElement>(el, 'select#field-subject')!;
      expect([...select.options].map((o) => o.textContent)).to.deep.equal([
        en.subjectChoose,
        'Roads, bridges',
        'Parks',
      ]);
      expect($<HTMLInputElement>(el, 'input[value="proposal"]')!.checked).to.be.true;
      select.value = 'Parks';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await type(el, 'message', 'More shade trees, please.');
      await submit(el);
      expect(api.posts[0]!.body).to.deep.include({ type: 'proposal', subject: { topic: 'Parks' } });
    });

    it('switches language when an ancestor lang changes', async () => {
      const { el, wrapper } = await form({ lang: 'en' });
      expect(shadowText(el)).to.contain(en.formTitle);
      wrapper.setAttribute('lang', 'sr-Latn');
      await waitUntil(() => shadowText(el).includes(srLatn.formTitle), 'did not switch to Serbian');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('sr-Latn');
    });
  });
  runColorModesContract('hapur-feedback-form', async () => (await form()).el);
});

/** The guiding questions of the first plan in an import file that has any. */
function findGuidingQuestions(file: unknown): LocalizedText[] {
  const found: LocalizedText[] = [];
  const walk = (value: unknown): void => {
    if (found.length || typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const consultation = record['consultation'] as { guidingQuestions?: LocalizedText[] } | undefined;
    if (consultation?.guidingQuestions?.length) found.push(...consultation.guidingQuestions);
    else Object.values(record).forEach(walk);
  };
  walk(file);
  return found;
}

runLocalizationContract('hapur-feedback-form', async () => (await form()).el);
