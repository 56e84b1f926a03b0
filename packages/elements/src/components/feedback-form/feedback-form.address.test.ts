// What the form takes from the page's address: the commitment a tracker's "Give feedback" link names
// (`?plan=…&commitment=…`, commitment-tracker/request-feedback.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { FeedbackSubjectSchema } from '@hapur/sdk';
import { waitUntil } from '../../internal/test/shadow.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { settled } from '../../internal/test/localization-contract.js';
import './feedback-form.define.js';
import type { HapurFeedbackForm } from './feedback-form.js';
import { IdbOutbox } from './outbox.js';
import { fakeApi } from './test/fake-api.js';
import enShared from '../../translations/feedback/en.js';
import enOwn from './translations/en.js';

failOnConsole();

const en = { ...enShared, ...enOwn };
const start = location.href;
const outboxes: IdbOutbox[] = [];

/** The page's address as a tracker's link leaves it (the test page keeps its path). */
function visit(search: string, hash = ''): void {
  history.replaceState(null, '', `${location.pathname}${search}${hash}`);
}

afterEach(async () => {
  history.replaceState(null, '', start);
  scrollTo(0, 0);
  sessionStorage.clear();
  for (const outbox of outboxes.splice(0)) {
    await outbox.close();
    indexedDB.deleteDatabase(outbox.name);
  }
});

/** A form with `attrs` (none: no subject of its own) on the page as it is now, once its strings are in. */
async function form(attrs: Record<string, string> = {}) {
  const api = fakeApi('ok');
  const el = document.createElement('hapur-feedback-form');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.client = api.client;
  el.outbox = new IdbOutbox(`hapur-feedback-address-${outboxes.length}-${Date.now()}`);
  outboxes.push(el.outbox as IdbOutbox);
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  wrapper.append(el);
  await settled(el);
  return { el, api };
}

const $ = <T extends Element = HTMLElement>(el: HapurFeedbackForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** What the form says the message is about, or undefined when it asks for a subject. */
const about = (el: HapurFeedbackForm) => $(el, '[part="subject"]')?.textContent?.replace(/\s+/g, ' ').trim();

async function send(el: HapurFeedbackForm, api: ReturnType<typeof fakeApi>, subject?: string) {
  $<HTMLInputElement>(el, 'input[value="feedback"]')!.click();
  for (const [name, value] of [
    ['subject', subject],
    ['message', 'The deadline for this step looks too short to me.'],
  ] as const) {
    if (value === undefined) continue;
    const control = $<HTMLInputElement>(el, `[name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
  await waitUntil(() => api.posts.length > 0, 'nothing was sent');
  return api.posts[0]!.body;
}

describe('<hapur-feedback-form> and the page address', () => {
  describe('the commitment a tracker link names', () => {
    it('is what a form with no subject of its own is about: it says so and sends it', async () => {
      visit('?plan=xk-2026-2028&commitment=2.1', '#feedback');
      const { el, api } = await form();
      expect(about(el)).to.equal(`${en.subjectAbout}: ${en.subjectCommitment('2.1')}`);
      expect($(el, '#field-subject'), 'no subject field to fill in').to.not.exist;
      const body = await send(el, api);
      expect(body['subject']).to.deep.equal({ planId: 'xk-2026-2028', commitmentNumber: '2.1' });
      await expect(el).to.be.accessible();
    });

    it('is taken with the plan the form names (plan-id) when the link is about that plan', async () => {
      visit('?plan=xk-2026-2028&commitment=3');
      const { el } = await form({ 'plan-id': 'xk-2026-2028' });
      expect(about(el)).to.equal(`${en.subjectAbout}: ${en.subjectCommitment('3')}`);
    });

    for (const [why, search] of [
      ['an id with capitals and a space', '?plan=XK%202026&commitment=3'],
      ['an id that is markup', '?plan=%3Cimg%20src%3Dx%3E&commitment=3'],
      ['an id longer than 120 characters', `?plan=${'a'.repeat(121)}&commitment=3`],
      ['a number with letters', '?plan=xk-2026-2028&commitment=3a'],
      ['a number ending in a dot', '?plan=xk-2026-2028&commitment=3.'],
      ['a number that is markup', '?plan=xk-2026-2028&commitment=%3Cb%3E3%3C%2Fb%3E'],
      ['no number', '?plan=xk-2026-2028'],
      ['no plan', '?commitment=3'],
      ['an empty plan', '?plan=&commitment=3'],
    ] as const) {
      it(`is ignored with ${why}: the form asks for a subject as usual`, async () => {
        visit(search);
        const { el, api } = await form();
        expect(about(el)).to.equal(undefined);
        expect($(el, '#field-subject')).to.exist;
        const body = await send(el, api, 'Street lighting');
        expect(body['subject']).to.deep.equal({ topic: 'Street lighting' });
      });
    }

    it("takes exactly what the SDK's schema takes for a plan id and a commitment number", async () => {
      const cases = [
        ['a', '1'],
        ['a'.repeat(120), '10.2.3'],
        ['a'.repeat(121), '1'],
        ['xk_2026.2028', '0'],
        ['xk-', '1'],
        ['-xk', '1'],
        ['Xk-2026', '1'],
        ['xk-2026', '1..2'],
        ['xk-2026', '.1'],
        ['xk-2026', '+1'],
      ];
      for (const [plan, number] of cases) {
        visit(`?plan=${encodeURIComponent(plan!)}&commitment=${encodeURIComponent(number!)}`);
        const { el } = await form();
        const valid = FeedbackSubjectSchema.safeParse({ planId: plan, commitmentNumber: number }).success;
        expect(el.commitment, `${plan} ${number}`).to.equal(valid ? number : undefined);
        el.remove();
      }
    });

    it('gives way to the commitment set on the form (plan-id and commitment)', async () => {
      visit('?plan=xk-2026-2028&commitment=3');
      const { el, api } = await form({ 'plan-id': 'al-2020-2022', commitment: '1' });
      expect(about(el)).to.equal(`${en.subjectAbout}: ${en.subjectCommitment('1')}`);
      const body = await send(el, api);
      expect(body['subject']).to.deep.equal({ planId: 'al-2020-2022', commitmentNumber: '1' });
    });

    it('is ignored when the form names another plan (plan-id)', async () => {
      visit('?plan=xk-2026-2028&commitment=3');
      const { el } = await form({ 'plan-id': 'al-2020-2022' });
      expect(about(el)).to.equal(undefined);
      expect(el.commitment).to.equal(undefined);
    });

    it('does not turn a form about a service into a commitment form', async () => {
      visit('?plan=xk-2026-2028&commitment=3', '#feedback');
      const { el, api } = await form({ 'service-id': 'example-birth-certificate' });
      expect(about(el)).to.equal(`${en.subjectAbout}: ${en.subjectService('example-birth-certificate')}`);
      const body = await send(el, api);
      expect(body['subject']).to.deep.equal({ serviceId: 'example-birth-certificate' });
    });

    it('does not turn a form about a fixed topic into a commitment form', async () => {
      visit('?plan=xk-2026-2028&commitment=3');
      const { el, api } = await form({ topic: 'Parks' });
      expect(about(el)).to.equal(`${en.subjectAbout}: Parks`);
      const body = await send(el, api);
      expect(body['subject']).to.deep.equal({ topic: 'Parks' });
    });
  });
});
