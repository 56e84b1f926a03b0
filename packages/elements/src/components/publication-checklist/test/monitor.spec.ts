import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@hapur/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { draftKey } from '../checklist-draft-store.js';
import type { HapurAfterRecordEvent } from '../../../events/after-record.js';
import { restoreStaffPage } from '../../../internal/test/staff.js';
import '../publication-checklist.define.js';
import type { HapurPublicationChecklist } from '../publication-checklist.js';
import {
  albanianAndEnglish,
  API,
  fakeChecklistApi,
  loadExampleData,
  settled,
  until,
  type ExampleData,
  type FakeApi,
} from './fake-api.js';

let data: ExampleData;
const TOKEN = 'staff-mf';

async function monitor(options: {
  api: FakeApi;
  token?: string;
  period?: string;
  lang?: string;
}): Promise<HapurPublicationChecklist> {
  const token = options.token === undefined ? {} : { token: options.token };
  const client = createClient({ baseUrl: `${location.origin}${API}`, fetch: options.api.fetch, retry: 0, ...token });
  const root = await fixture(
    html`<div lang=${options.lang ?? 'en'}>
      <hapur-publication-checklist
        mode="monitor"
        institution="xk-mf"
        period=${options.period ?? '2026-Q4'}
        .client=${client}
      ></hapur-publication-checklist>
    </div>`,
  );
  const el = root.querySelector('hapur-publication-checklist')!;
  await settled(el);
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: HapurPublicationChecklist, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: HapurPublicationChecklist, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function set(el: HapurPublicationChecklist, field: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, `#field-${field}`);
  if (!control) throw new Error(`no field ${field}`);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  await el.updateComplete;
}

async function fillFullyMet(el: HapurPublicationChecklist): Promise<void> {
  for (const [field, value] of Object.entries({
    published: 'yes',
    url: 'https://example.org/mf/organisation',
    complete: 'yes',
    timely: 'yes',
    accessible: 'yes',
    'lang-sq': 'yes',
    'lang-sr-Latn': 'yes',
    'lang-en': 'no',
  }))
    await set(el, field, value);
}

async function submit(el: HapurPublicationChecklist, done: () => boolean): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await until(el, done);
}

const clearDrafts = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('hapur:publication-checklist:'))
    .forEach((k) => localStorage.removeItem(k));

describe('<hapur-publication-checklist mode="monitor">', () => {
  before(async () => {
    data = await loadExampleData();
  });
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('shows the template for a new quarter and refuses an empty submission with a focused error summary', async () => {
    const el = await monitor({ api: fakeChecklistApi(data, { [TOKEN]: 'xk-mf' }), token: TOKEN });
    expect(text($(el, '#monitor-heading'))).to.equal('Monitoring template for Q4 2026');
    expect(text($(el, '[part="progress"]'))).to.equal('0 of 14 recorded');
    expect(text($(el, 'legend'))).to.equal('Requirement 1 of 14: Organisational structure, functions and duties');
    await expect(el).to.be.accessible();
    await submit(el, () => $(el, '.error-summary') !== null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    expect(text($(el, '.error-summary ul'))).to.equal('Record at least one requirement before submitting');
    await expect(el).to.be.accessible();
  });

  it('lists every problem with links to the fields, and puts each message beside its field', async () => {
    const el = await monitor({ api: fakeChecklistApi(data, { [TOKEN]: 'xk-mf' }), token: TOKEN });
    await set(el, 'published', 'yes');
    await submit(el, () => $(el, '.error-summary') !== null);
    const links = $$(el, '.error-summary a').map(text);
    expect(links).to.deep.equal([
      'Organisational structure, functions and duties: Enter the link to the published document',
      'Organisational structure, functions and duties: Select an answer for “Complete”',
      'Organisational structure, functions and duties: Select an answer for “On time”',
      'Organisational structure, functions and duties: Select an answer for “Accessible format”',
      'Organisational structure, functions and duties: Select an answer for “Available in Albanian”',
      'Organisational structure, functions and duties: Select an answer for “Available in Serbian”',
      'Organisational structure, functions and duties: Select an answer for “Available in English”',
    ]);
    const url = $<HTMLInputElement>(el, '#field-url')!;
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(url.getAttribute('aria-describedby')).to.equal('field-url-hint field-url-error');
    expect(text($(el, '#field-url-error'))).to.equal('Error: Enter the link to the published document');
    await expect(el).to.be.accessible();
    // Keyboard: from the summary's first link, Enter moves focus to the field.
    $(el, '.error-summary a')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => el.shadowRoot!.activeElement === $(el, '#field-url'));
  });

  for (const lang of ['sq', 'en'])
    it(`says when the draft was saved on a 24-hour clock (${lang}), never "AM"/"PM"`, async () => {
      const el = await monitor({ api: fakeChecklistApi(data, { [TOKEN]: 'xk-mf' }), token: TOKEN, lang });
      await set(el, 'published', 'partial');
      ($$(el, 'button[type="button"]') as HTMLButtonElement[])
        .find((b) => b.textContent!.trim() === (lang === 'sq' ? 'Ruaj draftin' : 'Save draft'))!
        .click();
      await until(el, () => /\d:\d/.test(text($(el, '[part="message"]'))));
      const line = text($(el, '[part="message"]'));
      expect(line).to.not.match(/AM|PM/i);
      expect(line).to.match(/\b([01]\d|2[0-3]):[0-5]\d\b/);
    });

  it('asks about the languages the programme asks for (Albanian, English recommended), and submits those', async () => {
    const programme = albanianAndEnglish(data);
    // A draft from before, when the template still asked about Serbian: that answer is dropped, the rest kept.
    localStorage.setItem(
      draftKey('xk-mf', '2026-Q4'),
      JSON.stringify({
        entries: {
          [data.requirements[0]!.id]: { published: 'yes', languages: { 'sr-Latn': { available: 'no', url: '' } } },
        },
      }),
    );
    const api = fakeChecklistApi(programme, { [TOKEN]: 'xk-mf' });
    const el = await monitor({ api, token: TOKEN });
    expect($$(el, 'select[id^="field-lang-"]').map((s) => s.id)).to.deep.equal(['field-lang-sq', 'field-lang-en']);
    expect($(el, '#field-lang-sr-Latn')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#field-published')!.value).to.equal('yes');
    await submit(el, () => $(el, '.error-summary') !== null);
    expect(
      $$(el, '.error-summary a')
        .map(text)
        .filter((l) => l.includes('Available in')),
    ).to.deep.equal([
      'Organisational structure, functions and duties: Select an answer for “Available in Albanian”',
      'Organisational structure, functions and duties: Select an answer for “Available in English”',
    ]);
    await set(el, 'url', 'https://example.org/mf/org');
    for (const c of ['complete', 'timely', 'accessible', 'lang-sq']) await set(el, c, 'yes');
    // English is only recommended: "no" there needs no corrective action.
    await set(el, 'lang-en', 'no');
    await submit(el, () => api.posted.length === 1);
    expect(api.posted[0]!.languages).to.deep.equal({ sq: { available: 'yes' }, en: { available: 'no' } });
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed across a reload, without the token', async () => {
    const api = fakeChecklistApi(data, { [TOKEN]: 'xk-mf' });
    const first = await monitor({ api, token: TOKEN });
    await set(first, 'published', 'partial');
    await set(first, 'url', 'https://example.org/mf/org');
    await set(first, 'notes', 'Organigram from 2024');
    const stored = localStorage.getItem(draftKey('xk-mf', '2026-Q4'))!;
    expect(stored).to.contain('Organigram from 2024').and.not.contain(TOKEN);
    first.parentElement!.remove();
    const again = await monitor({ api, token: TOKEN });
    expect(text($(again, '[part="message"]'))).to.equal('Your draft from this browser was restored.');
    expect($<HTMLSelectElement>(again, '#field-published')!.value).to.equal('partial');
    expect($<HTMLTextAreaElement>(again, '#field-notes')!.value).to.equal('Organigram from 2024');
    expect(text($$(again, '.step')[0])).to.contain('not recorded, not yet submitted');
    await expect(again).to.be.accessible();
  });

  it("submits the quarter's checks through the staff endpoint, and the public view then shows them", async () => {
    const api = fakeChecklistApi(data, { [TOKEN]: 'xk-mf' });
    const el = await monitor({ api, token: TOKEN });
    const events: HapurAfterRecordEvent[] = [];
    el.addEventListener('hapur-after-record', (e) => events.push(e));
    await fillFullyMet(el);
    $<HTMLButtonElement>(el, '.actions button')!.nextElementSibling!.dispatchEvent(new MouseEvent('click'));
    await until(el, () => text($(el, 'legend')).startsWith('Requirement 2 of 14'));
    await set(el, 'published', 'no');
    await set(el, 'correctiveAction', 'Publish the consolidated laws');
    await set(el, 'responsibleUnit', 'Legal department');
    expect(text($(el, '[part="progress"]'))).to.equal('2 of 14 recorded');
    await submit(el, () => text($(el, '[part="message"]')).startsWith('2 checks saved'));
    expect(api.posted.map((p) => [p.requirementId, p.published, p.period])).to.deep.equal([
      ['xk-mf-pr-1', 'yes', '2026-Q4'],
      ['xk-mf-pr-2', 'no', '2026-Q4'],
    ]);
    expect(events.map((e) => e.detail)).to.deep.equal([{ institutionId: 'xk-mf', period: '2026-Q4', saved: 2 }]);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="message"]'));
    await until(el, () => text($(el, '.lead')).startsWith('1 of 14'));
    const rows = $$(el, 'table[part="matrix"] tbody tr');
    expect(text(rows[0]!.children[1])).to.equal('✓ Compliant');
    expect(text(rows[1]!.children[2])).to.equal('✗ No');
    expect(text(rows[1]))
      .to.contain('Corrective action: Publish the consolidated laws')
      .and.contain('Responsible unit: Legal department');
    expect(localStorage.getItem(draftKey('xk-mf', '2026-Q4'))).to.equal(null);
    expect(text($(el, '[part="progress"]'))).to.equal('2 of 14 recorded');
    await expect(el).to.be.accessible();
  });

  it('refuses a token for another institution with a clear message and keeps the entries', async () => {
    const api = fakeChecklistApi(data, { 'staff-other': 'xk-other' });
    const el = await monitor({ api, token: 'staff-other', lang: 'sq' });
    await fillFullyMet(el);
    await submit(el, () => text($(el, '[part="message"]')) !== '');
    const message = $(el, '[part="message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(text(message)).to.equal(
      'Tokeni juaj nuk lejon regjistrimin e kontrolleve për Ministria e Financave. Përdorni një token të lëshuar për këtë institucion. Të dhënat tuaja mbeten në këtë shfletues.',
    );
    expect(el.shadowRoot!.activeElement).to.equal(message);
    expect(api.posted).to.have.length(0);
    expect(localStorage.getItem(draftKey('xk-mf', '2026-Q4'))).to.contain('https://example.org/mf/organisation');
    await expect(el).to.be.accessible();
  });

  it('keeps the entries when saving fails, and sends them when tried again', async () => {
    const api = fakeChecklistApi(data, { [TOKEN]: 'xk-mf' });
    const el = await monitor({ api, token: TOKEN, lang: 'sr-Latn' });
    await fillFullyMet(el);
    api.failNextPosts(1, 0);
    await submit(el, () => text($(el, '[part="message"]')) !== '');
    expect(text($(el, '[part="message"]'))).to.match(
      /^Provere nisu sačuvane: .+ Vaši unosi ostaju u ovom pregledaču\.$/,
    );
    expect($<HTMLSelectElement>(el, '#field-published')!.value).to.equal('yes');
    expect(localStorage.getItem(draftKey('xk-mf', '2026-Q4'))).to.not.equal(null);
    await expect(el).to.be.accessible();
    await submit(el, () => text($(el, '[part="message"]')).startsWith('Sačuvano'));
    expect(api.posted).to.have.length(1);
  });

  it('says to wait when the server refuses too many changes (429), as the other staff blocks do', async () => {
    const api = fakeChecklistApi(data, { [TOKEN]: 'xk-mf' });
    const el = await monitor({ api, token: TOKEN, lang: 'en' });
    await fillFullyMet(el);
    api.failNextPosts(1, 429);
    await submit(el, () => text($(el, '[part="message"]')) !== '');
    // It said "The server had a problem. Please try again later."
    expect(text($(el, '[part="message"]'))).to.equal(
      'The checks could not be saved: Too many changes have been sent from this connection. Wait 10 minutes and try again. Your entries are kept in this browser.',
    );
    expect($<HTMLSelectElement>(el, '#field-published')!.value).to.equal('yes');
  });

  it('says a staff token is needed when there is none', async () => {
    const el = await monitor({ api: fakeChecklistApi(data) });
    await fillFullyMet(el);
    await submit(el, () => text($(el, '[part="message"]')) !== '');
    expect(text($(el, '[part="message"]'))).to.equal('The monitoring template needs a staff token.');
  });

  describe('signing in (the token is a property, kept in memory)', () => {
    const original = restoreStaffPage();
    let api: FakeApi;
    beforeEach(() => {
      api = fakeChecklistApi(data, { [TOKEN]: 'xk-mf' });
      // Only the API goes to the fake: the test runner reports results with fetch too.
      window.fetch = (input, init) =>
        new URL(input instanceof Request ? input.url : String(input), location.href).pathname.startsWith(API)
          ? api.fetch(input, init)
          : original(input, init);
    });

    it('ignores a token written as an HTML attribute', async () => {
      const root = await fixture(
        html`<div lang="en">
          <hapur-publication-checklist
            mode="monitor"
            institution="xk-mf"
            period="2026-Q4"
            token=${TOKEN}
            api=${`${location.origin}${API}`}
          ></hapur-publication-checklist>
        </div>`,
      );
      const el = root.querySelector('hapur-publication-checklist')!;
      await settled(el);
      expect(el.token).to.equal(undefined);
      await fillFullyMet(el);
      await submit(el, () => text($(el, '[part="message"]')) !== '');
      expect(text($(el, '[part="message"]'))).to.equal('The monitoring template needs a staff token.');
      expect(api.posted).to.have.length(0);
      // The sign-in step: the page sets the property; it is used, and never reflected into the page.
      el.token = TOKEN;
      await submit(el, () => text($(el, '[part="message"]')).startsWith('1 check saved'));
      expect(api.posted).to.have.length(1);
      expect(el.hasAttribute('token') && el.getAttribute('token') !== TOKEN).to.equal(false);
    });
  });

  it('after saving one requirement, reloading and signing in again, submitting says nothing new, not an error', async () => {
    const api = fakeChecklistApi(data, { [TOKEN]: 'xk-mf' });
    const first = await monitor({ api, token: TOKEN });
    await fillFullyMet(first);
    await submit(first, () => text($(first, '[part="message"]')).startsWith('1 check saved'));
    await until(first, () => text($(first, '.lead')).startsWith('1 of 14'));
    first.parentElement!.remove();
    const again = await monitor({ api, token: TOKEN });
    expect(text($(again, '[part="progress"]'))).to.equal('1 of 14 recorded');
    await submit(again, () => text($(again, '[part="message"]')) !== '' || $(again, '.error-summary') !== null);
    expect(text($(again, '.error-summary')), 'no error summary').to.equal('');
    expect(text($(again, '[part="message"]'))).to.equal(
      'Nothing new to submit: 1 of 14 requirements are already recorded. Change an entry to record it again.',
    );
    expect(api.posted).to.have.length(1);
    await expect(again).to.be.accessible();
  });

  it('prefills an already checked quarter: every requirement recorded, values from the stored checks', async () => {
    const el = await monitor({ api: fakeChecklistApi(data, { [TOKEN]: 'xk-mf' }), token: TOKEN, period: '2026-Q1' });
    expect(text($(el, '[part="progress"]'))).to.equal('14 of 14 recorded');
    expect($<HTMLSelectElement>(el, '#field-lang-sr-Latn')!.value).to.equal('partial');
    expect($<HTMLTextAreaElement>(el, '#field-notes')!.value).to.contain('The published version is not the latest.');
  });

  for (const [lang, title, progress] of [
    ['sq', 'Ka një problem', '0 nga 14 të regjistruara'],
    ['sr-Latn', 'Postoji problem', 'Zabeleženo 0 od 14'],
    ['en', 'There is a problem', '0 of 14 recorded'],
  ] as const) {
    it(`shows the template and its errors in ${lang} with no axe violations`, async () => {
      const el = await monitor({ api: fakeChecklistApi(data, { [TOKEN]: 'xk-mf' }), token: TOKEN, lang });
      expect(text($(el, '[part="progress"]'))).to.equal(progress);
      await expect(el).to.be.accessible();
      await set(el, 'published', 'partial');
      await set(el, 'lang-sr-Latn', 'no');
      await submit(el, () => $(el, '.error-summary') !== null);
      expect(text($(el, '#error-summary-title'))).to.equal(title);
      expect(text(el.shadowRoot!)).to.not.match(/undefined|\[object|NaN/);
      await expect(el).to.be.accessible();
    });
  }

  it('wraps a long link example in its error summary and field error on a 360 px phone (sq)', async () => {
    const el = await monitor({ api: fakeChecklistApi(data, { [TOKEN]: 'xk-mf' }), token: TOKEN, lang: 'sq' });
    // A 360 px phone less the page's margins: the block's own width.
    el.parentElement!.style.inlineSize = '300px';
    await set(el, 'published', 'yes');
    await set(el, 'url', 'not a url');
    await submit(el, () => $(el, '.error-summary') !== null);
    expect(text($(el, '.error-summary'))).to.contain('https://example.org/dokumenti');
    const base = $(el, '[part="base"]')!;
    const right = base.getBoundingClientRect().right + 1;
    const wide = $$(el, '.error-summary *, .field-error, [part="message"] *')
      .filter((n) => n.getBoundingClientRect().right > right)
      .map((n) => `${n.tagName}.${n.className}: ${text(n).slice(0, 40)}`);
    expect(wide, 'wider than the phone').to.deep.equal([]);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
  });

  it('follows a change of language while open, loading the template strings of the new language', async () => {
    const el = await monitor({ api: fakeChecklistApi(data, { [TOKEN]: 'xk-mf' }), token: TOKEN, lang: 'en' });
    expect(text($(el, '[part="progress"]'))).to.equal('0 of 14 recorded');
    await set(el, 'published', 'partial');
    el.parentElement!.setAttribute('lang', 'tr');
    await until(el, () => text($(el, '[part="progress"]')) === '14 gereklilikten 0 tanesi kaydedildi');
    expect($(el, '.checklist')!.getAttribute('aria-busy')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#field-published')!.value, 'what was entered stays').to.equal('partial');
    expect(text(el.shadowRoot!)).to.not.match(/undefined|\[object|NaN/);
    await expect(el).to.be.accessible();
  });

  it('can be filled with the keyboard alone', async () => {
    const el = await monitor({ api: fakeChecklistApi(data, { [TOKEN]: 'xk-mf' }), token: TOKEN });
    const steps = $$(el, '.step');
    steps[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => el.shadowRoot!.activeElement === $(el, '#field-published'));
    expect(text($(el, 'legend'))).to.match(/^Requirement 3 of 14/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#field-published')!.value).to.equal('yes');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#field-url'));
    await sendKeys({ type: 'https://example.org/rti' });
    await el.updateComplete;
    expect(localStorage.getItem(draftKey('xk-mf', '2026-Q4'))).to.contain('https://example.org/rti');
  });

  describe('a save the server refuses (the load worked)', () => {
    /** The fake API, with the next POST answered by `refusal` instead. */
    function refusing(refusal: () => Response): FakeApi {
      const api = fakeChecklistApi(data, { [TOKEN]: 'xk-mf' });
      const answer = api.fetch;
      let refused = false;
      api.fetch = (input, init) => {
        const request = input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
        if (request.method !== 'POST' || refused) return answer(request);
        refused = true;
        return Promise.resolve(refusal());
      };
      return api;
    }
    const problemOf = (status: number, body: Record<string, unknown>) => () =>
      new Response(JSON.stringify({ type: 'about:blank', title: 'Refused', status, ...body }), {
        status,
        headers: { 'content-type': 'application/problem+json' },
      });

    it('says the server refused a 409 and why, in the server’s words, never "not in the expected form"', async () => {
      const api = refusing(
        problemOf(409, { code: 'idempotency_conflict', detail: 'This check was already sent with other values.' }),
      );
      const el = await monitor({ api, token: TOKEN, lang: 'en' });
      await fillFullyMet(el);
      await submit(el, () => text($(el, '[part="message"]')) !== '');
      const message = $(el, '[part="message"]')!;
      expect(text(message)).to.equal(
        'The checks could not be saved: The server refused them. This check was already sent with other values. Your entries are kept in this browser.',
      );
      expect(message.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.activeElement).to.equal(message);
      expect(localStorage.getItem(draftKey('xk-mf', '2026-Q4'))).to.contain('https://example.org/mf/organisation');
      await expect(el).to.be.accessible();
    });

    it('names the field message of a 422 validation refusal (sq)', async () => {
      const api = refusing(
        problemOf(422, {
          code: 'validation_failed',
          detail: 'The request body is not valid.',
          errors: [{ path: 'requirementId', code: 'unknown_reference', message: 'Requirement "x" does not apply.' }],
        }),
      );
      const el = await monitor({ api, token: TOKEN, lang: 'sq' });
      await fillFullyMet(el);
      await submit(el, () => text($(el, '[part="message"]')) !== '');
      expect(text($(el, '[part="message"]'))).to.equal(
        'Kontrollet nuk u ruajtën: Serveri i refuzoi. Requirement "x" does not apply. Të dhënat tuaja mbeten në këtë shfletues.',
      );
    });

    for (const [lang, refused] of [
      ['sr-Latn', 'Server ih je odbio.'],
      ['sr-Cyrl', 'Сервер их је одбио.'],
      ['bs', 'Server ih je odbio.'],
      ['tr', 'Sunucu bunları reddetti.'],
    ] as const)
      it(`says a refusal with no detail (422) as a refusal in ${lang}`, async () => {
        const el = await monitor({ api: refusing(problemOf(422, { code: 'validation_failed' })), token: TOKEN, lang });
        await fillFullyMet(el);
        await submit(el, () => text($(el, '[part="message"]')) !== '');
        expect(text($(el, '[part="message"]'))).to.contain(`: ${refused} `);
      });
  });
});
