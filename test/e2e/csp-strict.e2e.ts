// Every block on one page under `default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html hapur-jsonld`
// (examples/csp-strict/, served by the demo): each renders real content in each language, with no axe
// violations and no console error (a CSP or Trusted Types violation is one); a citizen sends a message and
// follows its status under the same policy.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { watchPage, type AxeViolation } from '../helpers/browser.js';
import type { DemoServer } from '../helpers/demo-server.js';
import { startDemoAndBrowser, stopDemoAndBrowser } from '../helpers/demo-browser.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.2 A/AA) injected through the DevTools protocol: the page's CSP blocks inline scripts. */
async function axeScan(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** The text a block rendered in its shadow root (a host's innerText is only its light DOM). */
const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

let demo: DemoServer;
let browser: Browser;
before(async () => ({ demo, browser } = await startDemoAndBrowser()));
after(() => stopDemoAndBrowser({ demo, browser }));

async function openPage(lang: string, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const { errors } = watchPage(page);
  await page.goto(`${demo.url}/examples/csp-strict/${query}`);
  await page.locator(`button[data-set-lang="${lang}"]`).click();
  await page.locator('hapur-service-info [part="facts"]').waitFor();
  await page.locator('hapur-commitment-tracker [part="commitment"]').first().waitFor();
  // The matrix is a table or cards, whichever the block's width picks; its summary is always shown.
  await page.locator('hapur-publication-checklist [part="summary"]').waitFor();
  return { page, errors };
}

const LANGS = [
  { lang: 'sq', fee: 'Taksë administrative', building: 'Leje ndërtimore', ministry: 'Ministria e Financave' },
  {
    lang: 'sr-Latn',
    fee: 'Administrativna taksa',
    building: 'Građevinska dozvola',
    ministry: 'Ministarstvo finansija',
  },
  { lang: 'en', fee: 'Administrative fee', building: 'Building permit', ministry: 'Ministry of Finance' },
] as const;

describe('csp-strict example: every block under CSP + Trusted Types', () => {
  it('enforces the policy: an HTML string sink throws, an inline script does not run', async () => {
    const page = await browser.newPage();
    const { errors } = watchPage(page);
    await page.goto(`${demo.url}/examples/csp-strict/`);
    const outcome = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'assigned';
      } catch (error) {
        return error instanceof TypeError ? 'blocked' : 'other error';
      }
    });
    assert.equal(outcome, 'blocked');
    assert.ok(
      errors.some((e) => e.includes('TrustedHTML')),
      errors.join('\n'),
    );
    await page.close();
  });

  for (const { lang, fee, building, ministry } of LANGS) {
    it(`renders card, list, tracker, form, status and checklist in ${lang} with no violation`, async () => {
      const { page, errors } = await openPage(lang);
      assert.ok((await shadowText(page, 'hapur-service-info')).includes(fee), `fee in ${lang}`);
      assert.ok((await shadowText(page, 'hapur-service-list')).includes(building), `list in ${lang}`);
      assert.equal(await page.locator('hapur-commitment-tracker [part="commitment"]').count(), 5);
      assert.ok((await shadowText(page, 'hapur-publication-checklist')).includes(ministry), `checklist in ${lang}`);
      assert.ok((await page.locator('hapur-publication-checklist [part="matrix"] tbody tr').count()) > 0);
      await page.locator('hapur-feedback-form [part="submit-button"]').waitFor();
      await page.locator('hapur-feedback-status [part="token-form"]').waitFor();

      const violations = await axeScan(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  /** Opens the page, presses "Give feedback" on the first commitment and waits for the form it leads to. */
  async function giveFeedback(viewport?: { width: number; height: number }) {
    const { page, errors } = await openPage('en');
    if (viewport) await page.setViewportSize(viewport);
    const tracker = page.locator('hapur-commitment-tracker');
    await tracker.locator('[part="commitment-toggle"]').first().click();
    await tracker.locator('[part="feedback-button"]').first().click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/examples/csp-strict/' &&
        url.hash === '#feedback' &&
        url.searchParams.get('plan') === 'xk-2026-2028' &&
        url.searchParams.get('commitment') === '1',
    );
    const form = page.locator('hapur-feedback-form');
    await form.locator('[part="submit-button"]').waitFor();
    return { page, errors, form };
  }

  it('"give feedback" on a commitment leads to the feedback form on the page, about that commitment', async () => {
    const { page, errors, form } = await giveFeedback();
    // The form says which commitment the message is about, and asks for no subject.
    assert.match(await form.locator('[part="subject"]').innerText(), /About:\s*Commitment 1/);
    assert.equal(await form.locator('[name="subject"]').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  // At a phone's and a desktop's width. TODO(s30-feedback): the browser goes to #feedback while the page is short and
  // the blocks above the form grow after it (on the old code the heading ends at 4871 px at 360 px, 3265 px at 1280 px);
  // the fix (the form brings the fragment's box into view when it first shows) costs ~65 B gzip the budgets lack.
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    const todo = 'the form is not brought into view after the blocks above it render (size budget)';
    it(
      `"give feedback" lands at the form once every block above it has rendered (${viewport.width} px)`,
      { todo },
      async () => {
        const { page, errors } = await giveFeedback(viewport);
        await page.locator('hapur-service-info [part="facts"]').waitFor();
        await page.locator('hapur-service-list [part="item"]').first().waitFor();
        await page.locator('hapur-commitment-tracker [part="commitment"]').first().waitFor();
        await page.waitForFunction(() => document.querySelectorAll(':state(loading)').length === 0);
        const seen = await page.evaluate(() => {
          const box = document.querySelector('#feedback-title')!.getBoundingClientRect();
          return { top: Math.round(box.top), bottom: Math.round(box.bottom), height: innerHeight, scrollY };
        });
        assert.ok(
          seen.top >= 0 && seen.bottom <= seen.height,
          `the form's heading is in view: ${JSON.stringify(seen)}`,
        );
        assert.deepEqual(errors, []);
        await page.close();
      },
    );
  }

  it('lets a citizen send a message and follow its status, all under the policy', async () => {
    const { page, errors } = await openPage('en');
    const form = page.locator('hapur-feedback-form');
    await form.locator('input[value="issue_report"]').check();
    await form.locator('[name="subject"]').fill('Street lighting');
    await form.locator('[name="message"]').fill('The lamp on Rruga B has been dark for a week.');
    await form.locator('[part="submit-button"]').click();
    const link = form.locator('[part="status-link"]');
    await link.waitFor();
    const reference = (await form.locator('[part="reference"]').innerText()).trim();
    assert.ok(reference.length > 0);
    await link.click();
    // The status block reads the token and takes it out of the address bar at once (issue 14), so the
    // navigation is awaited through what the block shows, and the address is checked after.
    const status = page.locator('hapur-feedback-status [part="status"]');
    await status.waitFor();
    assert.ok((await shadowText(page, 'hapur-feedback-status')).includes(reference), 'the status shows the reference');
    assert.match(await status.innerText(), /Received/);
    await page.waitForURL((url) => !url.searchParams.has('token'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a service card writes its JSON-LD through the hapur-jsonld policy, with no Trusted Types error', async () => {
    const { page, errors } = await openPage('en');
    await page.evaluate(() => {
      const card = document.createElement('hapur-service-info');
      card.setAttribute('service-id', 'example-building-permit');
      document.querySelector('hapur-provider')?.append(card);
    });
    await page.locator('hapur-service-info[service-id="example-building-permit"] [part="facts"]').waitFor();
    await page.waitForTimeout(200);
    const jsonld = await page
      .locator('hapur-service-info[service-id="example-building-permit"] > script[type="application/ld+json"]')
      .textContent();
    assert.equal((JSON.parse(jsonld ?? '{}') as { '@type'?: string })['@type'], 'GovernmentService');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
