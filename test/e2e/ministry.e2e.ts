// The ministry example page as a citizen and a journalist meet it: the real Kosovo plan in the tracker,
// published consultation comments, the Ministry of Finance's publication checklist; and a commitment
// followed from the tracker to its feedback form. Each language, axe clean, no console errors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { DemoServer } from '../helpers/demo-server.js';
import { startDemoAndBrowser, stopDemoAndBrowser } from '../helpers/demo-browser.js';
import { axeViolations, watchPage } from '../helpers/browser.js';

let demo: DemoServer;
let browser: Browser;
before(async () => ({ demo, browser } = await startDemoAndBrowser()));
after(() => stopDemoAndBrowser({ demo, browser }));

const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.shadowRoot as unknown as HTMLElement | null)?.textContent ?? '');

async function openPage(lang?: string) {
  // A desktop: the checklist shows its table from a 68rem block (cards below).
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watch = watchPage(page);
  await page.goto(`${demo.url}/examples/ministry/`);
  if (lang) await page.locator(`button[data-set-lang="${lang}"]`).click();
  await page.locator('hapur-commitment-tracker [part~="commitment"]').first().waitFor();
  await page.locator('hapur-publication-checklist table').first().waitFor();
  await page.locator('hapur-comments li').first().waitFor();
  return { page, watch };
}

describe('ministry example page', () => {
  for (const lang of ['sq', 'sr-Latn', 'en'] as const) {
    it(`shows the five commitments, published comments and the checklist in ${lang}, axe-clean`, async () => {
      const { page, watch } = await openPage(lang === 'sq' ? undefined : lang);
      const rows = await page.locator('hapur-commitment-tracker [part~="commitment"]').count();
      assert.equal(rows, 5);
      const checklist = await shadowText(page, 'hapur-publication-checklist');
      assert.match(checklist, /2026/);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(watch.errors, []);
      await page.close();
    });
  }

  it('loads the tracker’s timeline only when the reader chooses it, then shows it axe-clean', async () => {
    // A desktop: the checklist shows its table from a 68rem block (cards below).
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchPage(page);
    const timelineRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/tracker-timeline-view-[^/]*\.js$/.test(new URL(request.url()).pathname))
        timelineRequests.push(request.url());
    });
    await page.goto(`${demo.url}/examples/ministry/`);
    await page.locator('button[data-set-lang="en"]').click();
    const tracker = page.locator('hapur-commitment-tracker');
    await tracker.locator('[part~="commitment"]').first().waitFor();
    assert.deepEqual(timelineRequests, [], 'the list, the default view, loads no timeline');
    await tracker.getByRole('button', { name: 'Timeline', exact: true }).click();
    await tracker.locator('[part~="timeline-table"]').waitFor();
    assert.equal(timelineRequests.length, 1);
    assert.ok((await tracker.locator('.chart__bar').count()) > 0);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it('follows a commitment from the tracker to its feedback form with the keyboard', async () => {
    const { page, watch } = await openPage('en');
    const tracker = page.locator('hapur-commitment-tracker');
    const firstToggle = tracker.locator('[part~="commitment"] button[aria-expanded]').first();
    await firstToggle.focus();
    await page.keyboard.press('Enter');
    const feedbackButton = tracker.getByRole('button', { name: /feedback/i }).first();
    await feedbackButton.waitFor();
    await feedbackButton.focus();
    await page.keyboard.press('Enter');
    const form = page.locator('#feedback hapur-feedback-form');
    await form.waitFor();
    assert.equal(await page.locator('#feedback').isVisible(), true);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
});
