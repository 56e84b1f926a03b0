// Citizen feedback journeys on the real demo server: a keyboard-only report followed to the staff's
// answer, a message written offline delivered exactly once, the error summary, the draft kept over a
// reload, hostile text shown as text, and the contact page axe-clean in every language and state.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { DemoServer } from '../helpers/demo-server.js';
import { startDemoAndBrowser, stopDemoAndBrowser } from '../helpers/demo-browser.js';
import { axeViolations, focused, tabTo, watchPage } from '../helpers/browser.js';

const MUNICIPALITY = 'xk-example-municipality';
const PLAN = 'xk-2026-2028';

let demo: DemoServer;
let browser: Browser;
before(async () => ({ demo, browser } = await startDemoAndBrowser()));
after(() => stopDemoAndBrowser({ demo, browser }));

/** A fresh context (own storage, IndexedDB, cache) and page, with its console errors collected. */
async function openContact(lang: 'sq' | 'sr-Latn' | 'en', options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${demo.url}/examples/municipality/contact.html`);
  if (lang !== 'sq') await page.locator(`button[data-set-lang="${lang}"]`).click();
  await form(page).locator('[part="submit-button"]').waitFor();
  // The statistics and comments load lazily (loading="lazy"): bring each into view once and let its data
  // arrive, as a reader scrolling down would, so a later reload aborts nothing.
  for (const tag of ['hapur-participation-stats', 'hapur-comments']) {
    await page.locator(tag).scrollIntoViewIfNeeded();
    await page.waitForFunction((t) => !document.querySelector(t)?.matches(':state(loading)'), tag);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
  return { context, page, watch };
}

const form = (page: Page) => page.locator('hapur-feedback-form');

/** Counts the page's requests in flight from now on. */
function inFlight(page: Page): () => number {
  let count = 0;
  page.on('request', () => count++);
  page.on('requestfinished', () => count--);
  page.on('requestfailed', () => count--);
  return () => count;
}

/** Resolves once no request has been in flight for 300 ms (a module's imports start only after it arrived). */
async function settled(pending: () => number): Promise<void> {
  for (let quiet = 0; quiet < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    quiet = pending() === 0 ? quiet + 1 : 0;
  }
}
const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

async function stats(): Promise<{ total: number }> {
  const res = await fetch(`${demo.url}/api/v1/participation/stats?institution=${MUNICIPALITY}`);
  assert.equal(res.status, 200);
  return (await res.json()) as { total: number };
}

async function staffPost(institution: string, path: string, body?: unknown): Promise<void> {
  const token = await demo.staffToken(institution);
  const res = await fetch(`${demo.url}/api/v1${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  assert.equal(res.status, 200, `${path}: ${await res.text()}`);
}

/** Fills the contact form (issue report with a subject) and sends it with a click, or Enter on the button. */
async function sendReport(page: Page, message: string, how: 'click' | 'enter' = 'click'): Promise<void> {
  await form(page).locator('input[value="issue_report"]').check();
  await form(page).locator('[name="subject"]').fill('Street lighting');
  await form(page).locator('[name="message"]').fill(message);
  const send = form(page).locator('[part="submit-button"]');
  await (how === 'click' ? send.click() : send.press('Enter'));
}

describe('citizen feedback on the demo server', () => {
  it('lets a keyboard-only citizen report an issue, copy the code, follow it and read the answer', async () => {
    const { context, page, watch } = await openContact('sq', { permissions: ['clipboard-read', 'clipboard-write'] });
    await tabTo(page, 'the English button', (f) => f.lang === 'en');
    await page.keyboard.press('Enter');
    await tabTo(page, 'the kind choice', (f) => f.name === 'kind');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    assert.deepEqual(await focused(page).then((f) => [f.value, f.checked]), ['issue_report', true]);
    await tabTo(page, 'the subject', (f) => f.name === 'subject', 3);
    await page.keyboard.type('Broken pavement');
    await tabTo(page, 'the message', (f) => f.name === 'message', 3);
    await page.keyboard.type('The pavement in front of school no. 3 is broken; children trip on it.');
    await tabTo(page, 'the send button', (f) => f.part === 'submit-button', 6);
    await page.keyboard.press('Enter');

    const receipt = form(page).locator('[part="receipt"]');
    await receipt.waitFor();
    assert.equal((await focused(page)).part, 'receipt', 'focus moves to the confirmation');
    const reference = (await form(page).locator('[part="reference"]').innerText()).trim();
    const token = (await form(page).locator('[part="status-token"]').innerText()).trim();
    assert.match(token, /^[A-Za-z0-9_-]{16,128}$/);

    await tabTo(page, 'the copy button', (f) => f.part === 'copy-button', 5);
    await page.keyboard.press('Enter');
    await receipt.locator('.copy-status', { hasText: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), token);

    await tabTo(page, 'the status link', (f) => f.part === 'status-link', 5);
    const statusLink = await form(page)
      .locator('[part="status-link"]')
      .evaluate((a) => (a as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    // The status block reads the token and takes it out of the address bar at once (issue 14), so the
    // navigation is awaited through what the block shows, and the address is checked after.
    const status = page.locator('hapur-feedback-status [part="status"]');
    await status.waitFor();
    assert.ok((await shadowText(page, 'hapur-feedback-status')).includes(reference));
    assert.match(await status.innerText(), /Received/);

    const answer = 'We repaired the pavement on 20 November. Thank you for the report.';
    await staffPost(MUNICIPALITY, `/feedback/${reference}/status`, {
      status: 'resolved',
      note: { values: { en: 'Repair crew sent', sq: 'U dërgua ekipi i riparimit' } },
      response: { body: { values: { en: answer, sq: 'E riparuam trotuarin më 20 nëntor.' } }, decision: 'accepted' },
    });
    // The status block takes the token out of the address bar once it has read it (issue 14), so a plain
    // reload no longer carries it: the citizen opens the link they saved again.
    await page.waitForURL((url) => !url.searchParams.has('token'));
    await page.goto(statusLink);
    await page.locator('hapur-feedback-status [part="response"]').waitFor();
    const after = await status.innerText();
    assert.match(after, /Resolved/);
    assert.ok(after.includes(answer), after);
    assert.ok(after.includes('Repair crew sent'), 'the public note is in the history');
    assert.deepEqual(watch.errors, []);
    await context.close();
  });

  it('queues a message sent offline and delivers it exactly once when the connection returns', async () => {
    const { context, page } = await openContact('en');
    const before = (await stats()).total;
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/feedback'))
        posts.push(r.headers()['idempotency-key'] ?? '');
    });
    const message = `Offline report ${Date.now()}: the bin on Rruga C has not been emptied.`;
    await context.setOffline(true);
    await sendReport(page, message);
    const notice = form(page).locator('[part="notice"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /saved and will be sent/);
    assert.equal((await stats()).total, before, 'nothing reached the server while offline');

    await context.setOffline(false);
    const receipt = form(page).locator('[part="receipt"]');
    await receipt.waitFor({ timeout: 15_000 });
    assert.match(await receipt.innerText(), /saved message has now been sent/);
    const token = (await form(page).locator('[part="status-token"]').innerText()).trim();
    const reference = (await form(page).locator('[part="reference"]').innerText()).trim();

    // A reload runs the page-load delivery again: the outbox must be empty by now.
    await page.reload();
    await form(page).locator('[part="submit-button"]').waitFor();
    await page.waitForTimeout(500);
    assert.equal((await stats()).total, before + 1, 'the server holds exactly one new submission');
    assert.equal(new Set(posts).size, 1, `every attempt used one idempotency key: ${posts.join(', ')}`);
    const res = await fetch(`${demo.url}/api/v1/feedback/${token}`);
    assert.equal(res.status, 200);
    const status = (await res.json()) as { reference: string; status: string; type: string };
    assert.deepEqual([status.reference, status.status, status.type], [reference, 'received', 'issue_report']);
    await context.close();
  });

  // A phone's connection dropped while the form's send code loaded (at the first focus): Chromium keeps that module
  // failed for the page, so every send, and every delivery of the queue, failed until a reload.
  it('sends a message although the send code’s first download broke off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(/\/cdn\/chunks\/submit-lazy-[^/?]+\.js$/, (route) => route.abort('connectionreset'));
    await page.goto(`${demo.url}/examples/municipality/contact.html`);
    await page.locator('button[data-set-lang="en"]').click();
    await form(page).locator('[part="submit-button"]').waitFor();
    const message = `Report ${Date.now()}: the street light on Rruga B is out.`;
    await sendReport(page, message);
    const receipt = form(page).locator('[part="receipt"]');
    await receipt.waitFor({ timeout: 15_000 });
    assert.match(await receipt.innerText(), /has been sent/);
    await context.close();
  });

  it('shows the error summary for an empty form, moves focus to it and from each link to its field, sending nothing', async () => {
    const { context, page, watch } = await openContact('en');
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST') posts++;
    });
    await form(page).locator('[part="submit-button"]').click();
    const summary = form(page).locator('[part="error-summary"]');
    await summary.waitFor();
    assert.match(await summary.innerText(), /There is a problem/);
    assert.equal((await focused(page)).part, 'error-summary');
    const links = summary.locator('a');
    const count = await links.count();
    assert.ok(count >= 2, `at least the kind and the message are missing (${count} links)`);
    for (let i = 0; i < count; i++) {
      const target = ((await links.nth(i).getAttribute('href')) ?? '').slice(1);
      await links.nth(i).click();
      assert.equal((await focused(page)).id, target, `link ${i} moves focus to #${target}`);
    }
    assert.equal(posts, 0, 'nothing is sent');
    assert.deepEqual(watch.errors, []);
    await context.close();
  });

  it('checks a keyboard-only first send when the form’s checks (loaded on first use) arrive late', async () => {
    const { context, page, watch } = await openContact('en');
    // The form's checks (zod and the SDK's input schema) are not part of the page: they load at the first focus in
    // the form. Held here until the citizen has already pressed Enter, as on a slow connection.
    const checks = /\/chunks\/validation-(?!messages)[^/]*\.js$/;
    assert.ok(
      !(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).some((u) =>
        checks.test(u),
      ),
      'the checks load with the page',
    );
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The request reaches the route a moment after the page sent it (on a busy machine, after the form shows
    // itself as sending): wait for it, up to 5 s.
    let requested!: () => void;
    const wasRequested = new Promise<boolean>((resolve) => {
      requested = () => resolve(true);
      setTimeout(() => resolve(false), 5000);
    });
    await page.route(checks, async (route) => {
      requested();
      await released;
      await route.continue();
    });
    // Enter in the subject field is the citizen's first send (implicit submission); no field was left before it.
    await tabTo(page, 'the subject', (f) => f.name === 'subject');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('hapur-feedback-form')?.matches(':state(submitting)'));
    assert.ok(await wasRequested, 'the first focus in the form started loading the checks');
    assert.equal(await form(page).locator('[part="error-summary"]').count(), 0);
    release();
    const summary = form(page).locator('[part="error-summary"]');
    await summary.waitFor();
    assert.match(await summary.innerText(), /There is a problem/);
    assert.equal((await focused(page)).part, 'error-summary');
    assert.equal(await form(page).evaluate((el) => el.matches(':state(submitting)')), false);
    assert.match(await shadowText(page, 'hapur-feedback-form'), /Write your message\./);
    // From here on the checks are loaded: leaving a field shows its message at once, as before.
    await tabTo(page, 'the message', (f) => f.name === 'message', 12);
    await page.keyboard.type('Too short');
    await page.keyboard.press('Tab');
    assert.match(
      await form(page).locator('#field-message-error').innerText(),
      /Your message is too short: write at least 10 characters/,
    );
    assert.deepEqual(watch.errors, []);
    await context.close();
  });

  it('restores the typed message after a real page reload', async () => {
    const { context, page, watch } = await openContact('en');
    const pending = inFlight(page);
    const message = 'The streetlight at the bus stop flickers every night.';
    await form(page).locator('[name="message"]').fill(message);
    // The first focus in the form loads its checks: let them arrive, so the reload aborts nothing.
    await settled(pending);
    await page.reload();
    const field = form(page).locator('[name="message"]');
    await field.waitFor();
    assert.equal(await field.inputValue(), message);
    assert.match(await shadowText(page, 'hapur-feedback-form'), /We restored the text you typed earlier/);
    assert.deepEqual(watch.errors, []);
    await context.close();
  });

  it('shows hostile markup in a message and a staff answer as plain text on the status page and in comments', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${demo.url}/examples/ministry/`);
    await page.locator('button[data-set-lang="en"]').click();
    const tracker = page.locator('hapur-commitment-tracker');
    await tracker.locator('[part~="commitment"] button[aria-expanded]').first().click();
    await tracker
      .getByRole('button', { name: /feedback/i })
      .first()
      .click();
    const commitmentForm = page.locator('#feedback hapur-feedback-form');
    await commitmentForm.locator('[part="submit-button"]').waitFor();
    assert.equal(await commitmentForm.getAttribute('commitment'), '1');
    const message = 'Publish the minutes <img src=x onerror="window.__xss=1"> of every meeting.';
    await commitmentForm.locator('input[value="proposal"]').check();
    await commitmentForm.locator('[name="message"]').fill(message);
    await commitmentForm.locator('[part="submit-button"]').click();
    await commitmentForm.locator('[part="receipt"]').waitFor();
    const reference = (await commitmentForm.locator('[part="reference"]').innerText()).trim();
    const token = (await commitmentForm.locator('[part="status-token"]').innerText()).trim();

    const plan = (await (await fetch(`${demo.url}/api/v1/plans/${PLAN}`)).json()) as {
      coordinatingInstitutionId?: string;
      commitments: { number: string; leadInstitutionId?: string }[];
    };
    const lead = plan.commitments.find((c) => c.number === '1')?.leadInstitutionId ?? plan.coordinatingInstitutionId;
    assert.ok(lead, 'commitment 1 has an institution that answers');
    const answer = 'Agreed <script>window.__xss=1</script> from next quarter.';
    await staffPost(lead, `/feedback/${reference}/status`, {
      status: 'accepted',
      response: { body: { values: { en: answer } }, decision: 'accepted' },
    });
    await staffPost(lead, `/feedback/${reference}/publish`);

    // A new context: the first visit's HTTP cache (comments are public, max-age=60) would hide the new one.
    const reader = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const readerPage = await reader.newPage();
    const readerWatch = watchPage(readerPage);
    await readerPage.goto(`${demo.url}/examples/municipality/contact.html?token=${token}#status`);
    const response = readerPage.locator('hapur-feedback-status [part="response"]');
    await response.waitFor();
    assert.ok((await response.innerText()).includes(answer), 'the answer is shown as literal text');
    assert.equal(await readerPage.locator('hapur-feedback-status script').count(), 0);
    assert.equal(await readerPage.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);

    await readerPage.goto(`${demo.url}/examples/ministry/`);
    const comment = readerPage.locator('hapur-comments [part="comment"]', { hasText: 'Publish the minutes <img' });
    await comment.waitFor();
    const text = await comment.innerText();
    assert.ok(text.includes(message), `the message is literal text: ${text}`);
    assert.ok(text.includes(answer), `the answer is literal text: ${text}`);
    assert.equal(await readerPage.locator('hapur-comments img, hapur-comments script').count(), 0);
    await readerPage.waitForTimeout(200);
    assert.equal(await readerPage.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.deepEqual([...watch.errors, ...readerWatch.errors], []);
    await reader.close();
    await context.close();
  });

  it('never sends the status token in a Referer: not from the status page, its data requests or a link followed from it', async () => {
    const { context, page } = await openContact('en');
    await sendReport(page, 'The street light at the bus stop has been out for a week.');
    await form(page).locator('[part="receipt"]').waitFor();
    const token = (await form(page).locator('[part="status-token"]').innerText()).trim();
    await context.close();

    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    const sent: { url: string; referer: string }[] = [];
    readerPage.on('request', (request) => {
      void request.allHeaders().then((headers) => sent.push({ url: request.url(), referer: headers['referer'] ?? '' }));
    });
    const opened = await readerPage.goto(`${demo.url}/examples/municipality/contact.html?token=${token}#status`);
    assert.equal(opened?.headers()['referrer-policy'], 'no-referrer', 'the page tells the browser to send no Referer');
    await readerPage.locator('hapur-feedback-status [part="status"]').waitFor();
    await readerPage.waitForURL((url) => !url.searchParams.has('token'));
    // Every lazy block's data, then a link in the page's own navigation, as a reader would go on.
    for (const tag of ['hapur-participation-stats', 'hapur-comments'])
      await readerPage.locator(tag).scrollIntoViewIfNeeded();
    await readerPage.waitForLoadState('networkidle');
    await readerPage.locator('header a[href], nav a[href]').first().click();
    await readerPage.waitForLoadState('networkidle');
    assert.ok(sent.length > 5, `requests seen: ${sent.length}`);
    assert.deepEqual(
      sent.filter((r) => r.referer.includes(token)),
      [],
      'no request carries the token in its Referer',
    );
    await reader.close();
  });

  it('sends the message with one click on Send after the citizen fixed every error', async () => {
    const { context, page } = await openContact('en');
    await form(page).locator('[part="submit-button"]').click();
    await form(page).locator('[part="error-summary"]').waitFor();
    await sendReport(page, 'The fountain in the park has been leaking since Monday.');
    await form(page).locator('[part="receipt"]').waitFor({ timeout: 5_000 });
    await context.close();
  });

  for (const lang of ['sq', 'sr-Latn', 'en'] as const) {
    it(`has no axe violations on the contact page in ${lang}: empty, with errors and after sending`, async () => {
      const { context, page, watch } = await openContact(lang);
      await page.locator('hapur-participation-stats [part]').first().waitFor();
      const scan = async (state: string) => {
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${state} in ${lang}: ${JSON.stringify(violations, null, 2)}`);
      };
      await scan('empty');
      await form(page).locator('[part="submit-button"]').click();
      await form(page).locator('[part="error-summary"]').waitFor();
      await scan('errors');
      await sendReport(page, `Axe check in ${lang}: the fountain in the park leaks.`, 'click');
      await form(page).locator('[part="receipt"]').waitFor();
      await scan('success');
      assert.deepEqual(watch.errors, []);
      await context.close();
    });
  }
});
