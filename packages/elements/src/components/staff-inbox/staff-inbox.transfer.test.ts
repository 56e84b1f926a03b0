import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import './staff-inbox.define.js';
import type { HapurStaffInbox } from './staff-inbox.js';
import { fakeInbox, sampleItems, type FakeInboxOptions } from './test/fake-inbox.js';

// The transfer form as an officer meets it: the institutions by name in the reader's language (read when the
// form first opens), never their own; and the typed id, as before, when the list cannot load.

failOnConsole();

async function inbox(lang = 'en', options: FakeInboxOptions = {}) {
  const api = fakeInbox(options);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
  );
  const el = wrapper.querySelector('hapur-staff-inbox')!;
  await until(() => $$(el, '[part="row"]').length > 0, 'the list');
  $$(el, '.row__link')
    .find((a) => a.textContent === 'HP-2026-000101')!
    .click();
  await until(() => $(el, '#transfer-title'), 'the message with its actions');
  return { el, api };
}

/** Opens the folded transfer form with the keyboard, as an officer would: Tab to its summary, then Enter. */
async function openTransfer(el: HapurStaffInbox) {
  $(el, '#transfer-title')!.closest('summary')!.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => $(el, '#transfer-title')!.closest('details')!.open, 'the transfer form open');
}

/** Folds the transfer form away with the keyboard (Enter on its summary). */
async function closeTransfer(el: HapurStaffInbox) {
  $(el, '#transfer-title')!.closest('summary')!.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => !$(el, '#transfer-title')!.closest('details')!.open, 'the transfer form closed');
}

const options = (el: HapurStaffInbox) =>
  [...$<HTMLSelectElement>(el, '#transfer-institution')!.options].map((o) => o.textContent!.trim());
const requested = (api: ReturnType<typeof fakeInbox>) => api.requests.filter((r) => r.path === '/institutions');
const transferForm = (el: HapurStaffInbox) => $(el, '#transfer-institution')!.closest('form')!;

/** The transfer form's choices in English: the prompt, then the other institutions by name. */
const CHOICES = [
  'Choose an institution',
  'Information and Privacy Agency',
  'Ministry of Local Government Administration',
  'Municipality of Shtërpcë',
  'Municipality of Zvečan',
];

describe('<hapur-staff-inbox> transfer', () => {
  it('reads the institutions when the form first opens, and lists them by name without the own institution', async () => {
    const { el, api } = await inbox();
    expect(requested(api), 'nothing read with the page').to.have.length(0);
    await openTransfer(el);
    await until(() => options(el).length > 1, 'the institutions');
    expect($(el, 'label[for="transfer-institution"]')!.textContent).to.equal('Institution');
    expect(options(el)).to.deep.equal(CHOICES);
    expect(options(el).join(' ')).to.not.contain('Prishtina');
    expect(requested(api), 'read once, without the staff token').to.deep.equal([
      { method: 'GET', path: '/institutions', auth: null, ifNoneMatch: null, body: undefined },
    ]);
    await expect(el).to.be.accessible();
  });

  it('says "Loading…" in the choice while the list is read', async () => {
    const { el } = await inbox('en', { institutions: 'pending' });
    await openTransfer(el);
    await until(() => $(el, '#transfer-institution'), 'the choice');
    expect(options(el)).to.deep.equal(['Loading…']);
    expect($(el, '#transfer-institution')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('asks to choose an institution when none is chosen, then transfers to the one chosen', async () => {
    const { el, api } = await inbox();
    await openTransfer(el);
    await until(() => options(el).length > 1, 'the institutions');
    $<HTMLTextAreaElement>(el, '#transfer-note')!.value = 'This is the ministry’s matter.';
    transferForm(el).requestSubmit();
    await until(() => $(el, '.error-summary'), 'the error summary');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    expect($(el, '.error-summary a')!.textContent).to.equal('Choose an institution');
    expect($(el, '#transfer-institution-error')!.textContent).to.contain('Choose an institution');
    expect($(el, '#transfer-institution')!.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLTextAreaElement>(el, '#transfer-note')!.value, 'the note kept').to.equal(
      'This is the ministry’s matter.',
    );
    $<HTMLAnchorElement>(el, '.error-summary a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#transfer-institution'));
    await expect(el).to.be.accessible();
    $<HTMLSelectElement>(el, '#transfer-institution')!.value = 'xk-mapl';
    transferForm(el).requestSubmit();
    await until(() => $(el, '[part="outcome"]'), 'the outcome');
    expect($(el, '[part="outcome"]')!.textContent).to.contain('The message was transferred.');
    // The message is the ministry's now: back on the list, which says the person's own transfer was done (not that
    // the message went "in the meantime"), the line focused.
    expect($(el, '#detail-title'), 'the message is closed').to.equal(null);
    expect($(el, '[part="list"]')).to.not.equal(null);
    expect($(el, '[part="outcome"]')!.textContent).to.not.contain('no longer in your inbox');
    expect($(el, '[part="outcome"]')!.getAttribute('role')).to.equal('status');
    await until(() => el.shadowRoot!.activeElement === $(el, '[part="outcome"]'), 'focus on the line');
    const post = api.requests.find((r) => r.path.endsWith('/transfer'))!;
    expect(post.body).to.deep.equal({
      institutionId: 'xk-mapl',
      note: { values: { en: 'This is the ministry’s matter.' }, source: 'en' },
    });
  });

  it('names them in the reader’s language and sorts them in its order; a name in another language keeps its lang', async () => {
    const { el } = await inbox('sr-Latn');
    await openTransfer(el);
    await until(() => options(el).length > 1, 'the institutions');
    // Serbian order: Š after S and before Z (by code point it would come last).
    expect(options(el)).to.deep.equal([
      'Izaberite instituciju',
      'Agjencia për Informim dhe Privatësi',
      'Ministarstvo administracije lokalne samouprave',
      'Opština Štrpce',
      'Opština Zvečan',
    ]);
    const agency = $<HTMLSelectElement>(el, '#transfer-institution')!.options[1]!;
    expect(agency.lang).to.equal('sq');
    expect($<HTMLSelectElement>(el, '#transfer-institution')!.options[2]!.hasAttribute('lang')).to.equal(false);
  });

  it('falls back to the typed id, saying the list could not load, and still transfers', async () => {
    const { el, api } = await inbox('en', { institutions: 'fail' });
    await openTransfer(el);
    await until(() => $(el, 'input#transfer-institution'), 'the typed id');
    expect($(el, 'label[for="transfer-institution"]')!.textContent).to.equal('Institution id');
    expect($(el, '#transfer-institution-hint')!.textContent).to.equal(
      'The list of institutions could not be loaded, so enter the institution’s id. For example xk-mapl.',
    );
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#transfer-institution')!.value = 'Xk MAPL';
    $<HTMLTextAreaElement>(el, '#transfer-note')!.value = 'For the ministry.';
    transferForm(el).requestSubmit();
    await until(() => $(el, '.error-summary'), 'the error summary');
    expect($(el, '.error-summary')!.textContent).to.contain('Enter an institution id in lower case');
    $<HTMLInputElement>(el, '#transfer-institution')!.value = 'xk-mapl';
    transferForm(el).requestSubmit();
    await until(() => $(el, '[part="outcome"]'), 'the outcome');
    expect($(el, '[part="outcome"]')!.textContent).to.contain('The message was transferred.');
    expect(api.requests.find((r) => r.path.endsWith('/transfer'))!.body).to.deep.include({ institutionId: 'xk-mapl' });
  });

  it('reads the list again when the form opens again after it could not load, "Loading…" as the first time', async () => {
    const server: FakeInboxOptions = { institutions: 'fail' };
    const { el, api } = await inbox('en', server);
    await openTransfer(el);
    await until(() => $(el, 'input#transfer-institution'), 'the typed id');
    // The officer folds the form away; meanwhile the list can be read again.
    await closeTransfer(el);
    server.institutions = 'pending';
    await openTransfer(el);
    await until(() => $(el, 'select#transfer-institution'), 'the choice again');
    expect(options(el), 'the same loading state as the first time').to.deep.equal(['Loading…']);
    expect($(el, '#transfer-institution')!.getAttribute('aria-busy')).to.equal('true');
    expect(requested(api)).to.have.length(2);
  });

  it('offers the names when the list loads at the next opening after a failure, also for another message', async () => {
    const server: FakeInboxOptions = { institutions: 'fail' };
    const { el, api } = await inbox('en', server);
    await openTransfer(el);
    await until(() => $(el, 'input#transfer-institution'), 'the typed id');
    await closeTransfer(el);
    await openTransfer(el);
    await until(() => $(el, 'input#transfer-institution') && requested(api).length === 2, 'the second failure');
    await closeTransfer(el);
    delete server.institutions;
    // A later transfer, on another message.
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await until(() => $$(el, '.row__link').length > 0, 'the list');
    $$(el, '.row__link')
      .find((a) => a.textContent === 'HP-2026-000103')!
      .click();
    await until(() => $(el, '#transfer-title'), 'the other message');
    await openTransfer(el);
    await until(() => options(el).length > 1, 'the institutions');
    expect($(el, 'label[for="transfer-institution"]')!.textContent).to.equal('Institution');
    expect(options(el)).to.deep.equal(CHOICES);
    expect($(el, '#transfer-institution-hint'), 'no note about the list any more').to.equal(null);
    expect(requested(api)).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('keeps room between a title that wraps on a phone and the form under it', async () => {
    const { el } = await inbox('sq', { institutions: 'fail' });
    el.style.inlineSize = '328px'; // a 360 px phone less the page's margins
    await openTransfer(el);
    await until(() => $(el, 'input#transfer-institution'), 'the typed id');
    const title = $(el, '#transfer-title')!.getBoundingClientRect();
    const label = $(el, 'label[for="transfer-institution"]')!.getBoundingClientRect();
    expect(title.height, 'the title wraps').to.be.greaterThan(30);
    expect(label.top - title.bottom, 'room under the title').to.be.at.least(8);
  });

  /** The first sample message as the ministry received it, then sent to the agency, which sent it to Prishtina. */
  const transferredTwice = () => {
    const items = sampleItems();
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const to = (id: string, minutes: number) =>
      ({ kind: 'transferred', visibility: 'public', at: at(minutes), by: 'registry', to: id }) as const;
    items[0]!.history.push(to('xk-aip', 50), to('xk-prishtina', 40), to('xk-gone', 30));
    return items;
  };
  /** Per UI language: "to" the own institution and the agency, by their names in the list of institutions. */
  const named: Record<string, [string, string]> = {
    en: ['to Municipality of Prishtina', 'to Information and Privacy Agency'],
    sq: ['te Komuna e Prishtinës', 'te Agjencia për Informim dhe Privatësi'],
    'sr-Latn': ['instituciji Opština Priština', 'instituciji Agjencia për Informim dhe Privatësi'],
    'sr-Cyrl': ['институцији Општина Приштина', 'институцији Agjencia për Informim dhe Privatësi'],
    bs: ['instituciji Opština Priština', 'instituciji Agjencia për Informim dhe Privatësi'],
    tr: ['alıcı: Komuna e Prishtinës', 'alıcı: Agjencia për Informim dhe Privatësi'],
  };
  for (const [lang, [own, agency]] of Object.entries(named))
    it(`names the history's transfers by the institution's name in ${lang}, by its id when it is not known`, async () => {
      const { el } = await inbox(lang, { items: transferredTwice() });
      const history = () => $(el, '[part="history"]')!.textContent!.replace(/\s+/g, ' ');
      // The names are known once the transfer form has read the list of institutions; until then, the ids.
      expect(history(), 'before the list is read').to.contain('xk-aip').and.to.contain('xk-prishtina');
      await openTransfer(el);
      await until(() => options(el).length > 1, 'the institutions');
      expect(history()).to.contain(own).and.to.contain(agency);
      expect(history()).to.not.contain('xk-aip').and.to.not.contain('xk-prishtina');
      expect(history(), 'an institution not in the list: its id, nothing invented').to.contain('xk-gone');
    });

  it('falls back to the typed id when no other institution is listed', async () => {
    const { el } = await inbox('sq', { institutions: [] });
    await openTransfer(el);
    await until(() => $(el, 'input#transfer-institution'), 'the typed id');
    expect($(el, '#transfer-institution-hint')!.textContent).to.contain('Lista e institucioneve nuk u ngarkua');
  });
});
