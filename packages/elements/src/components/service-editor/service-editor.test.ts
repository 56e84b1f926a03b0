import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HapurServiceSaveEvent } from '../../events/service-save.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until as waitUntil } from '../../internal/test/shadow.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';
import { runLocalizationContract, shadowText } from '../../internal/test/localization-contract.js';
import { freshApi, restoreStaffPage, signInWith } from '../../internal/test/staff.js';
import { runTokenContract } from '../../internal/test/token-contract.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './service-editor.styles.js';
import en from './translations/en.js';
import sq from './translations/sq.js';
import srLatn from './translations/sr-latn.js';
import './service-editor.define.js';
import type { HapurServiceEditor } from './service-editor.js';
import { EXPIRED_TOKEN, fakeUpkeep, STAFF_TOKEN } from './test/fake-upkeep.js';

failOnConsole();

const active = (el: HapurServiceEditor) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Waits for a view; on time-out says what the block showed instead. */
const until = (check: () => unknown, what: string, el?: HapurServiceEditor) =>
  waitUntil(check, what).catch((e: Error) => {
    throw new Error(el ? `${e.message}: ${shadowText(el).slice(0, 300)}` : e.message);
  });

restoreStaffPage();

/** The block with its own sign-in on a fresh API address (the page keeps one staff session per address). */
async function mount(lang = 'en', api = fakeUpkeep(), base = freshApi('e')) {
  window.fetch = api.fetch;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-service-editor api=${base}></hapur-service-editor></div>`,
  );
  const el = wrapper.querySelector('hapur-service-editor')!;
  await until(() => $(el, '#staff-token') || $(el, '[part="list"]') || $(el, '[part="form"]'), 'the block', el);
  return { el, api, wrapper, base };
}

async function signIn(el: HapurServiceEditor, token = STAFF_TOKEN) {
  signInWith(el, token);
}

async function signedIn(lang = 'en') {
  const m = await mount(lang);
  await signIn(m.el);
  await until(() => $(m.el, '[part="list"]'), 'the list', m.el);
  return m;
}

async function openService(el: HapurServiceEditor, name: string) {
  $$(el, '.service-link')
    .find((a) => a.textContent === name)!
    .click();
  await until(() => $(el, '[part="form"]'), 'the form', el);
  await el.updateComplete;
}

/** Types into a control the way a person does (value, then an input event). */
async function type(el: HapurServiceEditor, id: string, value: string) {
  const control = $<HTMLInputElement>(el, `#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const preview = (el: HapurServiceEditor) => $(el, 'hapur-service-info')!;
const previewText = (el: HapurServiceEditor) => shadowText(preview(el));
const save = (el: HapurServiceEditor) => $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();

describe('<hapur-service-editor>', () => {
  it('asks for the staff token first, then lists only the services the institution is responsible for', async () => {
    const { el, api } = await mount();
    expect($(el, '[part="sign-in"]')).to.exist;
    expect(api.requests).to.have.length(0);
    await expect(el).to.be.accessible();
    await signIn(el);
    await until(() => $(el, '[part="list"]'), 'the list', el);
    const names = $$(el, '.service-link').map((a) => a.textContent);
    expect(names).to.deep.equal(['Birth certificate', 'Residents’ parking permit']);
    expect(api.requests.some((r) => r.path.includes('institution=xk-prishtina'))).to.be.true;
    expect($(el, '[part="signed-in"]')!.textContent).to.contain('Municipality of Prishtina');
    expect(JSON.stringify(sessionStorage)).to.not.contain(STAFF_TOKEN);
    await expect(el).to.be.accessible();
  });

  it('signs out with the reason when the server refuses the token', async () => {
    const { el } = await mount();
    await signIn(el, EXPIRED_TOKEN);
    await until(() => $(el, '.sign-in__notice'), 'the notice', el);
    expect($(el, '.sign-in__notice')!.textContent).to.contain('expired');
  });

  it('edits the fee beside the real card preview and saves it with If-Match', async () => {
    const { el, api } = await signedIn();
    await openService(el, 'Birth certificate');
    expect(active(el)?.id).to.equal('edit-title');
    expect(previewText(el)).to.contain('2.50');
    await type(el, 'f-costs-0-value', '3.'); // half typed: the preview keeps working
    await el.updateComplete;
    await type(el, 'f-costs-0-value', '3,20');
    await until(() => previewText(el).includes('3.20'), 'the preview with the new fee', el);
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'hapur-service-save') as Promise<HapurServiceSaveEvent>;
    save(el);
    expect((await saved).detail).to.deep.equal({ serviceId: 'prishtina-birth-certificate', action: 'saved' });
    const put = api.requests.find((r) => r.method === 'PUT')!;
    expect(put.ifMatch).to.equal('"prishtina-birth-certificate-v1"');
    expect((put.body as { costs: { value: number }[] }).costs[0]!.value).to.equal(3.2);
    expect(put.body).to.not.have.property('lastReviewedAt');
    await until(() => $(el, '[part="outcome"]'), 'the outcome', el);
    expect($(el, '[part="outcome"]')!.textContent).to.contain('Saved');
    expect(active(el)).to.equal($(el, '[part="outcome"]'));
    await until(() => $(el, '[part="history"] li'), 'the history', el);
    expect($(el, '[part="history"]')!.textContent).to.contain('registry changed');
    // This browser's copy of the public card is read again past its cache, so the card shows the new fee.
    const card = (r: (typeof api.requests)[number]) => r.path === '/services/prishtina-birth-certificate';
    await until(() => api.requests.some((r) => card(r) && r.cache === 'reload'), 'the card read again', el);
  });

  it('checks with the SDK schema and lists the problems in an error summary that links to each field', async () => {
    const { el, api } = await signedIn();
    await openService(el, 'Birth certificate');
    for (const lang of ['sq', 'sr-Latn', 'en']) await type(el, `f-name-values-${lang}`, '');
    await type(el, 'f-channels-0-url', 'http://example.org/apply');
    save(el);
    await until(() => $(el, '[part="error-summary"]'), 'the error summary', el);
    expect(active(el)).to.equal($(el, '[part="error-summary"]'));
    const links = $$(el, '[part="error-summary"] a');
    expect(links[0]!.textContent).to.match(/^Name \(Albanian\): /);
    expect(links[1]!.textContent).to.match(/^Website: .*https/);
    expect(links).to.have.length(2);
    expect($(el, '#f-channels-0-url')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-channels-0-url')!.getAttribute('aria-describedby')).to.contain('f-channels-0-url-error');
    links[0]!.click();
    expect(active(el)?.id).to.equal('f-name-values-sq');
    expect(api.requests.some((r) => r.method === 'PUT')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('asks for a text in every ticked language, at that language’s field, keeping what was typed', async () => {
    const { el, api } = await signedIn();
    await openService(el, 'Birth certificate');
    await type(el, 'f-name-values-sq', '');
    await type(el, 'f-name-values-en', 'Birth certificate (copy)');
    save(el);
    await until(() => $(el, '[part="error-summary"]'), 'the error summary', el);
    const links = $$(el, '[part="error-summary"] a').map((a) => a.textContent);
    expect(links).to.deep.equal([`Name (Albanian): ${en.textInLanguages}`]);
    expect($(el, '#f-name-values-sq-error')!.textContent).to.contain(en.textInLanguages);
    expect($(el, '#f-name-values-sq')!.getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, '#f-name-values-en')!.value).to.equal('Birth certificate (copy)');
    expect($<HTMLInputElement>(el, '#f-name-values-sr-Latn')!.value).to.equal('Izvod iz matične knjige rođenih');
    expect(api.requests.some((r) => r.method === 'PUT')).to.be.false;
  });

  it('says what a number of days and an amount should look like, in the words of their hints', async () => {
    const { el, api } = await signedIn();
    await openService(el, 'Birth certificate');
    await type(el, 'f-legalDeadline-duration', '-3');
    await type(el, 'f-costs-0-value', 'abc');
    save(el);
    await until(() => $(el, '[part="error-summary"]'), 'the error summary', el);
    const links = $$(el, '[part="error-summary"] a').map((a) => a.textContent);
    expect(links).to.have.members([
      'Amount: Enter an amount, e.g. 2.50.',
      'Legal deadline: Enter a whole number of days, e.g. 15.',
    ]);
    expect($<HTMLInputElement>(el, '#f-costs-0-value')!.value).to.equal('abc');
    expect(api.requests.some((r) => r.method === 'PUT')).to.be.false;
  });

  it('writes the amount example with the Albanian decimal comma, in the message as in the hint', async () => {
    const { el } = await signedIn('sq');
    await openService(el, 'Certifikata e lindjes');
    await type(el, 'f-costs-0-value', 'abc');
    save(el);
    await until(() => $(el, '#f-costs-0-value-error'), 'the amount error', el);
    expect($(el, '#f-costs-0-value-error')!.textContent).to.contain('p.sh. 2,50');
    expect($(el, '#f-costs-0-value-hint')!.textContent).to.contain('p.sh. 2,50');
  });

  it('names the statuses in short words of the editor’s language', async () => {
    const { el } = await signedIn();
    await openService(el, 'Birth certificate');
    const options = () => $$(el, '#f-status option').map((o) => o.textContent!.trim());
    expect(options()).to.deep.equal(['Active', 'Inactive', 'Being prepared']);
    const sqEditor = (await signedIn('sq')).el;
    await openService(sqEditor, 'Certifikata e lindjes');
    expect($$(sqEditor, '#f-status option').map((o) => o.textContent!.trim())).to.deep.equal([
      'Aktiv',
      'Joaktiv',
      'Në përgatitje',
    ]);
  });

  it('sends nothing when nothing changed, says so, and adds no history entry', async () => {
    const { el, api } = await signedIn();
    await openService(el, 'Birth certificate');
    await until(() => $(el, '[part="history"] p:not([role])'), 'the empty history', el);
    save(el);
    await until(() => $(el, '[part="outcome"]'), 'the outcome', el);
    expect($(el, '[part="outcome"]')!.textContent).to.contain('Nothing to save');
    expect(active(el)).to.equal($(el, '[part="outcome"]'));
    expect(api.requests.some((r) => r.method === 'PUT')).to.be.false;
    expect(api.history).to.have.length(0);
    expect($(el, '[part="history"]')!.textContent).to.contain(en.historyEmpty);
  });

  it('says to wait when the server refuses too many saves (429), not that the server failed, keeping the change', async () => {
    const { el } = await mount('sq', fakeUpkeep({ rateLimited: true }));
    await signIn(el);
    await until(() => $(el, '[part="list"]'), 'the list', el);
    await openService(el, 'Certifikata e lindjes');
    await type(el, 'f-costs-0-value', '3,20');
    save(el);
    await until(() => $(el, '[part="outcome"]'), 'the outcome', el);
    const outcome = $(el, '[part="outcome"]')!.textContent!.replace(/\s+/g, ' ');
    expect(outcome).to.contain('Prisni 2 minuta dhe provoni përsëri');
    expect(outcome).to.not.contain('Serveri');
    // Said once (it read "…provoni përsëri. Ndryshimet tuaja mbeten; provoni përsëri.").
    expect(outcome.match(/provoni përsëri/g)).to.have.length(1);
    expect($<HTMLInputElement>(el, '#f-costs-0-value')!.value).to.equal('3,20');
  });

  it('shows the time of a change on the 24-hour clock on an Albanian page', async () => {
    const { el, api } = await signedIn('sq');
    api.otherSaves('prishtina-birth-certificate', () => undefined, ['costs']);
    await openService(el, 'Certifikata e lindjes');
    await until(() => $(el, '[part="history"] li'), 'the history', el);
    const at = new Date(api.history[0]!.at);
    const clock = [at.getHours(), at.getMinutes()].map((n) => String(n).padStart(2, '0')).join(':');
    const entry = $(el, '[part="history"] li')!.textContent!;
    expect(entry).to.contain(clock);
    expect(entry).to.not.match(/AM|PM/);
  });

  it('keeps the draft (never the token) in this tab across a reload and opens it again', async () => {
    const { el, api, base, wrapper } = await signedIn();
    await openService(el, 'Birth certificate');
    await type(el, 'f-costs-0-value', '4');
    wrapper.remove();
    // The same page again: the token was not remembered, so sign in again; the form comes back with the draft.
    const again = await mount('en', api, base);
    expect(JSON.stringify(sessionStorage)).to.not.contain(STAFF_TOKEN);
    if ($(again.el, '#staff-token')) await signIn(again.el);
    await until(() => $(again.el, '[part="form"]'), 'the form again', again.el);
    await again.el.updateComplete;
    expect($<HTMLInputElement>(again.el, '#f-costs-0-value')!.value).to.equal('4');
    expect($(again.el, '[part="outcome"]')!.textContent).to.contain('unsaved changes');
  });

  it('shows a conflict when someone else saved first, and puts the person’s changes onto the new version', async () => {
    const { el, api } = await signedIn();
    await openService(el, 'Birth certificate');
    await type(el, 'f-costs-0-value', '5');
    const residents = { values: { sq: 'Banorët', 'sr-Latn': 'Stanovnici', en: 'Residents' } };
    api.otherSaves('prishtina-birth-certificate', (s) => (s.eligibility = residents), ['eligibility']);
    save(el);
    await until(() => $(el, '[part="conflict"]'), 'the conflict screen', el);
    expect(active(el)?.id).to.equal('conflict-title');
    const text = $(el, '[part="conflict"]')!.textContent!;
    expect(text).to.contain('who can apply');
    expect(text).to.contain('fees');
    await expect(el).to.be.accessible();
    $$(el, '[part="conflict"] button')[0]!.click();
    await until(() => $(el, '[part="form"]'), 'the form', el);
    expect($<HTMLInputElement>(el, '#f-costs-0-value')!.value).to.equal('5');
    expect($<HTMLInputElement>(el, '#f-eligibility-values-en')!.value).to.equal('Residents');
    save(el);
    await until(() => $(el, '.outcome--ok') && $(el, '.outcome')!.textContent!.includes('Saved'), 'saved', el);
    const puts = api.requests.filter((r) => r.method === 'PUT');
    expect(puts.at(-1)!.ifMatch).to.equal('"prishtina-birth-certificate-v2"');
    expect(api.services[0]!.costs![0]!.value).to.equal(5);
    expect(api.services[0]!.eligibility).to.deep.equal(residents);
  });

  it('withdraws a service only after confirmation', async () => {
    const { el, api } = await signedIn();
    await openService(el, 'Residents’ parking permit');
    $<HTMLButtonElement>(el, '[part="withdraw-button"]')!.click();
    await until(() => $(el, '[part="withdraw"]'), 'the confirmation', el);
    expect(active(el)?.id).to.equal('withdraw-title');
    expect(api.requests.some((r) => r.path.endsWith('/withdraw'))).to.be.false;
    expect($(el, 'label[for="withdraw-note"]')!.textContent).to.equal('Why (optional; shown in the change history)');
    $<HTMLTextAreaElement>(el, '#withdraw-note')!.value = 'Replaced by the e-Kosova service';
    $<HTMLFormElement>(el, '[part="withdraw"] form')!.requestSubmit();
    await until(() => $(el, '[part="withdrawn"]'), 'the withdrawn note', el);
    const sent = api.requests.find((r) => r.path.endsWith('/withdraw'))!;
    expect(sent.body).to.deep.equal({ note: { values: { en: 'Replaced by the e-Kosova service' } } });
    expect(sent.ifMatch).to.equal('"prishtina-parking-permit-v1"');
    expect(api.services[1]!.status).to.equal('withdrawn');
  });

  it('creates a new service with If-None-Match: *, and says so when the address name is taken', async () => {
    const { el, api } = await signedIn();
    $<HTMLButtonElement>(el, '[part="new-button"]')!.click();
    await until(() => $(el, '#f-id'), 'the new form', el);
    await type(el, 'f-id', 'prishtina-parking-permit');
    await type(el, 'f-identifier', 'PR-NEW');
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      await type(el, `f-name-values-${lang}`, `Name ${lang}`);
      await type(el, `f-description-values-${lang}`, `Description ${lang}`);
    }
    save(el);
    await until(() => $(el, '[part="error-summary"]'), 'the taken id', el);
    expect($(el, '[part="error-summary"]')!.textContent).to.contain('exists already');
    await type(el, 'f-id', 'prishtina-market-stall');
    save(el);
    await until(() => $(el, '.outcome--ok'), 'created', el);
    const put = api.requests.filter((r) => r.method === 'PUT').at(-1)!;
    expect(put.ifNoneMatch).to.equal('*');
    expect(put.path).to.equal('/services/prishtina-market-stall');
    expect(api.services.at(-1)!.competentAuthorityIds).to.deep.equal(['xk-prishtina']);
  });

  it('adds and removes a fee with the keyboard, focus following', async () => {
    const { el } = await signedIn();
    await openService(el, 'Birth certificate');
    const add = $<HTMLButtonElement>(el, 'button.add[data-list="costs"]')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '#f-costs-1'), 'the new fee', el);
    await el.updateComplete;
    expect(active(el)?.id).to.equal('f-costs-1');
    $<HTMLButtonElement>(el, '#f-costs-1 button[data-remove]')!.click();
    await until(() => !$(el, '#f-costs-1'), 'the fee removed', el);
  });

  runLocalizationContract('hapur-service-editor', async () => (await signedIn()).el);
  it('has every editor term in every language', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(sq).sort()).to.deep.equal(keys);
    expect(Object.keys(srLatn).sort()).to.deep.equal(keys);
    expect(Object.keys(sq.fieldNames).sort()).to.deep.equal(Object.keys(en.fieldNames).sort());
    expect(Object.keys(srLatn.fieldNames).sort()).to.deep.equal(Object.keys(en.fieldNames).sort());
  });
  runTokenContract('hapur-service-editor', blockStyles(styles), styles);
  runColorModesContract('hapur-service-editor', async () => (await signedIn()).el);
});
