import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import './staff-inbox.define.js';
import type { HapurStaffInbox } from './staff-inbox.js';
import { fakeInbox } from './test/fake-inbox.js';

// A message that leaves the inbox while a staff member has it open (another officer transferred it, or it was
// removed): the API answers 404 for it. The person is told so in plain words, taken back to the list (read again),
// focus lands on that line, and what they had typed for the message is said to be lost, never silently dropped.

failOnConsole();

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openMessage(lang: string, reference: string) {
  const api = fakeInbox();
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
  );
  const el = wrapper.querySelector<HapurStaffInbox>('hapur-staff-inbox')!;
  await until(() => $$(el, '.row__link').length > 0, 'the list');
  $$(el, '.row__link')
    .find((a) => a.textContent === reference)!
    .click();
  await until(() => $(el, '#detail-title'), 'the message');
  const leave = () => api.leave(reference);
  return { el, api, leave };
}

/** Waits for the list with the notice, then checks where focus is: on the notice, in the block, never on <body>. */
async function backOnTheList(el: HapurStaffInbox, reference: string) {
  await until(() => $(el, '.outcome') && !$(el, '#detail-title'), 'the list with the notice');
  await until(() => !$$(el, '.row__link').some((a) => a.textContent === reference), 'the list read again');
  await until(() => el.shadowRoot!.activeElement === $(el, '.outcome'), 'focus on the notice');
  expect(document.activeElement, 'focus stays in the block').to.equal(el);
  expect($$(el, '.row__link').length, 'the rest of the list is there').to.be.greaterThan(0);
  expect($(el, '.outcome')!.getAttribute('role')).to.equal('alert');
  return text($(el, '.outcome'));
}

describe('<hapur-staff-inbox> a message that left the inbox while open', () => {
  it('says so at the minute’s check, that the typed response was not sent, and focuses that line (en)', async () => {
    const { el, leave } = await openMessage('en', 'HP-2026-000101');
    const response = $<HTMLTextAreaElement>(el, 'textarea[name^="response"]')!;
    response.value = 'An answer typed while someone else transferred the message';
    response.focus();
    leave();
    await el.refresh(false);
    expect(await backOnTheList(el, 'HP-2026-000101')).to.equal(
      'Message HP-2026-000101 is no longer in your inbox: it was transferred to another institution or removed in ' +
        'the meantime. What you had entered for it was not sent.',
    );
    expect(el.shadowRoot!.textContent, 'not the generic text').to.not.contain('withdrawn');
    await expect(el).to.be.accessible();
  });

  for (const [answer, why] of [
    [403, 'transferred: the API answers the action 403'],
    [404, 'removed: the API answers the action 404'],
  ] as const)
    it(`says so when the next action on it is refused (${why}), in Albanian, with what was typed`, async () => {
      const { el, api } = await openMessage('sq', 'HP-2026-000102');
      $<HTMLDetailsElement>(el, 'details.action:has(#assign-assignee)')!.open = true;
      const assignee = $<HTMLInputElement>(el, '#assign-assignee')!;
      assignee.value = 'Drita Berisha';
      assignee.focus();
      api.leave('HP-2026-000102', answer);
      assignee.closest('form')!.requestSubmit();
      expect(await backOnTheList(el, 'HP-2026-000102')).to.equal(
        'Mesazhi HP-2026-000102 nuk është më në kutinë tuaj hyrëse: ndërkohë u transferua te një institucion tjetër ' +
          'ose u hoq. Ajo që kishit shkruar për të nuk u dërgua.',
      );
      expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/assign'))).to.equal(true);
    });

  it('says only that it left when nothing was typed (sr-Latn), and the notice goes when another message opens', async () => {
    const { el, leave } = await openMessage('sr-Latn', 'HP-2026-000103');
    $<HTMLButtonElement>(el, '[part="back-button"]')!.focus();
    leave();
    await el.refresh(false);
    expect(await backOnTheList(el, 'HP-2026-000103')).to.equal(
      'Poruka HP-2026-000103 više nije u vašem prijemnom sandučetu: u međuvremenu je prosleđena drugoj instituciji ' +
        'ili uklonjena.',
    );
    $$(el, '.row__link')[0]!.click();
    await until(() => $(el, '#detail-title'), 'another message');
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await until(() => $$(el, '.row__link').length > 0, 'the list again');
    expect($(el, '.outcome'), 'the notice is gone').to.be.null;
  });
});
