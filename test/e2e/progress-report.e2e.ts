// <hapur-progress-report> on the real demo server (issue 17), keyboard only: a ministry officer signs in on the
// ministry's staff page, reports milestone 1.1 as delayed with a narrative in Albanian and an evidence link, and
// the public tracker on the ministry page shows it; the self-assessment export carries the same report.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { DemoServer } from '../helpers/demo-server.js';
import { startDemoAndBrowser, stopDemoAndBrowser } from '../helpers/demo-browser.js';
import { axeViolations, chooseWithArrows, focused, tabTo, watchPage } from '../helpers/browser.js';

const PLAN = 'xk-2026-2028';
/** Leads commitment 1 and coordinates the plan (packages/sdk/data/xk-2026-2028.json). */
const LEAD = 'xk-mapl';
const REPORT = 'hapur-progress-report';
const NARRATIVE = 'Prokurimi u vonua nga një ankesë; nënshkrimi pritet në shkurt.';
const LINK = 'https://example.org/mapl/raporti-i-prokurimit.pdf';
const SECOND = 'Tenderi u rishpall; afati i ri është në mars.';

let demo: DemoServer;
let browser: Browser;
before(async () => ({ demo, browser } = await startDemoAndBrowser()));
after(() => stopDemoAndBrowser({ demo, browser }));

async function openPage(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${demo.url}${path}`);
  return { context, page, watch };
}

const shadowText = (page: Page, tag: string) =>
  page.locator(tag).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('progress reporting (issue 17)', () => {
  it('a ministry officer reports milestone 1.1 delayed with an Albanian narrative and a link; the public tracker shows it', async () => {
    const staff = await openPage('/examples/ministry/staff.html');
    const { page } = staff;
    await page.locator(`${REPORT} #staff-token`).waitFor();
    // The inbox's sign-in comes first on the page; the officer signs in on the progress report's own form.
    await tabTo(page, "the inbox's token field", (f) => f.id === 'staff-token');
    await tabTo(page, "the progress report's token field", (f) => f.id === 'staff-token', 12);
    await page.keyboard.type(await demo.staffToken(LEAD, 'Arbëresha Hoxha (MAPL)'));
    await tabTo(page, 'the sign-in button', (f) => f.part === 'sign-in-button', 4);
    await page.keyboard.press('Enter');
    await page.locator(`${REPORT} [part="report-button"]`).first().waitFor();
    // One sign-in serves both staff blocks on the page (ADR 0010).
    await page.locator('hapur-staff-inbox [part="signed-in"]').waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await tabTo(page, 'the report button of milestone 1.1', (f) => f.part === 'report-button', 60);
    assert.match(
      await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? ''),
      /1\.1/,
    );
    await page.keyboard.press('Enter');
    await page.locator(`${REPORT} #detail-title`).waitFor();
    assert.equal((await focused(page)).id, 'detail-title');
    await tabTo(page, 'the delivery status', (f) => f.id === 'status', 4);
    await chooseWithArrows(page, 'Me vonesë');
    // Albanian is ticked (the page's language); the officer writes in it only.
    await tabTo(page, 'the Albanian narrative', (f) => f.id === 'narrative-sq', 10);
    await page.keyboard.type(NARRATIVE);
    assert.match(await shadowText(page, REPORT), /Nuk është shkruar në: .*anglisht/);
    await tabTo(page, 'the add-link button', (f) => f.part === 'add-link-button', 4);
    await page.keyboard.press('Enter');
    await page.locator(`${REPORT} #link-title-0`).waitFor();
    assert.equal((await focused(page)).id, 'link-title-0');
    await page.keyboard.type('Raporti i prokurimit');
    await tabTo(page, 'the link address', (f) => f.id === 'link-url-0', 3);
    await page.keyboard.type(LINK);
    await tabTo(page, 'the save button', (f) => f.part === 'save-button', 8);
    await page.keyboard.press('Enter');
    await page.locator(`${REPORT} [part="outcome"]`).waitFor();
    assert.match(await shadowText(page, REPORT), /Raporti për pikën kyçe 1\.1 u ruajt/);
    assert.equal((await focused(page)).part, 'outcome');
    // The history names the officer and what changed; the narrative is marked as Albanian.
    await page.locator(`${REPORT} [part="history-entry"]`).first().waitFor();
    const entry = await page
      .locator(REPORT)
      .evaluate(
        (el) => el.shadowRoot?.querySelector('[part="history-entry"]')?.textContent?.replace(/\s+/g, ' ') ?? '',
      );
    assert.match(entry, /Arbëresha Hoxha \(MAPL\)/);
    assert.match(entry, /statusi i zbatimit/);
    assert.ok(entry.includes(NARRATIVE));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(staff.watch.errors, []);
    await staff.context.close();

    // The public tracker on the ministry page shows the new state, the Albanian narrative and nothing invented.
    const reader = await openPage(`/examples/ministry/#ct-open=1`);
    await reader.page.waitForFunction(
      (text) => (document.querySelector('hapur-commitment-tracker')?.shadowRoot?.textContent ?? '').includes(text),
      NARRATIVE,
    );
    const tracker = await shadowText(reader.page, 'hapur-commitment-tracker');
    assert.match(tracker, /Me vonesë/);
    assert.deepEqual(reader.watch.errors, []);
    await reader.context.close();

    // The self-assessment export carries the same report (public data, no token).
    const csv = await (await fetch(`${demo.url}/api/v1/plans/${PLAN}/self-assessment.csv`)).text();
    assert.ok(csv.includes(NARRATIVE) && csv.includes(LINK), csv.slice(0, 400));
  });

  it("the officer's own browser shows the saved state on the public page at once, not its cached copy", async () => {
    // One browser: the officer looked at the public tracker first, so the plan is in the browser's HTTP cache
    // (Cache-Control: max-age=60) when they save.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const trackerText = (page: Page) => shadowText(page, 'hapur-commitment-tracker');
    const before = await context.newPage();
    await before.goto(`${demo.url}/examples/ministry/#ct-open=1`);
    await before.waitForFunction(() =>
      /1\.2/.test(document.querySelector('hapur-commitment-tracker')?.shadowRoot?.textContent ?? ''),
    );
    assert.ok(!(await trackerText(before)).includes(SECOND), 'not reported yet');

    const staff = await context.newPage();
    const watch = watchPage(staff);
    await staff.goto(`${demo.url}/examples/ministry/staff.html`);
    await staff.locator(`${REPORT} #staff-token`).fill(await demo.staffToken(LEAD, 'Arbëresha Hoxha (MAPL)'));
    await staff.locator(`${REPORT} [part="sign-in-button"]`).click();
    await staff.locator(`${REPORT} [part="report-button"]`).filter({ hasText: '1.2' }).first().click();
    await staff.locator(`${REPORT} #narrative-sq`).fill(SECOND);
    await staff.locator(`${REPORT} [part="save-button"]`).click();
    await staff.locator(`${REPORT} [part="outcome"]`).waitFor();
    assert.match(await shadowText(staff, REPORT), /1\.2 u ruajt/);
    assert.deepEqual(watch.errors, []);

    // The public page opened next in the same browser, within the minute: the new narrative, no reload needed.
    const after = await context.newPage();
    await after.goto(`${demo.url}/examples/ministry/#ct-open=1`);
    await after.waitForFunction(
      (text) => (document.querySelector('hapur-commitment-tracker')?.shadowRoot?.textContent ?? '').includes(text),
      SECOND,
      { timeout: 10_000 },
    );
    await context.close();
  });
});
