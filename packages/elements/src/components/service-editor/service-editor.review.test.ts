import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { HapurServiceSaveEvent } from '../../events/service-save.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { restoreStaffPage } from '../../internal/test/staff.js';
import { shadowText } from '../../internal/test/localization-contract.js';
import en from './translations/en.js';
import sq from './translations/sq.js';
import './service-editor.define.js';
import type { HapurServiceEditor } from './service-editor.js';
import { fakeUpkeep, sampleServices, type FakeUpkeepOptions } from './test/fake-upkeep.js';

// "Mark as reviewed – no changes": staff record that they checked a card and it is still correct.

failOnConsole();

restoreStaffPage();

/** The birth certificate, last reviewed a year and a half ago. */
const stale = () => sampleServices().map((s, i) => (i === 0 ? { ...s, lastReviewedAt: '2025-06-01' } : s));

/** The editor with the page's own staff client (no sign-in), a service's form open. */
async function editing(
  lang = 'en',
  options: FakeUpkeepOptions = {},
  before?: (api: ReturnType<typeof fakeUpkeep>) => void,
) {
  const api = fakeUpkeep({ services: stale(), ...options });
  before?.(api);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-service-editor .client=${api.client()}></hapur-service-editor></div>`,
  );
  const el = wrapper.querySelector('hapur-service-editor')!;
  await until(() => $$(el, '.service-link').length > 0, 'the list');
  $$(el, '.service-link')[0]!.click();
  await until(() => $(el, '[part="form"]') && $(el, '[part="history"] :is(p:not([role]), li)'), 'the form and history');
  return { el, api };
}

const button = (el: HapurServiceEditor) => $<HTMLButtonElement>(el, '[part="review-button"]');
const footer = (el: HapurServiceEditor) => shadowText($(el, 'hapur-service-info')!);
const outcome = (el: HapurServiceEditor) => $(el, '[part="outcome"]');
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(el: HapurServiceEditor, id: string, value: string) {
  const control = $<HTMLInputElement>(el, `#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<hapur-service-editor> review without changes', () => {
  it('offers "Mark as reviewed – no changes" beside save while nothing is changed; with a change, save is the action', async () => {
    const { el } = await editing();
    expect(words(button(el))).to.equal('Mark as reviewed – no changes');
    expect(button(el)!.closest('.buttons')!.contains($(el, '[part="save-button"]'))).to.be.true;
    expect(button(el)!.disabled).to.be.false;
    await type(el, 'f-costs-0-value', '3');
    expect(button(el)!.disabled, 'a changed fee is saved, not reviewed').to.be.true;
    await type(el, 'f-costs-0-value', '2.50');
    expect(button(el)!.disabled, 'the fee as it was: nothing to save again').to.be.false;
  });

  it('is not offered for a new service', async () => {
    const { el } = await editing();
    $<HTMLButtonElement>(el, '.link-button')!.click();
    await until(() => $(el, '[part="new-button"]'), 'the list');
    $<HTMLButtonElement>(el, '[part="new-button"]')!.click();
    await until(() => $(el, '#f-id'), 'the new form');
    expect(button(el)).to.not.exist;
  });

  it('records the review: the card’s "last reviewed" date becomes today’s, a status says so, the history too', async () => {
    const { el, api } = await editing();
    expect(footer(el)).to.contain('Information last reviewed on').and.to.contain('2025');
    const event = oneEvent(el, 'hapur-service-save') as Promise<HapurServiceSaveEvent>;
    button(el)!.click();
    expect((await event).detail).to.deep.equal({ serviceId: 'prishtina-birth-certificate', action: 'reviewed' });
    await until(() => outcome(el), 'the outcome');
    expect(outcome(el)!.getAttribute('role')).to.equal('status');
    expect(words(outcome(el))).to.equal(en.reviewedDone);
    expect(el.shadowRoot!.activeElement).to.equal(outcome(el));
    await until(() => !footer(el).includes('2025'), 'the new date on the card');
    expect(footer(el)).to.contain(String(new Date().getFullYear()));
    const sent = api.requests.find((r) => r.path.endsWith('/review'))!;
    expect(sent.method).to.equal('POST');
    expect(sent.ifMatch).to.equal('"prishtina-birth-certificate-v1"');
    expect(
      api.requests.some((r) => r.method === 'PUT'),
      'the card itself is not sent',
    ).to.be.false;
    await until(() => $(el, '[part="history"] li'), 'the history entry');
    expect(words($(el, '[part="history"] li'))).to.match(/: registry reviewed, no changes\.$/);
    await expect(el).to.be.accessible();
  });

  it('points from "Nothing to save" to the review button', async () => {
    const { el, api } = await editing();
    $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();
    await until(() => outcome(el), 'the outcome');
    expect(words(outcome(el)))
      .to.contain('Nothing to save')
      .and.to.contain('“Mark as reviewed – no changes”');
    expect(api.requests.some((r) => r.method !== 'GET')).to.be.false;
  });

  it('says why a review was not recorded (a 429: wait), and the card keeps its old date', async () => {
    const { el } = await editing('sq', { rateLimited: true });
    expect(words(button(el))).to.equal(sq.review);
    button(el)!.click();
    await until(() => outcome(el), 'the outcome');
    expect(outcome(el)!.getAttribute('role')).to.equal('alert');
    const text = words(outcome(el));
    expect(text).to.contain('Nuk u shënua si e rishikuar').and.to.contain('Prisni 2 minuta dhe provoni përsëri');
    expect(footer(el)).to.contain('2025');
    expect(button(el)!.disabled, 'it can be tried again').to.be.false;
  });

  it('shows an old save that changed nothing as "reviewed, no changes", not "changed None"', async () => {
    const { el } = await editing('en', {}, (api) => api.otherSaves('prishtina-birth-certificate', () => undefined, []));
    const entry = words($(el, '[part="history"] li'));
    expect(entry).to.match(/: other-officer reviewed, no changes\.$/);
    expect(entry).to.not.contain('None');
  });
});
