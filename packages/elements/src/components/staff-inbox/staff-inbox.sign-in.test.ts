import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { freshApi, restoreStaffPage, signInForm, signInWith } from '../../internal/test/staff.js';
import './staff-inbox.define.js';
import { fakeInbox, STAFF_TOKEN } from './test/fake-inbox.js';

// The shared staff sign-in as the person meets it in the inbox: where focus goes, which problem shows, and what
// survives a token the server stops accepting mid-action.

failOnConsole();

restoreStaffPage();

async function signedOut() {
  const tokens: Record<string, 'ok' | 'revoked'> = { [STAFF_TOKEN]: 'ok' };
  const api = fakeInbox({ tokens });
  window.fetch = api.fetch;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en"><hapur-staff-inbox api=${freshApi('sign-in')}></hapur-staff-inbox></div>`,
  );
  const el = wrapper.querySelector('hapur-staff-inbox')!;
  await signInForm(el);
  return { el, api, tokens };
}

/** What has focus, in words (a failure then names it, instead of printing elements). */
const focused = (el: HTMLElement) => {
  const active = el.shadowRoot!.activeElement;
  return active ? active.id || active.getAttribute('part') || active.className : 'nothing in the block';
};

describe('<hapur-staff-inbox> sign-in', () => {
  it('two staff blocks signed out on one page do not repeat one landmark name (axe)', async () => {
    window.fetch = fakeInbox({ tokens: { [STAFF_TOKEN]: 'ok' } }).fetch;
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <hapur-staff-inbox api=${freshApi('sign-in')}></hapur-staff-inbox>
        <hapur-staff-inbox api=${freshApi('sign-in')}></hapur-staff-inbox>
      </div>`,
    );
    for (const el of wrapper.querySelectorAll('hapur-staff-inbox')) await signInForm(el, 'sign-in');
    // Each sign-in was a <section> named "Staff sign-in": two regions of one name (axe landmark-unique).
    await expect(wrapper).to.be.accessible();
  });

  it('moves focus to the heading after signing in, and to the token field after signing out', async () => {
    const { el } = await signedOut();
    $<HTMLButtonElement>(el, '[part="sign-in-button"]')!.focus();
    signInWith(el, STAFF_TOKEN);
    await until(() => $$(el, '[part="row"]').length > 0, 'the list');
    expect(focused(el)).to.equal('title');
    $<HTMLButtonElement>(el, '[part="sign-out-button"]')!.focus();
    $<HTMLButtonElement>(el, '[part="sign-out-button"]')!.click();
    await signInForm(el);
    await el.updateComplete;
    expect(focused(el)).to.equal('staff-token');
    expect($(el, '[part="sign-in-notice"]')!.textContent).to.contain('You are signed out');
  });

  it('shows only the current problem: a refused token, then an empty one', async () => {
    const { el } = await signedOut();
    signInWith(el, 'not-a-token');
    await until(() => $(el, '[part="sign-in-notice"]'), 'the notice');
    expect($(el, '[part="sign-in-notice"]')!.textContent).to.contain('was not accepted');
    signInWith(el, '');
    await until(() => $(el, '.error-summary'), 'the error summary');
    expect($(el, '.error-summary')!.textContent).to.contain('Enter your staff token');
    expect($(el, '[part="sign-in-notice"]')).to.equal(null);
    await el.updateComplete;
    expect(focused(el)).to.equal('error-summary');
  });

  it('reopens the message with the typed response after a token refused mid-action and a new sign-in', async () => {
    const { el, api, tokens } = await signedOut();
    signInWith(el, STAFF_TOKEN);
    await until(() => $$(el, '[part="row"]').length > 0, 'the list');
    $$(el, '.row__link')
      .find((a) => a.textContent === 'HP-2026-000101')!
      .click();
    await until(() => $(el, '#status-status'), 'the message');
    const response = 'Faleminderit, ndriçimi shtohet në pranverë.';
    $<HTMLSelectElement>(el, '#status-status')!.value = 'answered';
    $<HTMLTextAreaElement>(el, '#status-response-sq')!.value = response;
    $<HTMLTextAreaElement>(el, '#status-response-en')!.value = 'Thank you.';
    tokens[STAFF_TOKEN] = 'revoked';
    $(el, '#status-status')!.closest('form')!.requestSubmit();
    await until(() => $(el, '[part="sign-in-notice"]'), 'the sign-in again');
    expect($(el, '[part="sign-in-notice"]')!.textContent).to.contain('was revoked');

    tokens[STAFF_TOKEN] = 'ok';
    signInWith(el, STAFF_TOKEN);
    await until(() => $<HTMLTextAreaElement>(el, '#status-response-sq')?.value === response, 'the typed response');
    expect($(el, '#detail-title')!.textContent).to.contain('HP-2026-000101');
    expect($<HTMLSelectElement>(el, '#status-status')!.value).to.equal('answered');
    expect($<HTMLTextAreaElement>(el, '#status-response-en')!.value).to.equal('Thank you.');
    expect($<HTMLDetailsElement>(el, 'details.translations')!.open).to.equal(true);
    expect(focused(el)).to.equal('detail-title');
    // What was typed stays in the page: nothing of it is stored.
    expect(JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage })).to.not.contain('pranverë');
    $(el, '#status-status')!.closest('form')!.requestSubmit();
    await until(() => $(el, '[part="outcome"]'), 'the outcome');
    expect($(el, '[part="outcome"]')!.textContent).to.contain('The status was saved.');
    expect(api.requests.filter((r) => r.method === 'POST').at(-1)!.body).to.deep.include({ status: 'answered' });
  });
});
