import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import './staff-inbox.define.js';
import { ANSWERING_STATUSES, MAX_RESPONSE } from './staff-inbox.model.js';
import { fakeInbox } from './test/fake-inbox.js';

// An action form's problems: each one where the person can see it, and its link in the summary goes there.

failOnConsole();

describe('<hapur-staff-inbox> action errors', () => {
  it('asks for the response with the five statuses that answer (the first of the SDK’s closed statuses)', () => {
    expect(ANSWERING_STATUSES).to.deep.equal(['answered', 'accepted', 'partially_accepted', 'rejected', 'resolved']);
  });

  it('opens the folded translations when one of them has a problem, so its error shows and its summary link works', async () => {
    const api = fakeInbox();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
    );
    const el = wrapper.querySelector('hapur-staff-inbox')!;
    await until(() => $$(el, '.row__link').length > 0, 'the list');
    $$(el, '.row__link')
      .find((a) => a.textContent === 'HP-2026-000101')!
      .click();
    await until(() => $(el, '#status-status'), 'the status form');
    const translations = $<HTMLDetailsElement>(el, 'details.translations')!;
    expect(translations.open, 'folded at first').to.be.false;
    $<HTMLSelectElement>(el, '#status-status')!.value = 'answered';
    $<HTMLTextAreaElement>(el, '#status-response-sq')!.value = 'Faleminderit.';
    $<HTMLTextAreaElement>(el, '#status-response-en')!.value = 'x'.repeat(MAX_RESPONSE + 1);
    $(el, '#status-status')!.closest('form')!.requestSubmit();
    await until(() => $(el, '.error-summary'), 'the error summary');
    await el.updateComplete;
    expect(translations.open, 'the translation with the problem is shown').to.be.true;
    expect($(el, '#status-response-en-error')!.checkVisibility()).to.be.true;
    // Named as its label names it: a translation, not the official response.
    expect($(el, 'label[for="status-response-en"]')!.textContent).to.equal('Response in English');
    expect($(el, '.error-summary a')!.textContent).to.equal('Response in English must be 10000 characters or fewer');
    $<HTMLAnchorElement>(el, '.error-summary a[href="#status-response-en"]')!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#status-response-en'));
    expect(api.requests.some((r) => r.method === 'POST')).to.be.false;
  });

  it('"Clear filters" empties every filter box, what was applied and what was only typed, and its error', async () => {
    const api = fakeInbox();
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
    );
    const el = wrapper.querySelector('hapur-staff-inbox')!;
    await until(() => $$(el, '.row__link').length > 0, 'the list');
    const form = $<HTMLFormElement>(el, '[part="filters"]')!;
    $<HTMLSelectElement>(el, '#filter-type')!.value = 'proposal';
    $<HTMLInputElement>(el, '#filter-q')!.value = 'zzz';
    form.requestSubmit();
    await until(() => api.requests.at(-1)!.path.includes('q=zzz'), 'the filtered request');
    // Typed, not applied: a due-within the API would refuse, and a ticked box.
    $<HTMLInputElement>(el, '#filter-due')!.value = 'soon';
    $<HTMLInputElement>(el, '#filter-overdue')!.checked = true;
    form.requestSubmit();
    await until(() => $(el, '#filter-due-error'), 'the field error');
    [...form.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear filters')!.click();
    await until(() => !api.requests.at(-1)!.path.includes('q='), 'the unfiltered request');
    await el.updateComplete;
    expect($(el, '#filter-due-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#filter-due')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#filter-q')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#filter-overdue')!.checked).to.be.false;
    expect($<HTMLSelectElement>(el, '#filter-type')!.value).to.equal('');
  });
});
