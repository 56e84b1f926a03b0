import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { freshApi, restoreStaffPage, signInForm, signInWith } from '../../internal/test/staff.js';
import './progress-report.define.js';
import { LEAD_TOKEN, PLAN_ID, fakeProgress } from './test/fake-progress.js';

// WCAG 3.1.2 (Language of Parts): the institution in "Signed in as" and in "Milestones led by …", when the data has its name only in another
// language than the block's, sits in an element with that `lang`; in the block's own language it carries none.

failOnConsole();

restoreStaffPage();

async function signedIn(lang: string) {
  const api = fakeProgress();
  window.fetch = api.fetch;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <hapur-progress-report api=${freshApi('lang')} plan-id=${PLAN_ID}></hapur-progress-report>
    </div>`,
  );
  const el = wrapper.querySelector('hapur-progress-report')!;
  await signInForm(el);
  signInWith(el, LEAD_TOKEN);
  await until(() => $$(el, '[part="milestone"]').length > 0, 'the milestones');
  return el;
}

const tagged = (root: Element | null | undefined) =>
  [...(root?.querySelectorAll('[lang]') ?? [])].map((e) => [e.getAttribute('lang'), e.textContent!.trim()]);

describe('<hapur-progress-report> language of names', () => {
  it('marks the institution in "Signed in as" and "Milestones led by" with its own language when the block has no name in its own', async () => {
    const el = await signedIn('tr');
    expect(tagged($(el, '[part="signed-in"] p'))).to.deep.equal([['sq', 'Ministria e Financave']]);
    expect(tagged($(el, '[part="scope"]'))).to.deep.equal([['sq', 'Ministria e Financave']]);
  });

  it('sets no `lang` on the institution when its name is in the block’s language', async () => {
    const el = await signedIn('en');
    expect(tagged($(el, '[part="signed-in"]'))).to.deep.equal([]);
    expect($(el, '[part="signed-in"] p')!.textContent).to.contain('Signed in as Arta Berisha (Ministry of Finance)');
    expect(tagged($(el, '[part="scope"]'))).to.deep.equal([]);
    expect($(el, '[part="scope"]')!.textContent).to.contain('Ministry of Finance');
    await expect(el).to.be.accessible();
  });
});
