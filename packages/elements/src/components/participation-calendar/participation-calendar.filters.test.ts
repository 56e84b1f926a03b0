import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { cocreationFixture, type CocreationFixture } from '../../internal/test/fixtures/cocreation.js';
import { settled } from '../../internal/test/localization-contract.js';
import { $, $$ } from '../../internal/test/shadow.js';
import './participation-calendar.define.js';
import type { HapurParticipationCalendar } from './participation-calendar.js';

// A filter the citizen chose whose choice is gone from new data (the page shows another process, the list is read
// again) shows what the select says, "All", not an empty list behind it.

failOnConsole();

let data: CocreationFixture;
before(async () => {
  data = await cocreationFixture();
});

const choose = async (el: HapurParticipationCalendar, filter: string, value: string) => {
  const select = $<HTMLSelectElement>(el, `select[data-filter="${filter}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

describe('<hapur-participation-calendar> filters over new data', () => {
  it('shows every opportunity when the kind chosen is no longer among them', async () => {
    const el = await fixture<HapurParticipationCalendar>(
      html`<hapur-participation-calendar
        lang="tr"
        today="2027-01-21"
        .opportunities=${data.list}
      ></hapur-participation-calendar>`,
    );
    await settled(el);
    await choose(el, 'kind', 'workshop');
    expect($$(el, '[part="item"]')).to.have.length(1);
    const rest = data.list.items.filter((o) => o.kind !== 'workshop');
    el.opportunities = { ...data.list, items: rest };
    await settled(el);
    expect($<HTMLSelectElement>(el, 'select[data-filter="kind"]')!.value).to.equal('');
    expect($$(el, '[part="item"]'), 'all of the new list').to.have.length(rest.length);
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('shows every organiser’s when the organiser chosen is no longer among them', async () => {
    const el = await fixture<HapurParticipationCalendar>(
      html`<hapur-participation-calendar
        lang="sq"
        today="2027-01-21"
        .opportunities=${data.list}
      ></hapur-participation-calendar>`,
    );
    await settled(el);
    await choose(el, 'institution', 'xk-amshc');
    expect($$(el, '[part="item"]')).to.have.length(1);
    const items = data.list.items.filter((o) => o.organiserInstitutionId !== 'xk-amshc');
    const institutions = data.list.institutions.filter((i) => i.id !== 'xk-amshc');
    el.opportunities = { ...data.list, items, institutions };
    await settled(el);
    expect($$(el, '[part="item"]'), 'all of the new list').to.have.length(items.length);
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('');
  });
});
