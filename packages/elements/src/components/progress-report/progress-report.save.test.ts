import { expect, fixture, html } from '@open-wc/testing';
import type { ActionPlanDetail } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { freshApi, restoreStaffPage, signInForm, signInWith } from '../../internal/test/staff.js';
import './progress-report.define.js';
import { LEAD_TOKEN, PLAN_ID, fakeProgress } from './test/fake-progress.js';
import { problemResponse } from '../../internal/test/responses.js';

// What the person sees after a save, with the browser's HTTP cache in play (the plan is cached for a minute).

failOnConsole();

restoreStaffPage();

const M12 = `${PLAN_ID}-c1-m2`;
const words = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The block signed in on a fresh API address (one staff session per base). */
async function signedIn() {
  const base = freshApi('saving');
  const api = fakeProgress({ browserCache: true });
  window.fetch = api.fetch;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en"><hapur-progress-report api=${base} plan-id=${PLAN_ID}></hapur-progress-report></div>`,
  );
  const el = wrapper.querySelector('hapur-progress-report')!;
  await signInForm(el);
  signInWith(el, LEAD_TOKEN);
  await until(() => $$(el, '[part="milestone"]').length > 0, 'the milestones');
  return { el, api, base };
}

async function open(el: HTMLElement) {
  $<HTMLButtonElement>(el, `[data-milestone="${M12}"]`)!.click();
  await until(() => $(el, '[part="form"]'), 'the form');
}

async function save(el: HTMLElement, narrative: string) {
  $<HTMLTextAreaElement>(el, '#narrative-en')!.value = narrative;
  $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();
  await until(() => words($(el, '[part="outcome"]')).includes('is saved'), 'the outcome');
}

describe('<hapur-progress-report> after a save', () => {
  it("refreshes this browser's cached copy of the plan, so the public tracker opened next shows the saved state", async () => {
    const { el, base } = await signedIn();
    // What another page's tracker reads: a plain GET, which the browser answers from its cache while fresh.
    const publicStatus = async () => {
      const plan = (await (await window.fetch(`${base}plans/${PLAN_ID}`)).json()) as ActionPlanDetail;
      return plan.commitments[0]!.milestones[1]!.status;
    };
    const before = await publicStatus();
    await open(el);
    $<HTMLSelectElement>(el, '#status')!.value = 'delayed';
    await save(el, 'The tender was appealed.');
    let after = await publicStatus();
    for (const deadline = Date.now() + 4000; after !== 'delayed' && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      after = await publicStatus();
    }
    expect([before, after]).to.deep.equal(['planned', 'delayed']);
  });

  it('shows the saved state in the header, the form and the list; the next save changes only what was changed', async () => {
    const { el, api } = await signedIn();
    await open(el);
    $<HTMLSelectElement>(el, '#status')!.value = 'delayed';
    $<HTMLSelectElement>(el, '#completion')!.value = 'limited';
    $<HTMLInputElement>(el, '#percent')!.value = '55';
    await save(el, 'The tender was appealed.');

    await until(() => words($(el, '[part="detail"] [part="milestone-state"]')).includes('Delayed'), 'the new header');
    expect(words($(el, '[part="detail"] [part="milestone-state"]')))
      .to.contain('55% done')
      .and.not.contain('No report');
    expect($<HTMLSelectElement>(el, '#status')!.value).to.equal('delayed');
    expect($<HTMLSelectElement>(el, '#completion')!.value).to.equal('limited');
    expect($<HTMLInputElement>(el, '#percent')!.value).to.equal('55');

    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await until(() => $(el, `[data-id="${M12}"]`), 'the list');
    const row = words($(el, `[data-id="${M12}"] [part="milestone-state"]`));
    expect(row).to.contain('Delayed').and.to.contain('Limited').and.to.contain('55% done').and.not.contain('No report');

    // Reopened, the form starts from the saved state; the person writes only a new narrative.
    await open(el);
    expect($<HTMLSelectElement>(el, '#status')!.value).to.equal('delayed');
    expect($<HTMLInputElement>(el, '#percent')!.value).to.equal('55');
    await save(el, 'The appeal was decided.');

    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(2);
    expect(posts[1]!.body).to.deep.include({ status: 'delayed', completion: 'limited', progressPercent: 55 });
    const stored = api.plan().commitments[0]!.milestones[1]!;
    expect([stored.status, stored.completion, stored.progressPercent]).to.deep.equal(['delayed', 'limited', 55]);
    await until(() => $$(el, '[part="history-entry"]').length === 2, 'both reports in the history');
    expect(words($$(el, '[part="history-entry"]')[0]!)).to.not.contain('delivery status');
  });

  it('after the token is refused mid-save and a new sign-in, reopens the milestone with what was typed', async () => {
    const { el } = await signedIn();
    await open(el);
    const narrative = $<HTMLTextAreaElement>(el, '#narrative-en')!;
    narrative.value = 'The tender was appealed.';
    narrative.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // The server stops accepting the token as the report is sent (it expired meanwhile).
    const fetch = window.fetch;
    window.fetch = (input, init) =>
      (input instanceof Request ? input.method : (init?.method ?? 'GET')) === 'POST'
        ? Promise.resolve(problemResponse(401, 'token_expired'))
        : fetch(input, init);
    $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();
    await signInForm(el);
    window.fetch = fetch;
    signInWith(el, LEAD_TOKEN);
    // It came back to the list of milestones: the report being written had to be found and opened again.
    await until(() => $(el, '[part="form"]'), 'the milestone’s form again');
    expect($<HTMLTextAreaElement>(el, '#narrative-en')!.value).to.equal('The tender was appealed.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-title');
  });
});
