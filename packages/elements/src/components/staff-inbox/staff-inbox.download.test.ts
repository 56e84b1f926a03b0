import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { $, $$, until } from '../../internal/test/shadow.js';
import { freshApi, restoreStaffPage, signInForm, signInWith } from '../../internal/test/staff.js';
import './staff-inbox.define.js';
import type { HapurStaffInbox } from './staff-inbox.js';
import { EXPIRED_TOKEN, fakeInbox, STAFF_TOKEN } from './test/fake-inbox.js';

// "Download as CSV (spreadsheet)": what the filters match, fetched with the staff token in the Authorization
// header (never the URL), saved under the server's file name; while it is fetched and when it fails.

failOnConsole();

restoreStaffPage();

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: HapurStaffInbox) => $<HTMLButtonElement>(el, '[part="download-button"]')!;

/** The block signed in with its own form (the token typed by the person), in `lang`, its fake API on `window.fetch`. */
async function signedIn(lang: string, tokens?: Parameters<typeof fakeInbox>[0]) {
  const api = fakeInbox(tokens);
  window.fetch = api.fetch;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-staff-inbox api=${freshApi('csv')}></hapur-staff-inbox></div>`,
  );
  const el = wrapper.querySelector('hapur-staff-inbox')!;
  await signInForm(el);
  signInWith(el, STAFF_TOKEN);
  await until(() => $$(el, '[part="row"]').length > 0, 'the list');
  return { el, api };
}

/** Routes the CSV request to `answer` (the rest to the fake API), as a line that drops or a server that waits. */
function csvAnswers(answer: (request: Request, fetch: typeof window.fetch) => Promise<Response>) {
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    return request.url.includes('/staff/submissions.csv') ? answer(request, fetch) : fetch(input, init);
  };
}

/** Presses the button by keyboard; resolves with the files handed to the browser (name and body) once `done` holds. */
async function press(el: HapurStaffInbox, done: () => unknown) {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test-${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  };
  try {
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => done() && button(el).getAttribute('aria-busy') === 'false', 'the press to settle');
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return files;
}

describe('<hapur-staff-inbox> download as CSV', () => {
  it('downloads what the filters match, with the token in the Authorization header only, under the server’s name', async () => {
    const { el, api } = await signedIn('en');
    $<HTMLSelectElement>(el, '#filter-type')!.value = 'request';
    $<HTMLFormElement>(el, '[part="filters"]')!.requestSubmit();
    await until(() => $$(el, '[part="row"]').length === 2, 'the filtered list');
    expect(text(button(el))).to.equal('Download as CSV (spreadsheet)');
    const files = await press(el, () => api.requests.some((r) => r.path.startsWith('/staff/submissions.csv')));
    const request = api.requests.find((r) => r.path.startsWith('/staff/submissions.csv'))!;
    const query = new URLSearchParams(request.path.split('?')[1]);
    expect(Object.fromEntries(query)).to.deep.equal({ sort: 'respondBy', type: 'request', lang: 'en' });
    expect(request.auth).to.equal(`Bearer ${STAFF_TOKEN}`);
    expect(api.requests.every((r) => !r.path.includes(STAFF_TOKEN))).to.equal(true);
    expect(el.outerHTML).to.not.contain(STAFF_TOKEN);
    expect(files.map((f) => f.name)).to.deep.equal(['xk-prishtina-submissions.csv']);
    // One byte-order mark (spreadsheets read UTF-8), then the server's rows: the two requests the list shows.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await files[0]!.blob.arrayBuffer());
    expect(csv.split('\r\n').filter(Boolean)).to.deep.equal([
      '\uFEFFreference,type',
      'HP-2026-000102,request',
      'HP-2026-000105,request',
    ]);
    // Nothing else changed: the filtered list is still there, focus still on the button.
    expect($$(el, '[part="row"]').length).to.equal(2);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await expect(el).to.be.accessible();
  });

  it('says it is preparing the file while the server answers, and ignores a second press', async () => {
    const { el } = await signedIn('en');
    let answer: (r: Response) => void = () => undefined;
    let asked = 0;
    csvAnswers(() => ((asked += 1), new Promise<Response>((resolve) => (answer = resolve))));
    button(el).click();
    await until(() => button(el).getAttribute('aria-busy') === 'true', 'the busy button');
    expect(text(button(el))).to.equal('Preparing the CSV…');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    button(el).click();
    await el.updateComplete;
    expect(asked).to.equal(1);
    const { click } = HTMLAnchorElement.prototype;
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      answer(new Response('reference\r\n', { headers: { 'content-type': 'text/csv' } }));
      await until(() => button(el).getAttribute('aria-busy') === 'false', 'the button back');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(text(button(el))).to.equal('Download as CSV (spreadsheet)');
    expect(button(el).getAttribute('aria-disabled')).to.equal('false');
  });

  const failures: [string, string, Parameters<typeof fakeInbox>[0] | 'offline', string][] = [
    // A download is no change: the alert says too many downloads, and when to try again (Retry-After 120 s).
    [
      'too many requests (429)',
      'sr-Latn',
      { tokens: { [STAFF_TOKEN]: 'limited' } },
      'CSV nije preuzet. Sa ove veze je zatraženo previše preuzimanja. Sačekajte 2 minuta i pokušajte ponovo.',
    ],
    [
      'too many requests (429), in Albanian',
      'sq',
      { tokens: { [STAFF_TOKEN]: 'limited' } },
      'CSV-ja nuk u shkarkua. Nga kjo lidhje janë kërkuar shumë shkarkime. Prisni 2 minuta dhe provoni përsëri.',
    ],
    [
      'too many requests (429), in English',
      'en',
      { tokens: { [STAFF_TOKEN]: 'limited' } },
      'The CSV was not downloaded. Too many downloads have been requested from this connection. Wait 2 minutes and try again.',
    ],
    ['offline', 'en', 'offline', 'The CSV was not downloaded. The connection failed.'],
  ];
  for (const [what, lang, setup, words] of failures) {
    it(`says why in an alert when the download fails (${what}), keeping the list and focus`, async () => {
      const { el } = await signedIn(lang, setup === 'offline' ? undefined : setup);
      if (setup === 'offline') csvAnswers(() => Promise.reject(new TypeError('Failed to fetch')));
      const files = await press(el, () => $(el, '[role="alert"]'));
      expect(files).to.deep.equal([]);
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain(words);
      expect(text(alert), 'no word of changes').to.not.match(/izmen|ndryshim|changes/);
      expect(alert.checkVisibility()).to.equal(true);
      const gap = alert.getBoundingClientRect().top - button(el).getBoundingClientRect().bottom;
      expect(gap, 'the alert apart from the button and its focus ring').to.be.at.least(8);
      expect($$(el, '[part="row"]').length).to.be.greaterThan(0);
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      await expect(el).to.be.accessible();
    });
  }

  it('says the token was refused, and why, when the server no longer accepts it (401)', async () => {
    const { el, api } = await signedIn('en');
    // The token expired since the list loaded: the server answers the download 401 token_expired.
    csvAnswers((request) => {
      const headers = new Headers(request.headers);
      headers.set('authorization', `Bearer ${EXPIRED_TOKEN}`);
      return api.fetch(new Request(request, { headers }));
    });
    await press(el, () => $(el, '[role="alert"]'));
    expect(text($(el, '[role="alert"]'))).to.equal(
      'The CSV was not downloaded. Your staff token has expired. Ask your administrator for a new one and sign in again.',
    );
    expect($$(el, '[part="row"]').length).to.be.greaterThan(0);
  });

  const refused: [string, string, string][] = [
    ['en', 'The CSV was not downloaded. Your staff token has expired.', 'Staff sign-in'],
    ['sr-Latn', 'CSV nije preuzet. Vaš token osoblja je istekao.', 'Prijava osoblja'],
  ];
  for (const [lang, words, signInTitle] of refused) {
    it(`brings the sign-in back with the list kept when the token is refused (401), then downloads (${lang})`, async () => {
      const tokens: Record<string, 'ok' | 'expired'> = { [STAFF_TOKEN]: 'ok' };
      const { el, api } = await signedIn(lang, { tokens });
      tokens[STAFF_TOKEN] = 'expired'; // it expired after the list loaded
      await press(el, () => $(el, '[role="alert"]'));
      expect(text($(el, '[role="alert"]'))).to.contain(words);
      // The list stays, focus stays on the button, and the sign-in form follows the alert (the next Tab reaches it).
      expect($$(el, '[part="row"]').length).to.be.greaterThan(0);
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      const form = $(el, '[part="sign-in"]')!;
      expect(form, 'the sign-in form').to.exist;
      expect(text(form)).to.contain(signInTitle);
      expect(button(el).compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(form.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();

      // A new token: the list is read with it, the alert and the form go, focus is on the block's heading.
      const fresh = 'test-staff-token-fresh';
      (tokens as Record<string, 'ok'>)[fresh] = 'ok';
      signInWith(el, fresh);
      await until(() => !$(el, '[part="sign-in"]') && !$(el, '[role="alert"]'), 'the form and the alert gone');
      await until(
        () => api.requests.some((r) => r.auth === `Bearer ${fresh}` && r.path.startsWith('/staff/submissions?')),
        'the list read again',
      );
      expect($$(el, '[part="row"]').length).to.be.greaterThan(0);
      await until(() => el.shadowRoot!.activeElement === $(el, '[part="title"]'), 'focus on the heading');
      const files = await press(el, () =>
        api.requests.some((r) => r.auth === `Bearer ${fresh}` && r.path.startsWith('/staff/submissions.csv')),
      );
      expect(files.map((f) => f.name)).to.deep.equal(['xk-prishtina-submissions.csv']);
      expect($(el, '[role="alert"]')).to.be.null;
    });
  }

  it('keeps a token being typed under the refused download when the minute’s check comes', async () => {
    const tokens: Record<string, 'ok' | 'expired'> = { [STAFF_TOKEN]: 'ok' };
    const { el, api } = await signedIn('en', { tokens });
    tokens[STAFF_TOKEN] = 'expired';
    await press(el, () => $(el, '[part="sign-in"]'));
    const field = $<HTMLInputElement>(el, '#staff-token')!;
    field.focus();
    field.value = 'test-staff-token-half-pas';
    const asked = api.requests.length;
    // The minute's check comes (the tab shown again a minute later): the token is known to be refused, so it does not
    // ask again and swap the list, and the token being typed, for the sign-in screen.
    const now = Date.now;
    Date.now = () => now() + 61_000;
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Date.now = now;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(api.requests.length).to.equal(asked);
    expect($$(el, '[part="row"]').length).to.be.greaterThan(0);
    expect($<HTMLInputElement>(el, '#staff-token')).to.equal(field);
    expect(field.value).to.equal('test-staff-token-half-pas');
    expect(el.shadowRoot!.activeElement).to.equal(field);
  });
});
