// Reflow at 320 px (WCAG 1.4.10): a milestone whose reporting history holds evidence titled by its web address (as
// people paste it) keeps the history and the whole report form inside a phone's width.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ProgressUpdate } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { overflowing } from '../../internal/test/reflow.js';
import { restoreStaffPage, signInForm, signInWith } from '../../internal/test/staff.js';
import './progress-report.define.js';
import type { HapurProgressReport } from './progress-report.js';
import { LEAD_TOKEN, PLAN_ID, fakeProgress } from './test/fake-progress.js';

failOnConsole();

const M11 = `${PLAN_ID}-c1-m1`;
const PASTED = 'https://mapl.rks-gov.net/wp-content/uploads/2026/10/Raporti_i_monitorimit_tremujor_Q3_2026.pdf';
const report = {
  id: 'pu-1',
  planId: PLAN_ID,
  milestoneId: M11,
  reportedAt: '2026-11-02T09:00:00.000Z',
  reportedBy: { institutionId: 'xk-ministry' },
  source: 'self_report',
  status: 'on_track',
  narrative: { values: { sq: 'Raporti tremujor u publikua.' } },
  evidence: [{ kind: 'document', title: { values: { sq: PASTED } }, url: PASTED }],
} as ProgressUpdate;

describe('<hapur-progress-report> at 320 px', () => {
  restoreStaffPage();
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps a pasted web address in the reporting history, and the form, inside the block', async () => {
    const api = fakeProgress({ log: [{ update: report, by: 'Arta Berisha' }] });
    window.fetch = api.fetch;
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="sq" style="width: 288px">
        <hapur-progress-report api="/reflow/api/v1/" plan-id=${PLAN_ID}></hapur-progress-report>
      </div>`,
    );
    const el = wrapper.querySelector<HapurProgressReport>('hapur-progress-report')!;
    await signInForm(el);
    signInWith(el, LEAD_TOKEN);
    await until(() => $(el, `[data-milestone="${M11}"]`), 'the milestones').catch((e: Error) => {
      throw new Error(`${e.message}: ${el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 400)}`);
    });
    $<HTMLButtonElement>(el, `[data-milestone="${M11}"]`)!.click();
    await until(() => $(el, '[part="history-entry"] a'), 'the evidence link in the history');
    expect($(el, '[part="history-entry"] a')!.textContent).to.equal(PASTED);
    const boxes = [el, ...$$(el, '[part="form"], [part="history"], .detail')] as HTMLElement[];
    expect(overflowing(boxes), 'nothing scrolls sideways').to.deep.equal([]);
    expect(el.getBoundingClientRect().width).to.be.at.most(288);
    for (const field of $$(el, '[part="form"] select, [part="form"] textarea'))
      expect(field.getBoundingClientRect().right, field.id).to.be.at.most(el.getBoundingClientRect().right + 1);
  });
});
