import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { restoreStaffPage } from '../../internal/test/staff.js';
import en from './translations/en.js';
import './service-editor.define.js';
import type { HapurServiceEditor } from './service-editor.js';
import { fakeUpkeep, type FakeUpkeepOptions } from './test/fake-upkeep.js';

// What staff have typed, and where the keyboard is, after a button that leaves the screen or a write that failed.

failOnConsole();

restoreStaffPage();

/** The editor with the page's own staff client (no sign-in), the form of the service named `name` open. */
async function editing(name: string, options: FakeUpkeepOptions = {}) {
  const api = fakeUpkeep(options);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en"><hapur-service-editor .client=${api.client()}></hapur-service-editor></div>`,
  );
  const el = wrapper.querySelector('hapur-service-editor')!;
  await open(el, name);
  return { el, api };
}

async function open(el: HapurServiceEditor, name: string) {
  await until(() => $$(el, '.service-link').length > 0, 'the list');
  $$(el, '.service-link')
    .find((a) => a.textContent === name)!
    .click();
  await until(() => $(el, '[part="form"]'), 'the form');
  await el.updateComplete;
}

const active = (el: HapurServiceEditor) => el.shadowRoot!.activeElement as HTMLElement | null;
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<hapur-service-editor> recovering', () => {
  it('keeps the keyboard in the form when "Discard my unsaved changes" (its own button gone) is pressed', async () => {
    const { el } = await editing('Birth certificate');
    const fee = $<HTMLInputElement>(el, '#f-costs-0-value')!;
    fee.value = '4';
    fee.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, '.link-button')!.click(); // back to the list
    await open(el, 'Birth certificate');
    expect(words($(el, '[part="outcome"]'))).to.equal(en.draftRestored);
    const discard = $$(el, '.link-button').find((b) => words(b) === en.discardDraft)!;
    discard.focus();
    discard.click();
    await until(() => $<HTMLInputElement>(el, '#f-costs-0-value')!.value !== '4', 'the version read');
    await el.updateComplete;
    expect($$(el, '.link-button').some((b) => words(b) === en.discardDraft)).to.be.false;
    expect(active(el)?.id, 'focus on the form’s heading, not lost to the page').to.equal('edit-title');
  });

  it('keeps the withdraw confirmation and its reason when the server refuses it (429), focus on why', async () => {
    const { el, api } = await editing('Residents’ parking permit', { rateLimited: true });
    $<HTMLButtonElement>(el, '[part="withdraw-button"]')!.click();
    await until(() => $(el, '[part="withdraw"]'), 'the confirmation');
    $<HTMLTextAreaElement>(el, '#withdraw-note')!.value = 'Replaced by the e-Kosova service';
    $<HTMLFormElement>(el, '[part="withdraw"] form')!.requestSubmit();
    await until(() => $(el, '[part="outcome"]'), 'the outcome');
    await el.updateComplete;
    expect(words($(el, '[part="outcome"]'))).to.contain('Wait 2 minutes');
    expect(active(el)).to.equal($(el, '[part="outcome"]'));
    expect($(el, '[part="withdraw"]'), 'the confirmation is still open').to.exist;
    expect($<HTMLTextAreaElement>(el, '#withdraw-note')!.value).to.equal('Replaced by the e-Kosova service');
    expect(api.services[1]!.status).to.equal('active');
  });
});
