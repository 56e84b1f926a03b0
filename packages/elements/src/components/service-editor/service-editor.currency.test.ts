import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { restoreStaffPage } from '../../internal/test/staff.js';
import './service-editor.define.js';
import type { HapurServiceEditor } from './service-editor.js';
import { fakeUpkeep, sampleServices } from './test/fake-upkeep.js';

// A card's fees are in its country's currency: a new fee takes the card's, not the euro of the Kosovo examples.

failOnConsole();

restoreStaffPage();

/** The birth certificate, its fee in Macedonian denars, open in the editor. */
async function editingInDenars() {
  const services = sampleServices().map((s, i) =>
    i === 0 ? { ...s, costs: s.costs!.map((c) => ({ ...c, value: 500, currency: 'MKD' })) } : s,
  );
  const api = fakeUpkeep({ services });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en"><hapur-service-editor .client=${api.client()}></hapur-service-editor></div>`,
  );
  const el = wrapper.querySelector('hapur-service-editor')!;
  await until(() => $$(el, '.service-link').length > 0, 'the list');
  $$(el, '.service-link')[0]!.click();
  await until(() => $(el, '#f-costs-0-currency'), 'the form');
  return el;
}

const addFee = async (el: HapurServiceEditor) => {
  $<HTMLButtonElement>(el, 'button.add[data-list="costs"]')!.click();
  await until(() => $(el, '#f-costs-1-currency'), 'the new fee');
};

describe('<hapur-service-editor> fees in another currency', () => {
  it("gives a new fee the card's currency (MKD), not EUR", async () => {
    const el = await editingInDenars();
    expect($<HTMLInputElement>(el, '#f-costs-0-currency')!.value).to.equal('MKD');
    await addFee(el);
    expect($<HTMLInputElement>(el, '#f-costs-1-currency')!.value).to.equal('MKD');
  });
});
