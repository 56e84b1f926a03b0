// The ministry's "Co-creation 2026–2030" page as a citizen and a staff member meet it (issue 19): the
// participation calendar and the reasoned response on the shipped seed data; one event added to a calendar
// file that an iCalendar library reads; an open comment period followed to the feedback form with that
// consultation as its subject; a response recorded through the API and shown by the public block.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import type { DemoServer } from '../helpers/demo-server.js';
import { startDemoAndBrowser, stopDemoAndBrowser } from '../helpers/demo-browser.js';
import { axeViolations, watchPage } from '../helpers/browser.js';

const XK = 'xk-ogp-2026-2030';
let demo: DemoServer;
let browser: Browser;
before(async () => ({ demo, browser } = await startDemoAndBrowser()));
after(() => stopDemoAndBrowser({ demo, browser }));

async function openPage(lang?: string, width = 1200) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const watch = watchPage(page);
  await page.goto(`${demo.url}/examples/ministry/cocreation.html`);
  if (lang) await page.locator(`button[data-set-lang="${lang}"]`).click();
  await page.locator('hapur-participation-calendar [part~="item"]').first().waitFor();
  // The responses block is `loading="lazy"`: it loads when it comes near the viewport, as a reader scrolls to it.
  // Whether it is near at first depends on how tall the calendar has rendered by then (CI, under load: not in sq).
  await page.locator('hapur-reasoned-response').scrollIntoViewIfNeeded();
  await page.locator('hapur-reasoned-response [part~="contribution"]').first().waitFor();
  return { page, watch };
}

const responses = (page: Page) =>
  page
    .locator('hapur-reasoned-response [part~="response"]')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('ministry co-creation page', () => {
  for (const lang of ['sq', 'sr-Latn', 'en']) {
    it(`shows both blocks on the seed data, axe clean, no console error (${lang})`, async () => {
      const { page, watch } = await openPage(lang);
      assert.equal(await page.locator('hapur-reasoned-response [part~="contribution"]').count(), 6);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(watch.errors, []);
      await page.close();
    });
  }

  it('adds one event to a calendar file that an iCalendar library reads', async () => {
    const { page } = await openPage('en');
    const link = page.locator('hapur-participation-calendar [part~="calendar-link"]').first();
    const href = await link.getAttribute('href');
    assert.ok(href);
    const res = await page.request.get(new URL(href, page.url()).href);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'] ?? '', /^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, 1);
    assert.equal(events[0]!.uid, `${XK}-demo-comment-period@hapur`);
    assert.equal(events[0]!.summary, 'Public comments on the draft Action Plan 2026–2030');
    assert.equal(events[0]!.startDate.toString(), '2026-11-16');
    await page.close();
  });

  it('follows an open comment period to the feedback form with that consultation as its subject', async () => {
    const { page, watch } = await openPage('en');
    await page.locator('hapur-participation-calendar [part~="feedback-link"]').click();
    await page.waitForURL(/cocreation\.html\?topic=/);
    const form = page.locator('hapur-feedback-form');
    await form.locator('textarea').first().waitFor();
    assert.equal(await form.getAttribute('topic'), 'Public comments on the draft Action Plan 2026–2030');
    assert.equal(await page.locator('#feedback').isVisible(), true);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it('puts the keyboard focus on the comment form\'s heading after following "send a comment"', async () => {
    const { page } = await openPage('en');
    await page.locator('hapur-participation-calendar [part~="feedback-link"]').press('Enter');
    await page.waitForURL(/cocreation\.html\?topic=/);
    await page.locator('hapur-feedback-form textarea').first().waitFor();
    // The browser applies the address's #fragment once the page has loaded, after its scripts ran: a fragment naming
    // an element that cannot take focus clears the focus those scripts gave the heading.
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'feedback-title');
    await page.close();
  });

  it('a staff member records "adopted into commitment 1" (API) and the public block shows it', async () => {
    const token = await demo.staffToken('xk-amshc', 'AMSHC editor');
    const res = await fetch(`${demo.url}/api/v1/cocreation/contributions/${XK}-amshc-m1/response`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        status: 'adopted',
        adoptedInto: [{ planId: 'xk-2026-2028', commitmentNumber: '1' }],
      }),
    });
    assert.equal(res.status, 200);
    const { page } = await openPage('en');
    const first = (await responses(page))[0] ?? '';
    assert.match(first, /Adopted/);
    assert.match(first, /Taken into: Commitment 1/);
    const link = page.locator('hapur-reasoned-response [part~="commitment-link"]').first();
    assert.equal(await link.getAttribute('href'), './#ct-open=1');
    const counts = await page
      .locator('hapur-reasoned-response [part~="counts"] dd')
      .evaluateAll((els) => els.map((el) => el.textContent?.trim()));
    assert.deepEqual(counts, ['1', '0', '0', '5']);
    await page.close();
  });
});
