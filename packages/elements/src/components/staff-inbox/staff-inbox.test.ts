import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { INBOX_DUE_WITHIN_MAX, type StaffSubmissionDetail } from '@hapur/sdk';
import type { HapurStaffActionEvent } from '../../events/staff-action.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';
import { runLocalizationContract, shadowText } from '../../internal/test/localization-contract.js';
import { freshApi, restoreStaffPage, signInForm, signInWith } from '../../internal/test/staff.js';
import { runTokenContract } from '../../internal/test/token-contract.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './staff-inbox.styles.js';
import en from './translations/en.js';
import sq from './translations/sq.js';
import srLatn from './translations/sr-latn.js';
import bs from './translations/bs.js';
import './staff-inbox.define.js';
import type { HapurStaffInbox } from './staff-inbox.js';
import { EXPIRED_TOKEN, fakeInbox, OTHER_TOKEN, REVOKED_TOKEN, sampleItems, STAFF_TOKEN } from './test/fake-inbox.js';

failOnConsole();

const XSS = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';

restoreStaffPage();

/** The block with its own sign-in, talking to the fake API through `window.fetch`. */
async function signedOut(lang = 'en', items?: StaffSubmissionDetail[]) {
  const api = fakeInbox(items ? { items } : {});
  window.fetch = api.fetch;
  // A fresh API address per test: the page keeps one staff session per API base URL.
  const api_ = freshApi('t');
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-staff-inbox api=${api_}></hapur-staff-inbox></div>`,
  );
  const el = wrapper.querySelector('hapur-staff-inbox')!;
  await signInForm(el);
  return { el, api, wrapper };
}

async function signIn(el: HapurStaffInbox, token = STAFF_TOKEN, remember = false) {
  signInWith(el, token, remember);
}

/** The block with a staff client from the application (no sign-in form). */
async function withClient(lang = 'en', items?: StaffSubmissionDetail[]) {
  const api = fakeInbox(items ? { items } : {});
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
  );
  const el = wrapper.querySelector('hapur-staff-inbox')!;
  await until(() => $$(el, '[part="row"]').length > 0 || $(el, '[part="empty"]'), 'the list').catch((e: Error) => {
    throw new Error(`${e.message}: ${shadowText(el).slice(0, 300)} ${JSON.stringify(api.requests)}`);
  });
  return { el, api, wrapper };
}

async function openFirst(el: HapurStaffInbox, reference: string) {
  const link = $$(el, '.row__link').find((a) => a.textContent === reference)!;
  link.click();
  await until(() => $(el, '#detail-title'), 'the detail');
  await el.updateComplete;
}

/** Presses the "Received" count, as a person filters by it, and waits for its two rows. */
async function showReceived(el: HapurStaffInbox, api: ReturnType<typeof fakeInbox>) {
  $$(el, '[part="counts"] button')
    .find((b) => b.textContent!.includes('Received'))!
    .click();
  await until(() => api.requests.at(-1)!.path.includes('status=received'), 'the filtered request');
  await until(() => $$(el, '[part="row"]').length === 2, 'two rows');
}

describe('<hapur-staff-inbox>', () => {
  describe('sign-in (the staff kit)', () => {
    it('shows the sign-in first, with a labelled password field and no axe violations', async () => {
      const { el } = await signedOut();
      const input = $<HTMLInputElement>(el, '#staff-token')!;
      expect(input.type).to.equal('password');
      expect(input.autocomplete).to.equal('off');
      expect($(el, 'label[for="staff-token"]')!.textContent).to.contain('Staff token');
      await expect(el).to.be.accessible();
    });

    it('refuses an empty token with a GOV.UK error summary that takes focus and links to the field', async () => {
      const { el } = await signedOut();
      await signIn(el, '   ');
      await until(() => $(el, '.error-summary'), 'the error summary');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
      expect($(el, '#staff-token')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#staff-token')!.getAttribute('aria-describedby')).to.contain('staff-token-error');
      $<HTMLAnchorElement>(el, '.error-summary a')!.click();
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#staff-token'));
    });

    it('keeps the token in memory only: not in an attribute, the URL, localStorage or sessionStorage', async () => {
      const { el, api } = await signedOut();
      const url = location.href;
      await signIn(el);
      await until(() => $$(el, '[part="row"]').length > 0, 'the list');
      expect(api.requests.every((r) => r.auth === `Bearer ${STAFF_TOKEN}`)).to.equal(true);
      expect(el.outerHTML).to.not.contain(STAFF_TOKEN);
      expect(el.shadowRoot!.innerHTML).to.not.contain(STAFF_TOKEN);
      expect($<HTMLInputElement>(el, '#staff-token')).to.equal(null);
      expect(location.href).to.equal(url);
      expect(JSON.stringify({ ...localStorage })).to.not.contain(STAFF_TOKEN);
      expect(JSON.stringify({ ...sessionStorage })).to.not.contain(STAFF_TOKEN);
    });

    it('"remember in this tab" keeps it in sessionStorage (never localStorage); signing out clears it and says so', async () => {
      const { el } = await signedOut();
      await signIn(el, STAFF_TOKEN, true);
      await until(() => $$(el, '[part="row"]').length > 0, 'the list');
      expect(JSON.stringify({ ...sessionStorage })).to.contain(STAFF_TOKEN);
      expect(JSON.stringify({ ...localStorage })).to.not.contain(STAFF_TOKEN);
      expect(shadowText(el)).to.contain('Signed in as registry (Municipality of Prishtina)');
      $<HTMLButtonElement>(el, '[part="sign-out-button"]')!.click();
      await signInForm(el);
      expect(JSON.stringify({ ...sessionStorage })).to.not.contain(STAFF_TOKEN);
      expect($(el, '[part="sign-in-notice"]')!.textContent).to.contain('You are signed out');
      expect($(el, '[part="row"]')).to.equal(null);
    });

    for (const [token, words] of [
      [EXPIRED_TOKEN, 'has expired'],
      [REVOKED_TOKEN, 'was revoked'],
      ['not-a-token', 'was not accepted'],
    ] as const) {
      it(`brings the sign-in back with a clear message for a refused token (${words})`, async () => {
        const { el } = await signedOut();
        await signIn(el, token, true);
        await until(() => $(el, '[part="sign-in-notice"]'), 'the notice');
        expect($(el, '[part="sign-in-notice"]')!.textContent).to.contain(words);
        expect($(el, '[part="sign-in-notice"]')!.getAttribute('role')).to.equal('alert');
        expect(JSON.stringify({ ...sessionStorage })).to.not.contain(token);
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="sign-in-notice"]'));
      });
    }

    it('takes a token property from the page as the checklist does, and ignores a token attribute', async () => {
      const api = fakeInbox();
      window.fetch = api.fetch;
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en"><hapur-staff-inbox api="/attr/api/v1/" token=${STAFF_TOKEN}></hapur-staff-inbox></div>`,
      );
      const el = wrapper.querySelector('hapur-staff-inbox')!;
      await signInForm(el, 'the sign-in form (the attribute is ignored)');
      expect(el.token).to.equal(undefined);
      el.token = STAFF_TOKEN;
      await until(() => $$(el, '[part="row"]').length > 0, 'the list');
      expect(el.hasAttribute('token')).to.equal(true); // the page's own attribute, left alone, never read
    });
  });

  describe('the list', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations with counts, filters and rows (${lang})`, async () => {
        const { el } = await withClient(lang);
        await expect(el).to.be.accessible();
      });
    }

    it('counts by status and lists the nearest deadline first, in words (never colour alone)', async () => {
      const { el } = await withClient();
      const counts = $(el, '[part="counts"]')!.textContent!.replace(/\s+/g, ' ');
      expect(counts).to.contain('All 5');
      expect(counts).to.contain('Received 2');
      expect(counts).to.contain('Open (not closed yet) 4');
      const dues = $$(el, '[part="due"]').map((d) => d.textContent!.trim());
      expect(dues.slice(0, 4)).to.deep.equal([
        'Overdue by 3 days',
        'Due in 2 days',
        'Due in 10 days',
        'Due in 15 days',
      ]);
      const overdue = $$(el, '[part="row"]')[0]!;
      expect(overdue.className).to.contain('row--overdue');
      expect(getComputedStyle(overdue).borderInlineStartColor).to.not.equal(
        getComputedStyle($$(el, '[part="row"]')[1]!).borderInlineStartColor,
      );
    });

    it('pages a long inbox with a navigation named for messages, in each language', async () => {
      const first = sampleItems()[0]!;
      const many = Array.from({ length: 25 }, (_, i) => ({
        ...first,
        reference: `HP-2026-${String(200 + i).padStart(6, '0')}`,
      }));
      for (const [lang, name] of [
        ['en', en.pagination],
        ['sq', sq.pagination],
        ['sr-Latn', srLatn.pagination],
      ] as const) {
        const { el, wrapper } = await withClient(lang, many);
        const nav = $(el, 'nav[part="pagination"]')!;
        expect(nav.getAttribute('aria-label')).to.equal(name);
        expect($$(el, '[part="row"]')).to.have.length(20);
        wrapper.remove();
      }
      expect(en.pagination).to.equal('Pages of messages');
      const { el } = await withClient('en', many);
      expect($(el, 'nav[part="pagination"] [aria-current="page"]')!.textContent).to.equal('Page 1 of 2');
      $$(el, 'nav[part="pagination"] button')
        .find((b) => b.textContent === 'Next page')!
        .click();
      await until(() => $$(el, '[part="row"]').length === 5, 'the second page');
      expect($(el, 'nav[part="pagination"] [aria-current="page"]')!.textContent).to.equal('Page 2 of 2');
      await expect(el).to.be.accessible();
    });

    it('keeps focus in the page navigation when "Next page" leads to the last page (its button gone)', async () => {
      const first = sampleItems()[0]!;
      const many = Array.from({ length: 25 }, (_, i) => ({
        ...first,
        reference: `HP-2026-${String(300 + i).padStart(6, '0')}`,
      }));
      const { el } = await withClient('en', many);
      const next = $$(el, 'nav[part="pagination"] button').find((b) => b.textContent === 'Next page')!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $$(el, '[part="row"]').length === 5, 'the second page');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Previous page');
    });

    for (const lang of ['en', 'sq', 'sr-Latn', 'tr', 'bs']) {
      it(`names every choice of the status filter differently (${lang})`, async () => {
        const { el } = await withClient(lang);
        const names = $$(el, '#filter-status option').map((o) => o.textContent!.trim());
        expect(names.length).to.be.greaterThan(5);
        expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      });
    }

    it('sends the filters to the API and says when nothing matches', async () => {
      const { el, api } = await withClient();
      $<HTMLSelectElement>(el, '#filter-type')!.value = 'proposal';
      $<HTMLInputElement>(el, '#filter-overdue')!.checked = true;
      $<HTMLInputElement>(el, '#filter-q')!.value = 'zzz';
      const show = $<HTMLButtonElement>(el, '[part="filters"] button.primary')!;
      show.focus();
      $<HTMLFormElement>(el, '[part="filters"]')!.requestSubmit();
      await until(() => $(el, '[part="empty"]'), 'the empty list');
      expect(el.shadowRoot!.activeElement, 'the form stays while the next list loads: focus is kept').to.equal(show);
      const last = api.requests.at(-1)!.path;
      expect(last).to.contain('type=proposal').and.to.contain('overdue=true').and.to.contain('q=zzz');
      expect($(el, '[part="empty"]')!.textContent).to.contain('No message matches');
    });

    it('refuses a due-within value that is not a whole number, next to the field', async () => {
      const { el, api } = await withClient();
      const before = api.requests.length;
      $<HTMLInputElement>(el, '#filter-due')!.value = 'soon';
      $<HTMLFormElement>(el, '[part="filters"]')!.requestSubmit();
      await until(() => $(el, '#filter-due-error'), 'the field error');
      expect($(el, '#filter-due')!.getAttribute('aria-invalid')).to.equal('true');
      expect(api.requests.length).to.equal(before);
    });

    it("takes due within 0 to the API's INBOX_DUE_WITHIN_MAX (366) days, and says that number when it refuses one more", async () => {
      const { el, api } = await withClient();
      $<HTMLInputElement>(el, '#filter-due')!.value = String(INBOX_DUE_WITHIN_MAX);
      $<HTMLFormElement>(el, '[part="filters"]')!.requestSubmit();
      await until(() => api.requests.at(-1)!.path.includes(`dueWithinDays=${INBOX_DUE_WITHIN_MAX}`), 'the request');
      expect($(el, '#filter-due-error')).to.equal(null);
      const before = api.requests.length;
      $<HTMLInputElement>(el, '#filter-due')!.value = String(INBOX_DUE_WITHIN_MAX + 1);
      $<HTMLFormElement>(el, '[part="filters"]')!.requestSubmit();
      await until(() => $(el, '#filter-due-error'), 'the field error');
      expect($(el, '#filter-due-error')!.textContent).to.contain(`from 0 to ${INBOX_DUE_WITHIN_MAX}`);
      expect(api.requests.length).to.equal(before);
      for (const t of [en, sq, srLatn, bs]) expect(t.dueWithinInvalid(366)).to.contain('366');
    });

    it('refuses a search longer than the API takes next to the field, the list and the typed text kept', async () => {
      const { el, api } = await withClient();
      const before = api.requests.length;
      const pasted = 'Kontejnerët e mbeturinave në rrugën B nuk janë zbrazur prej dy javësh. '.repeat(4);
      expect(pasted.trim().length).to.be.above(200);
      $<HTMLInputElement>(el, '#filter-q')!.value = pasted;
      $<HTMLFormElement>(el, '[part="filters"]')!.requestSubmit();
      await until(() => $(el, '#filter-q-error'), 'the field error');
      expect($(el, '#filter-q-error')!.textContent).to.contain('Search').and.to.contain('200 characters or fewer');
      expect($(el, '#filter-q')!.getAttribute('aria-invalid')).to.equal('true');
      await until(() => el.shadowRoot!.activeElement?.id === 'filter-q', 'focus on the search field');
      expect($<HTMLInputElement>(el, '#filter-q')!.value).to.equal(pasted);
      expect($$(el, '[part="row"]').length, 'the list stays').to.be.above(0);
      expect(api.requests.length).to.equal(before);
      // Shortened, it searches.
      $<HTMLInputElement>(el, '#filter-q')!.value = 'kontejner';
      $<HTMLFormElement>(el, '[part="filters"]')!.requestSubmit();
      await until(() => api.requests.at(-1)!.path.includes('q=kontejner'), 'the search request');
      expect($(el, '#filter-q-error')).to.equal(null);
    });

    it('filters by status from the counts (a pressed button)', async () => {
      const { el, api } = await withClient();
      await showReceived(el, api);
      const pressed = $$(el, '[part="counts"] button').find((b) => b.textContent!.includes('Received'))!;
      expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    });

    it('refreshes with ETags and announces a new arrival in a live region without moving focus', async () => {
      const { el, api } = await withClient();
      const button = $<HTMLButtonElement>(el, '[part="refresh-button"]')!;
      button.focus();
      await el.refresh();
      expect(api.requests.at(-1)!.ifNoneMatch, 'a repeated read sends If-None-Match').to.match(/^"v1/);
      const live = $(el, '[role="status"][aria-live="polite"]')!;
      expect(live.textContent!.trim()).to.equal('');
      api.arrive({ ...sampleItems()[0]!, reference: 'HP-2026-000199', history: [] });
      await el.refresh();
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('1 new message arrived.');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect($$(el, '.row__link').map((a) => a.textContent)).to.include('HP-2026-000199');
    });

    it('shows an inbox the token may not read (403) as a plain message', async () => {
      const api = fakeInbox();
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en"><hapur-staff-inbox .client=${api.client(OTHER_TOKEN)}></hapur-staff-inbox></div>`,
      );
      const el = wrapper.querySelector('hapur-staff-inbox')!;
      await until(() => $(el, '.state--error'), 'the error');
      expect(shadowText(el)).to.contain('may not read this institution’s inbox');
      await expect(el).to.be.accessible();
    });
  });

  describe('one message', () => {
    it('opens by keyboard, moves focus to its heading and shows the message as text, contact and history', async () => {
      const items = sampleItems();
      items[0]!.message = `Parku ${XSS}`;
      const { el } = await withClient('en', items);
      const link = $$(el, '.row__link').find((a) => a.textContent === 'HP-2026-000101')!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '#detail-title'), 'the detail');
      await el.updateComplete;
      await until(() => el.shadowRoot!.activeElement === $(el, '#detail-title'), 'focus on the heading');
      expect($(el, '[part="message"]')!.textContent).to.contain('<img src=x');
      expect($(el, '[part="message"] img')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      expect($(el, '[part="message"]')!.getAttribute('lang')).to.equal('sq');
      expect($(el, '[part="contact"]')!.textContent).to.contain('arta@example.org');
      expect($(el, '[part="history"]')!.textContent).to.contain('Received');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
      await until(() => el.shadowRoot!.activeElement?.textContent === 'HP-2026-000101', 'focus back on the row');
    });

    it('takes focus back to the list heading when the message left the filtered list', async () => {
      const { el, api } = await withClient();
      await showReceived(el, api);
      await openFirst(el, 'HP-2026-000101');
      $<HTMLSelectElement>(el, '#status-status')!.value = 'in_review';
      $(el, '#status-status')!.closest('form')!.requestSubmit();
      await until(() => $(el, '[part="outcome"]')?.textContent?.includes('The status was saved.'), 'saved');
      $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
      await until(() => $$(el, '[part="row"]').length === 1, 'the message left the received ones');
      await until(() => el.shadowRoot!.activeElement === $(el, '#list-title'), 'focus on the list heading');
      expect($(el, '#list-title')!.getAttribute('tabindex')).to.equal('-1');
    });

    it('names a service subject by the service’s name in the reader’s language, not its id', async () => {
      const { el } = await withClient('sq');
      const row = $$(el, '[part="row"]').find((r) => r.textContent!.includes('HP-2026-000102'))!;
      expect(row.textContent).to.contain('Certifikata e lindjes');
      expect(row.textContent).not.to.contain('prishtina-birth-certificate');
      await openFirst(el, 'HP-2026-000102');
      expect(shadowText(el)).to.contain('Certifikata e lindjes');
    });

    it('asks for the response when a decision or appeal is chosen without one (never drops them), then shows them', async () => {
      const { el, api } = await withClient();
      await openFirst(el, 'HP-2026-000101');
      const form = $(el, '#status-status')!.closest('form')!;
      $<HTMLSelectElement>(el, '#status-status')!.value = 'in_review';
      $<HTMLSelectElement>(el, '#status-decision')!.value = 'information_provided';
      form.requestSubmit();
      await until(() => $(el, '.error-summary')?.textContent?.includes('Albanian'), 'the response is asked for');
      expect($(el, '#status-response-sq')!.getAttribute('aria-invalid')).to.equal('true');
      expect(
        api.requests.some((r) => r.method === 'POST'),
        'nothing sent',
      ).to.equal(false);
      expect($<HTMLSelectElement>(el, '#status-decision')!.value, 'the choice kept').to.equal('information_provided');
      $<HTMLTextAreaElement>(el, '#status-response-sq')!.value = 'Orari i ri publikohet në faqe.';
      $<HTMLTextAreaElement>(el, '#status-appeal')!.value = 'Ankesa në Komunë brenda 15 ditëve.';
      form.requestSubmit();
      await until(() => $(el, '[part="outcome"]')?.textContent?.includes('The status was saved.'), 'saved');
      const post = api.requests.find((r) => r.method === 'POST')!;
      expect((post.body as { response: { decision: string } }).response.decision).to.equal('information_provided');
      await until(() => $(el, '.response'), 'the response shown');
      const facts = $$(el, '.response dt').map((dt) => [
        dt.textContent!.trim(),
        dt.nextElementSibling!.textContent!.trim(),
      ]);
      expect(facts).to.deep.equal([
        ['Decision', 'Information provided'],
        ['If you disagree', 'Ankesa në Komunë brenda 15 ditëve.'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('marks internal history entries and says when the person gave no contact', async () => {
      const { el } = await withClient();
      await openFirst(el, 'HP-2026-000102');
      expect($(el, '[part="history"]')!.textContent).to.contain('Internal: not shown publicly');
      expect($(el, '[part="contact"]')!.textContent).to.contain('did not ask to be contacted');
    });

    it('answering: refuses a closing status without the response in the person’s language, then saves it', async () => {
      const { el, api } = await withClient();
      await openFirst(el, 'HP-2026-000101');
      const form = $(el, '#status-status')!.closest('form')!;
      form.requestSubmit();
      await until(() => $(el, '.error-summary'), 'the error summary');
      expect($(el, '.error-summary')!.textContent).to.contain('Choose a status');
      await expect(el).to.be.accessible();
      $<HTMLSelectElement>(el, '#status-status')!.value = 'answered';
      form.requestSubmit();
      await until(() => $(el, '.error-summary')?.textContent?.includes('Albanian'), 'the language error');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
      expect($(el, '#status-response-sq')!.getAttribute('aria-invalid')).to.equal('true');
      $<HTMLTextAreaElement>(el, '#status-response-sq')!.value = 'Faleminderit, ndriçimi shtohet në pranverë.';
      $<HTMLTextAreaElement>(el, '#status-response-en')!.value = 'Thank you, lighting is added in spring.';
      $<HTMLInputElement>(el, '#status-machine-en')!.checked = true;
      const event = oneEvent(el, 'hapur-staff-action') as Promise<HapurStaffActionEvent>;
      form.requestSubmit();
      expect((await event).detail).to.deep.equal({ reference: 'HP-2026-000101', action: 'status' });
      await until(() => $(el, '[part="outcome"]'), 'the outcome');
      const post = api.requests.find((r) => r.method === 'POST')!;
      expect(post.path).to.equal('/feedback/HP-2026-000101/status');
      expect(post.body).to.deep.include({ status: 'answered' });
      const body = (post.body as { response: { body: { values: object; source: string; origin: object } } }).response
        .body;
      expect(body.source).to.equal('sq');
      expect(body.values).to.deep.equal({
        sq: 'Faleminderit, ndriçimi shtohet në pranverë.',
        en: 'Thank you, lighting is added in spring.',
      });
      expect(body.origin).to.deep.equal({ sq: { kind: 'original' }, en: { kind: 'machine', from: 'sq' } });
      expect($(el, '[part="outcome"]')!.textContent).to.contain('The status was saved.');
      await until(() => shadowText(el).includes('Answered'), 'the new status');
    });

    it('assigns, adds an internal note, and unpublishes with a public reason', async () => {
      const { el, api } = await withClient();
      await openFirst(el, 'HP-2026-000104');
      const submit = async (action: keyof typeof en.actionDone, fill: () => void) => {
        const details = $(el, `#${action}-title`)!.closest('details');
        details?.setAttribute('open', '');
        fill();
        $(el, `#${action}-title`)!.closest('.action')!.querySelector('form')!.requestSubmit();
        await until(
          () => $(el, '[part="outcome"]')?.textContent?.includes(en.actionDone[action]),
          `the ${action} outcome`,
        );
      };
      const assign = $(el, '#assign-title')!.closest('.action')!.querySelector('form')!;
      assign.requestSubmit();
      await until(() => $(el, '.error-summary'), 'the error summary of an empty assignment');
      // The label as the person reads it, quoted (never lower-cased into the sentence).
      expect($(el, '.error-summary a')!.textContent).to.equal('Enter “Name of the person”');
      await submit('assign', () => ($<HTMLInputElement>(el, '#assign-assignee')!.value = 'Driton Berisha'));
      expect($(el, '.facts')!.textContent).to.contain('Driton Berisha');
      // An internal note as long as the API takes (5,000), not a shorter limit of the block's own.
      const long = 'Call the IT office. '.repeat(125).trim();
      expect(long.length).to.be.above(2000);
      await submit('note', () => ($<HTMLTextAreaElement>(el, '#note-note')!.value = long));
      expect($(el, '[part="history"]')!.textContent).to.contain('Call the IT office.');
      expect(api.requests.find((r) => r.path.endsWith('/notes'))!.body).to.deep.equal({ text: long });
      await submit('unpublish', () => ($<HTMLTextAreaElement>(el, '#unpublish-reason')!.value = 'Personal data'));
      const unpublish = api.requests.find((r) => r.path.endsWith('/unpublish'))!;
      expect(unpublish.body).to.deep.equal({ reason: { values: { en: 'Personal data' }, source: 'en' } });
    });

    it('says so when the server refuses an action (403), in the outcome line', async () => {
      const api = fakeInbox({ tokens: { [STAFF_TOKEN]: 'ok' } });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en"><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
      );
      const el = wrapper.querySelector('hapur-staff-inbox')!;
      await until(() => $$(el, '[part="row"]').length > 0, 'the list');
      await openFirst(el, 'HP-2026-000101');
      $<HTMLSelectElement>(el, '#status-status')!.value = 'in_review';
      // The same token, now refused for writes on this item (403).
      const other = fakeInbox({ tokens: { [STAFF_TOKEN]: 'forbidden' } });
      el.client = other.client();
      await el.updateComplete;
      $(el, '#status-status')!.closest('form')!.requestSubmit();
      await until(() => $(el, '[part="outcome"]'), 'the outcome');
      expect($(el, '[part="outcome"]')!.textContent).to.contain('belongs to another institution');
      expect($(el, '[part="outcome"]')!.getAttribute('role')).to.equal('alert');
    });

    it('says to wait a minute when the server refuses too many writes (429), not that the server failed', async () => {
      const api = fakeInbox({ tokens: { [STAFF_TOKEN]: 'limited' } });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="sr-Latn"><hapur-staff-inbox .client=${api.client()}></hapur-staff-inbox></div>`,
      );
      const el = wrapper.querySelector('hapur-staff-inbox')!;
      await until(() => $$(el, '[part="row"]').length > 0, 'the list');
      await openFirst(el, 'HP-2026-000101');
      $<HTMLSelectElement>(el, '#status-status')!.value = 'in_review';
      $(el, '#status-status')!.closest('form')!.requestSubmit();
      await until(() => $(el, '[part="outcome"]'), 'the outcome');
      const outcome = $(el, '[part="outcome"]')!.textContent!.replace(/\s+/g, ' ');
      expect(outcome).to.contain('Sačekajte 1 minut i pokušajte ponovo');
      expect(outcome).to.not.contain('server');
    });
  });

  runLocalizationContract('hapur-staff-inbox', async () => (await withClient()).el);
  it('has every inbox term in every language', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(sq).sort()).to.deep.equal(keys);
    expect(Object.keys(srLatn).sort()).to.deep.equal(keys);
  });
  it('counts messages in the case "od" asks for, in Serbian and Bosnian (genitive: od 1, 21, 3 poruke; od 5, 11 poruka)', () => {
    for (const t of [srLatn, bs])
      expect(
        [1, 21, 3, 5, 11, 12].map((total) => t.showing(1, total)),
        t.lang,
      ).to.deep.equal([
        'Prikazano 1 od 1 poruke.',
        'Prikazano 1 od 21 poruke.',
        'Prikazano 1 od 3 poruke.',
        'Prikazano 1 od 5 poruka.',
        'Prikazano 1 od 11 poruka.',
        'Prikazano 1 od 12 poruka.',
      ]);
  });
  runTokenContract('hapur-staff-inbox', blockStyles(styles), styles);
  runColorModesContract('hapur-staff-inbox', async () => (await withClient()).el);
});
