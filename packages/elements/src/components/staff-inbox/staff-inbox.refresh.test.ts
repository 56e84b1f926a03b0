import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { problemResponse as problem } from '../../internal/test/responses.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import './staff-inbox.define.js';
import type { HapurStaffInbox } from './staff-inbox.js';
import { fakeInbox, STAFF_TOKEN } from './test/fake-inbox.js';

failOnConsole();

/**
 * The block on the fake API through a client whose connection can drop (`net.offline`) or answer 500
 * (`net.broken`) while a message is open, as the minute's background check meets a train tunnel or a restart.
 */
async function inboxOnFlakyNet(lang = 'en') {
  const api = fakeInbox();
  const net = { offline: false, broken: false };
  const fetch: typeof globalThis.fetch = (resource, init) => {
    if (net.offline) return Promise.reject(new TypeError('Failed to fetch'));
    if (net.broken) return Promise.resolve(problem(500, 'internal'));
    return api.fetch(resource, init);
  };
  const client = createClient({ baseUrl: `${location.origin}/api/v1`, fetch, retry: 0, token: STAFF_TOKEN });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-staff-inbox .client=${client}></hapur-staff-inbox></div>`,
  );
  const el = wrapper.querySelector<HapurStaffInbox>('hapur-staff-inbox')!;
  await until(() => $$(el, '.row__link').length > 0, 'the list');
  return { el, api, net };
}

async function openAndType(el: HapurStaffInbox, reference: string, text: string) {
  $$(el, '.row__link')
    .find((a) => a.textContent === reference)!
    .click();
  await until(() => $(el, '#detail-title'), 'the message');
  const response = $<HTMLTextAreaElement>(el, 'textarea[name^="response"]')!;
  response.value = text;
  response.focus();
  return response;
}

describe('<hapur-staff-inbox> background checks', () => {
  for (const [what, fail] of [
    ['the connection drops', (net: { offline: boolean }) => (net.offline = true)],
    ['the server answers 500', (net: { broken: boolean }) => (net.broken = true)],
  ] as const) {
    it(`keeps the open message, what was typed and focus when ${what} during the minute's check`, async () => {
      const { el, net } = await inboxOnFlakyNet();
      const typed = 'An official response typed for twenty minutes';
      const response = await openAndType(el, 'HP-2026-000101', typed);
      fail(net as { offline: boolean; broken: boolean });
      await el.refresh(false);
      await el.updateComplete;
      // Before, the failed check read the list again at once and its error box replaced the message: wait for that read.
      await until(() => !$(el, '.inbox > [aria-busy="true"]'), 'the check settled');
      expect($(el, '#detail-title'), 'the message stays open').to.exist;
      expect($<HTMLTextAreaElement>(el, 'textarea[name^="response"]')!.value).to.equal(typed);
      expect(el.shadowRoot!.activeElement, 'focus stays in the field').to.equal(response);
      expect($(el, '.state--error'), 'no error box replaces the message').to.be.null;
      if (net.broken) return;
      // Back online: the next check works; the message and the text are still there.
      net.offline = false;
      await el.refresh(false);
      await el.updateComplete;
      expect($(el, '#detail-title')).to.exist;
      expect($<HTMLTextAreaElement>(el, 'textarea[name^="response"]')!.value).to.equal(typed);
    });
  }

  for (const lang of ['sq', 'en', 'sr-Latn'])
    it(`says when the list was last checked on a 24-hour clock (${lang}), never "AM"/"PM"`, async () => {
      const { el } = await inboxOnFlakyNet(lang);
      await el.refresh();
      await el.updateComplete;
      const line = $(el, '.refresh .muted')!.textContent!;
      expect(line).to.not.match(/AM|PM/i);
      expect(line).to.match(/\b([01]\d|2[0-3]):[0-5]\d\b/);
    });

  it('keeps the list on screen when "Check for new messages" fails offline', async () => {
    const { el, net } = await inboxOnFlakyNet();
    const rows = $$(el, '.row__link').length;
    net.offline = true;
    $<HTMLButtonElement>(el, '[part="refresh-button"]')!.click();
    await el.refresh();
    await el.updateComplete;
    expect($(el, '.state--error'), 'no error box replaces the list').to.be.null;
    expect($$(el, '.row__link').length).to.equal(rows);
    await expect(el).to.be.accessible();
  });
});
