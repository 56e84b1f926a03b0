// <hapur-service-editor> on the real demo server (issue 17), keyboard only: a municipality officer signs in on
// the municipality's staff page (one sign-in for the inbox and the editor), opens the birth certificate's card,
// changes its fee and saves; the public card on the municipality's home page shows the new fee.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { DemoServer } from '../helpers/demo-server.js';
import { startDemoAndBrowser, stopDemoAndBrowser } from '../helpers/demo-browser.js';
import { axeViolations, focused, tabTo, watchPage } from '../helpers/browser.js';

const MUNICIPALITY = 'xk-example-municipality';
const SERVICE = 'example-birth-certificate';
const EDITOR = 'hapur-service-editor';

let demo: DemoServer;
let browser: Browser;
before(async () => ({ demo, browser } = await startDemoAndBrowser()));
after(() => stopDemoAndBrowser({ demo, browser }));

async function openPage(path: string, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(`${demo.url}${path}`);
  return { context, page, watch };
}

const inEditor = (page: Page, selector: string) =>
  page
    .locator(EDITOR)
    .evaluate((el, s) => (el.shadowRoot?.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

/** The text of what has focus (through shadow roots). */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el?.textContent ?? '').trim();
  });

/** The birth certificate's card on the public home page, as text. */
async function publicCard(page: Page): Promise<string> {
  const card = page.locator(`hapur-service-info[service-id="${SERVICE}"]`);
  await page.waitForFunction(
    (id) => document.querySelector(`hapur-service-info[service-id="${id}"]`)?.shadowRoot?.querySelector('.facts'),
    SERVICE,
  );
  return card.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

describe('municipality officer edits a fee (keyboard only)', () => {
  it('signs in once, changes the birth certificate fee, saves, and the public card shows the new fee', async () => {
    const home = await openPage('/examples/municipality/');
    const before = await publicCard(home.page);
    assert.ok(!before.includes('2,50'), before);
    await home.context.close();

    // One sign-in on the staff page: the inbox's form comes first; the editor shares it (same API).
    const staff = await openPage('/examples/municipality/staff.html');
    await staff.page.locator('hapur-staff-inbox #staff-token').waitFor();
    await tabTo(staff.page, 'the token field', (f) => f.id === 'staff-token');
    await staff.page.keyboard.type(await demo.staffToken(MUNICIPALITY, 'Arben Krasniqi'));
    await tabTo(staff.page, 'the sign-in button', (f) => f.part === 'sign-in-button', 4);
    await staff.page.keyboard.press('Enter');
    await staff.page.locator(`${EDITOR} [part="list"]`).waitFor();
    assert.ok((await inEditor(staff.page, '[part="signed-in"]')).includes('Arben Krasniqi'));

    // The birth certificate in the editor's list (Tab past the inbox), Enter: the form, focus on its heading.
    for (let i = 0; ; i++) {
      assert.ok(i < 200, 'Tab never reached the birth certificate link');
      await staff.page.keyboard.press('Tab');
      const f = await focused(staff.page);
      if (f.className === 'service-link' && (await focusedText(staff.page)) === 'Ekstrakt i certifikatës së lindjes')
        break;
    }
    await staff.page.keyboard.press('Enter');
    await staff.page.locator(`${EDITOR} [part="form"]`).waitFor();
    assert.equal((await focused(staff.page)).id, 'edit-title');
    assert.deepEqual(await axeViolations(staff.page), []);

    // The fee: Tab to its amount, replace it, Enter sends the form (If-Match with the version read).
    await tabTo(staff.page, 'the fee amount', (f) => f.id === 'f-costs-0-value', 80);
    assert.equal((await focused(staff.page)).value, '1');
    await staff.page.keyboard.press('ControlOrMeta+A');
    await staff.page.keyboard.type('2.50');
    await staff.page.waitForFunction(
      (tag) =>
        (
          document.querySelector(tag)?.shadowRoot?.querySelector('[part="preview"] hapur-service-info')?.shadowRoot
            ?.textContent ?? ''
        ).includes('2,50'),
      EDITOR,
    );
    await staff.page.keyboard.press('Enter');
    await staff.page.locator(`${EDITOR} .outcome--ok`).waitFor();
    assert.equal(await inEditor(staff.page, '[part="outcome"]'), 'U ruajt. Karta publike i tregon tani ndryshimet.');
    assert.equal((await focused(staff.page)).part, 'outcome', 'focus on what happened');
    await staff.page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="history"] li'),
      EDITOR,
    );
    const history = await inEditor(staff.page, '[part="history"]');
    assert.match(history, /Arben Krasniqi ndryshoi .*tarifat/, history);
    assert.deepEqual(await axeViolations(staff.page), []);
    assert.deepEqual(staff.watch.errors, []);
    await staff.context.close();

    // The public card on the home page shows the new fee; the server set the review date.
    const after = await openPage('/examples/municipality/');
    const card = await publicCard(after.page);
    assert.ok(card.includes('2,50'), card);
    const stored = (await (await fetch(`${demo.url}/api/v1/services/${SERVICE}`)).json()) as {
      costs: { value?: number }[];
      lastReviewedAt?: string;
    };
    assert.equal(stored.costs[0]?.value, 2.5);
    assert.ok(stored.lastReviewedAt, 'lastReviewedAt set by the server');
    assert.deepEqual(after.watch.errors, []);
    await after.context.close();
  });
});
