// Citizen journey on the municipality example page: find a service and read its fees and deadline,
// in each language, by mouse and by keyboard, with no accessibility violations and no console errors.
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

const card = (page: Page) => page.locator('hapur-service-info[service-id="example-birth-certificate"]');
/** What a reader sees of a block: its shadow root's rendered text (innerText does not enter shadow roots). */
const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.shadowRoot as unknown as HTMLElement | null)?.textContent ?? '');

async function openPage(lang?: string) {
  const page = await browser.newPage();
  const watch = watchPage(page);
  await page.goto(`${demo.url}/examples/municipality/`);
  if (lang) await page.locator(`button[data-set-lang="${lang}"]`).click();
  // Playwright's CSS locators pierce shadow roots: wait for the card's rendered facts.
  await card(page).locator('[part="facts"]').waitFor();
  return { page, watch };
}

describe('municipality example page', () => {
  for (const [lang, fee, deadline] of [
    ['sq', 'Taksë administrative', '30'],
    ['sr-Latn', 'Administrativna taksa', '30'],
    ['en', 'Administrative fee', '30'],
  ] as const) {
    it(`shows the birth-certificate fee and legal deadline in ${lang}, with no axe violations or console errors`, async () => {
      const { page, watch } = await openPage(lang === 'sq' ? undefined : lang);
      const text = await shadowText(page, 'hapur-service-info[service-id="example-birth-certificate"]');
      assert.ok(text.includes(fee), `fee description in ${lang}: ${text.slice(0, 300)}`);
      assert.match(text, /€|EUR/);
      assert.ok(text.includes(deadline), 'the 30-day legal deadline is shown');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(watch.errors, []);
      await page.close();
    });
  }

  it('in a language the site itself lacks (tr, as a developer sets it), shows its own text once, in English', async () => {
    const { page, watch } = await openPage();
    await page.evaluate(() => (document.documentElement.lang = 'tr'));
    const heading = page.locator('h1');
    // One language of the page's own text is shown, not all three side by side.
    assert.equal(await heading.locator('[data-l]:visible').count(), 1);
    assert.equal(await heading.locator('[data-l="en"]').isVisible(), true);
    // The blocks speak the page's language.
    await page.waitForFunction(() =>
      (document.querySelector('hapur-service-list')?.shadowRoot?.textContent ?? '').includes('Hizmetlerde ara'),
    );
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it('finds a service typed in Cyrillic on a Serbian Cyrillic page, whose data is stored in Latin', async () => {
    const { page, watch } = await openPage();
    await page.evaluate(() => (document.documentElement.lang = 'sr-Cyrl'));
    const search = page.locator('hapur-service-list input[type="search"]');
    await page.waitForFunction(() =>
      (document.querySelector('hapur-service-list')?.shadowRoot?.textContent ?? '').includes('Претражите услуге'),
    );
    await search.focus();
    await page.keyboard.type('дозвол');
    await page.waitForFunction(() => {
      const text = document.querySelector('hapur-service-list')?.shadowRoot?.textContent ?? '';
      return text.includes('Грађевинска дозвола') && !text.includes('Извод');
    });
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it('lets a keyboard user search the service list and reach the building permit', async () => {
    const { page, watch } = await openPage('en');
    const search = page.locator('hapur-service-list input[type="search"]');
    await search.focus();
    await page.keyboard.type('building');
    await page.waitForFunction(() => {
      const el = document.querySelector('hapur-service-list');
      return (
        (el?.shadowRoot?.textContent ?? '').includes('Building permit') &&
        !(el?.shadowRoot?.textContent ?? '').includes('Birth certificate extract')
      );
    });
    assert.match(await shadowText(page, 'hapur-service-list'), /Building permit/);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
});
