import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { restoreStaffPage } from '../../internal/test/staff.js';
import bs from './translations/bs.js';
import en from './translations/en.js';
import sq from './translations/sq.js';
import srCyrl from './translations/sr-cyrl.js';
import srLatn from './translations/sr-latn.js';
import tr from './translations/tr.js';
import './service-editor.define.js';
import type { HapurServiceEditor } from './service-editor.js';
import { fakeUpkeep } from './test/fake-upkeep.js';

// A withdrawal the server refuses: the message says the service was not withdrawn (it said "Not saved", the save's text).

failOnConsole();

restoreStaffPage();

const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The editor with the page's own staff client, the parking permit open, its withdrawal confirmed against a 429. */
async function refusedWithdrawal(lang: string) {
  const api = fakeUpkeep({ rateLimited: true });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-service-editor .client=${api.client()}></hapur-service-editor></div>`,
  );
  const el = wrapper.querySelector<HapurServiceEditor>('hapur-service-editor')!;
  await until(() => $$(el, '.service-link').length > 1, 'the list');
  $$(el, '.service-link')[1]!.click();
  await until(() => $(el, '[part="withdraw-button"]'), 'the form');
  $<HTMLButtonElement>(el, '[part="withdraw-button"]')!.click();
  await until(() => $(el, '[part="withdraw"] form'), 'the confirmation');
  $<HTMLFormElement>(el, '[part="withdraw"] form')!.requestSubmit();
  await until(() => $(el, '[part="outcome"]'), 'the outcome');
  return { el, api };
}

describe('<hapur-service-editor> a refused withdrawal', () => {
  it('says the service was not withdrawn and why, in an alert that has focus', async () => {
    const { el, api } = await refusedWithdrawal('en');
    const outcome = $(el, '[part="outcome"]')!;
    expect(words(outcome)).to.equal(
      'Not withdrawn: Too many changes have been sent from this connection. Wait 2 minutes and try again.',
    );
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(outcome);
    expect(api.services[1]!.status).to.equal('active');
    await expect(el).to.be.accessible();
  });

  for (const [lang, t] of [
    ['sq', sq],
    ['sr-Latn', srLatn],
    ['sr-Cyrl', srCyrl],
    ['bs', bs],
    ['tr', tr],
  ] as const) {
    it(`words it as a withdrawal, not a save, in ${lang}`, async () => {
      const { el } = await refusedWithdrawal(lang);
      const text = words($(el, '[part="outcome"]'));
      expect(text.startsWith(t.withdrawFailed(''))).to.equal(true, text);
      expect(text.startsWith(t.saveFailed('').split(':')[0]!)).to.equal(false, text);
      expect(text).to.not.contain(en.withdrawFailed(''));
    });
  }
});
