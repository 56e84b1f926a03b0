import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { runLocalizationContract, shadowText } from '../../internal/test/localization-contract.js';
import { freshApi, restoreStaffPage, signInForm, signInWith } from '../../internal/test/staff.js';
import { runTokenContract } from '../../internal/test/token-contract.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './progress-report.styles.js';
import en from './translations/en.js';
import sq from './translations/sq.js';
import srLatn from './translations/sr-latn.js';
import './progress-report.define.js';
import '../commitment-tracker/commitment-tracker.define.js';
import type { HapurProgressReport } from './progress-report.js';
import {
  COORDINATOR_TOKEN,
  EXPIRED_TOKEN,
  LEAD_TOKEN,
  NOBODY_TOKEN,
  PLAN_ID,
  REVOKED_TOKEN,
  fakeProgress,
  type FakeProgressOptions,
} from './test/fake-progress.js';

failOnConsole();

restoreStaffPage();

/** The block with its own sign-in on a fresh API address (one staff session per base), talking to the fake API. */
async function mount(lang = 'en', options: FakeProgressOptions = {}, withTracker = false) {
  const api = fakeProgress(options);
  window.fetch = api.fetch;
  const base = freshApi('p');
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <hapur-progress-report api=${base} plan-id=${PLAN_ID}></hapur-progress-report>
      ${withTracker ? html`<hapur-commitment-tracker api=${base} plan-id=${PLAN_ID} commitment="1"></hapur-commitment-tracker>` : ''}
    </div>`,
  );
  const el = wrapper.querySelector('hapur-progress-report')!;
  await signInForm(el);
  return { el, api, wrapper, base };
}

async function signIn(el: HapurProgressReport, token = LEAD_TOKEN) {
  signInWith(el, token);
}

async function signedIn(lang = 'en', options: FakeProgressOptions = {}, withTracker = false) {
  const m = await mount(lang, options, withTracker);
  await signIn(m.el);
  await until(() => $$(m.el, '[part="milestone"]').length > 0, 'the milestones').catch((e: Error) => {
    throw new Error(`${e.message}: ${shadowText(m.el).slice(0, 300)}`);
  });
  return m;
}

async function openMilestone(el: HapurProgressReport, id: string) {
  $<HTMLButtonElement>(el, `[data-milestone="${id}"]`)!.click();
  await until(() => $(el, '[part="form"]'), 'the form');
  await until(() => $(el, '[part="history"] ol, [part="history"] .muted'), 'the history');
  await el.updateComplete;
}

const M11 = `${PLAN_ID}-c1-m1`;

describe('<hapur-progress-report>', () => {
  it('shows the shared staff sign-in first (axe clean), the token in memory only', async () => {
    const { el, api } = await mount();
    expect($<HTMLInputElement>(el, '#staff-token')!.type).to.equal('password');
    await expect(el).to.be.accessible();
    await signIn(el);
    await until(() => $$(el, '[part="milestone"]').length > 0, 'the milestones');
    expect(api.requests.filter((r) => r.path === '/staff/me').every((r) => r.auth === `Bearer ${LEAD_TOKEN}`)).to.equal(
      true,
    );
    expect(el.outerHTML + el.shadowRoot!.innerHTML).to.not.contain(LEAD_TOKEN);
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).to.not.contain(LEAD_TOKEN);
  });

  for (const [token, words] of [
    [EXPIRED_TOKEN, 'has expired'],
    [REVOKED_TOKEN, 'was revoked'],
    ['not-a-token', 'was not accepted'],
  ] as const) {
    it(`puts the sign-in back with the reason for a refused token (${words}), focus on it`, async () => {
      const { el } = await mount();
      await signIn(el, token);
      await until(() => $(el, '[part="sign-in-notice"]'), 'the notice');
      expect($(el, '[part="sign-in-notice"]')!.textContent).to.contain(words);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="sign-in-notice"]'));
    });
  }

  it('lists what the institution leads: its commitment whole, and its milestone in another', async () => {
    const { el } = await signedIn();
    const ids = $$(el, '[part="milestone"]').map((m) => m.dataset['id']);
    expect(ids).to.deep.equal([M11, `${PLAN_ID}-c1-m2`, `${PLAN_ID}-c2-m1`]);
    expect($(el, '[part="scope"]')!.textContent).to.contain('Milestones led by Ministry of Finance');
    expect($(el, '[part="signed-in"]')!.textContent).to.contain('Signed in as Arta Berisha (Ministry of Finance)');
    const state = $(el, `[data-id="${M11}"] [part="milestone-state"]`)!.textContent!.replace(/\s+/g, ' ');
    expect(state)
      .to.contain('On track')
      .and.to.contain('Limited')
      .and.to.contain('40% done')
      .and.to.contain('No report yet');
    await expect(el).to.be.accessible();
  });

  it("links the plan's self-assessment (CSV and JSON) on the API, without the token", async () => {
    const { el, base } = await signedIn();
    const links = $$(el, '[part="export"] a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      new URL(`${base}plans/${PLAN_ID}/self-assessment.csv`, location.href).href,
      new URL(`${base}plans/${PLAN_ID}/self-assessment`, location.href).href,
    ]);
    expect(links.join(' ')).to.not.contain(LEAD_TOKEN);
  });

  it('shows the coordinator every milestone of the plan', async () => {
    const { el } = await mount();
    await signIn(el, COORDINATOR_TOKEN);
    await until(() => $$(el, '[part="milestone"]').length === 4, 'four milestones');
    expect($(el, '[part="scope"]')!.textContent).to.contain('coordinates the plan');
  });

  it('says so when the institution leads nothing in the plan (empty state)', async () => {
    const { el } = await mount();
    await signIn(el, NOBODY_TOKEN);
    await until(() => shadowText(el).includes(en.emptyMilestones), 'the empty text');
  });

  it('shows loading, then an error with a retry button', async () => {
    const loading = await mount('en', { pending: true });
    await signIn(loading.el);
    await until(() => $(loading.el, '[aria-busy="true"]'), 'the loading state');
    const failing = await mount('en', { serverError: true });
    await signIn(failing.el);
    await until(() => $(failing.el, '[part="retry-button"]'), 'the retry button');
    expect($(failing.el, '[role="alert"]')).to.not.equal(null);
  });

  it('reports a milestone delayed with an Albanian narrative and a link; the tracker beside it shows it at once', async () => {
    const { el, api, wrapper } = await signedIn('en', {}, true);
    const tracker = wrapper.querySelector('hapur-commitment-tracker')!;
    await until(() => shadowText(tracker).includes('Publish the budget'), 'the tracker');
    await openMilestone(el, M11);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#detail-title'));
    $<HTMLSelectElement>(el, '#status')!.value = 'delayed';
    $<HTMLSelectElement>(el, '#completion')!.value = 'limited';
    $<HTMLInputElement>(el, '#percent')!.value = '30';
    // Write in Albanian only: untick English, tick Albanian.
    $<HTMLInputElement>(el, '#language-en')!.click();
    $<HTMLInputElement>(el, '#language-sq')!.click();
    await until(() => $(el, '#narrative-sq'), 'the Albanian text box');
    expect($(el, '#narrative-en')).to.equal(null);
    expect($(el, '[part="missing-languages"]')!.textContent).to.contain('Not written in:').and.to.contain('English');
    const narrative = $<HTMLTextAreaElement>(el, '#narrative-sq')!;
    expect(narrative.lang).to.equal('sq');
    narrative.value = 'Vonesë për shkak të prokurimit.';
    narrative.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLButtonElement>(el, '[part="add-link-button"]')!.click();
    await until(() => $(el, '#link-title-0'), 'the link fields');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#link-title-0'));
    $<HTMLInputElement>(el, '#link-title-0')!.value = 'Raporti i prokurimit';
    $<HTMLInputElement>(el, '#link-url-0')!.value = 'https://example.org/raporti.pdf';
    const saved = oneEvent(el, 'hapur-progress-saved');
    $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();
    expect((await saved).detail.milestoneId).to.equal(M11);
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(post.auth).to.equal(`Bearer ${LEAD_TOKEN}`);
    expect(post.body).to.deep.include({ status: 'delayed', completion: 'limited', progressPercent: 30 });
    expect((post.body as { narrative: unknown }).narrative).to.deep.equal({
      values: { sq: 'Vonesë për shkak të prokurimit.' },
      source: 'sq',
    });
    expect((post.body as { evidence: unknown }).evidence).to.deep.equal([
      { kind: 'document', title: { values: { sq: 'Raporti i prokurimit' } }, url: 'https://example.org/raporti.pdf' },
    ]);
    await until(() => $(el, '[part="outcome"]'), 'the outcome');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="outcome"]'));
    expect($(el, '[part="outcome"]')!.textContent).to.contain('The report on milestone 1.1 is saved');
    // The tracker on the page read the plan again (the kit's change notice) and shows the new status.
    await until(() => shadowText(tracker).includes('Delayed'), 'the tracker showing the new status');
    // The history says who, when and what changed, with the Albanian text marked as such and the link.
    await until(() => $(el, '[part="history-entry"]'), 'the history entry');
    const entry = $(el, '[part="history-entry"]')!;
    expect(entry.textContent).to.contain('Arta Berisha');
    expect(entry.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Changed: delivery status, completion level, progress, what happened, reporting date, evidence',
    );
    expect(entry.querySelector('[lang="sq"]')!.textContent).to.equal('Vonesë për shkak të prokurimit.');
    expect(entry.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/raporti.pdf');
    expect(entry.querySelector('a')!.textContent).to.equal('Raporti i prokurimit');
    await expect(el).to.be.accessible();
  });

  it('checks the form with the SDK schema: GOV.UK error summary, focus, links to each field, nothing sent', async () => {
    const { el, api } = await signedIn();
    await openMilestone(el, M11);
    $<HTMLInputElement>(el, '#percent')!.value = '140';
    $<HTMLButtonElement>(el, '[part="add-link-button"]')!.click();
    await until(() => $(el, '#link-url-0'), 'the link fields');
    $<HTMLInputElement>(el, '#link-url-0')!.value = 'http://example.org/not-secure';
    $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();
    await until(() => $(el, '.error-summary'), 'the error summary');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    const items = $$(el, '.error-summary a').map((a) => a.textContent!.trim());
    expect(items).to.deep.equal([
      en.errPercent,
      'Write what happened in English, or untick English',
      en.errLinkTitle(1),
      en.errLinkUrl(1),
    ]);
    for (const id of ['percent', 'narrative-en', 'link-title-0', 'link-url-0']) {
      expect($(el, `#${id}`)!.getAttribute('aria-invalid'), id).to.equal('true');
      expect($(el, `#${id}`)!.getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
    }
    $$(el, '.error-summary a')[3]!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#link-url-0'));
    expect(api.requests.some((r) => r.method === 'POST')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('refuses a reporting date after today as the server does (422), on the date field', async () => {
    const { el } = await signedIn();
    await openMilestone(el, M11);
    $<HTMLTextAreaElement>(el, '#narrative-en')!.value = 'Done early.';
    $<HTMLInputElement>(el, '#date')!.value = '2999-01-01';
    $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();
    await until(() => $(el, '.error-summary'), 'the error summary');
    expect($(el, '.error-summary')!.textContent).to.contain(en.errDateFuture);
    expect($(el, '#date')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('refuses a reporting date before the plan starts (422), on the date field, in the reader’s language', async () => {
    for (const [lang, t] of [
      ['en', en],
      ['sq', sq],
    ] as const) {
      const { el } = await signedIn(lang);
      await openMilestone(el, M11);
      $<HTMLTextAreaElement>(el, `#narrative-${lang}`)!.value = 'Mistyped year.';
      $<HTMLInputElement>(el, '#date')!.value = '2025-03-01';
      $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();
      await until(() => $(el, '.error-summary'), 'the error summary');
      expect($(el, '.error-summary')!.textContent).to.contain(t.errDateBeforePlan);
      expect($(el, '#date')!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    }
  });

  it('refuses "completed" with a progress under 100 %, on the progress field, in the reader’s language', async () => {
    for (const lang of ['en', 'sq']) {
      const { el, api } = await signedIn(lang);
      await openMilestone(el, M11);
      $<HTMLSelectElement>(el, '#status')!.value = 'completed';
      $<HTMLInputElement>(el, '#percent')!.value = '10';
      $<HTMLTextAreaElement>(el, `#narrative-${lang}`)!.value = 'Done.';
      $<HTMLFormElement>(el, '[part="form"]')!.requestSubmit();
      await until(() => $(el, '.error-summary'), 'the error summary');
      const wanted = lang === 'en' ? en.errPercentDone : sq.errPercentDone;
      expect(
        $$(el, '.error-summary a').map((a) => a.textContent!.trim()),
        lang,
      ).to.deep.equal([wanted]);
      expect($(el, '#percent')!.getAttribute('aria-invalid')).to.equal('true');
      expect(api.requests.some((r) => r.method === 'POST')).to.equal(false);
    }
  });

  it('keeps a draft over a reload in sessionStorage (never the token), and can discard it', async () => {
    const first = await signedIn();
    await openMilestone(first.el, M11);
    const text = $<HTMLTextAreaElement>(first.el, '#narrative-en')!;
    text.focus();
    await sendKeys({ type: 'Tender delayed' });
    $<HTMLSelectElement>(first.el, '#status')!.value = 'at_risk';
    $(first.el, '#status')!.dispatchEvent(new Event('change', { bubbles: true }));
    const stored = JSON.stringify({ ...sessionStorage });
    expect(stored).to.contain('Tender delayed');
    expect(stored).to.not.contain(LEAD_TOKEN);
    expect(JSON.stringify({ ...localStorage })).to.not.contain('Tender delayed');
    // A reload: a new element on the same API; the person signs in again (not remembered).
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><hapur-progress-report api=${first.base} plan-id=${PLAN_ID}></hapur-progress-report></div>`,
    );
    const el = wrapper.querySelector('hapur-progress-report')!;
    await until(() => $$(el, '[part="milestone"]').length > 0, 'the milestones (same page session)');
    await openMilestone(el, M11);
    expect($(el, '[part="draft-note"]')!.textContent).to.contain(en.draftRestored);
    expect($<HTMLTextAreaElement>(el, '#narrative-en')!.value).to.equal('Tender delayed');
    expect($<HTMLSelectElement>(el, '#status')!.value).to.equal('at_risk');
    $<HTMLButtonElement>(el, '[part="draft-note"] button')!.click();
    await until(() => !$(el, '[part="draft-note"]'), 'the draft discarded');
    expect($<HTMLTextAreaElement>(el, '#narrative-en')!.value).to.equal('');
    expect(JSON.stringify({ ...sessionStorage })).to.not.contain('Tender delayed');
  });

  it('goes back to the list with focus on the milestone it came from (keyboard)', async () => {
    const { el } = await signedIn();
    const button = $<HTMLButtonElement>(el, `[data-milestone="${M11}"]`)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part="form"]'), 'the form');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#detail-title'));
    $<HTMLButtonElement>(el, '[part="back-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, `[data-milestone="${M11}"]`), 'the list');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, `[data-milestone="${M11}"]`));
  });

  for (const lang of ['sq', 'sr-Latn']) {
    it(`has no axe violations on the form (${lang})`, async () => {
      const { el } = await signedIn(lang);
      await openMilestone(el, M11);
      await expect(el).to.be.accessible();
    });
  }

  runLocalizationContract('hapur-progress-report', async () => (await signedIn()).el);
  it('has every term in every language', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(sq).sort()).to.deep.equal(keys);
    expect(Object.keys(srLatn).sort()).to.deep.equal(keys);
  });
  runTokenContract('hapur-progress-report', blockStyles(styles), styles);
});
