// What a newcomer meets first: `GET /` on the demo, the examples index it leads to, and every example
// page's language switch (the page text, the buttons and the tab's title follow it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';
import { launchBrowser, watchPage } from '../helpers/browser.js';

const LANGS = ['sq', 'sr-Latn', 'en'] as const;
/** Every example page the index links to, and the index itself. */
export const EXAMPLE_PAGES = [
  '',
  'municipality/',
  'municipality/contact.html',
  'ministry/',
  'ministry/checklist.html',
  'static/',
  'csp-strict/',
  'react/',
  'vue/',
] as const;

let demo: DemoServer;
let browser: Browser;
before(async () => {
  demo = await startDemoServer({ staticData: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** A fresh page (its own storage, so no language is remembered from another test) that records failures. */
async function openPage(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = watchPage(page);
  page.on('response', (res) => {
    if (res.status() >= 400) watch.errors.push(`${res.status()} ${res.url()}`);
  });
  await page.goto(`${demo.url}${path}`);
  return { page, watch, close: () => context.close() };
}

const languageButton = (page: Page, lang: string) => page.locator(`.language-switch button[lang="${lang}"]`);

/** The `[data-l]` texts on screen: only the current language's may be. */
const visibleLanguages = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll<HTMLElement>('[data-l]')]
        .filter((el) => el.checkVisibility())
        .map((el) => el.dataset['l']),
    ),
  ]);

describe('GET / and the examples index', () => {
  it('GET / leads to the examples index, which loads with no failed request or console error', async () => {
    const { page, watch, close } = await openPage('/');
    assert.equal(new URL(page.url()).pathname, '/examples/');
    await page.waitForLoadState('load');
    // Its stylesheet applied: the site header has the site's colour.
    const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(header, 'rgb(11, 79, 138)');
    assert.deepEqual(watch.errors, []);
    await close();
  });

  it('shows one language at a time, and its language buttons switch the text, the pressed button and the title', async () => {
    const { page, watch, close } = await openPage('/examples/');
    assert.deepEqual(await visibleLanguages(page), ['sq']);
    assert.equal(await page.locator('h1').innerText(), 'Shembuj faqesh me blloqet e Hapur');
    assert.equal(await page.title(), 'Shembuj — Hapur');
    const heading = { 'sr-Latn': 'Primeri stranica sa Hapur blokovima', en: "Example pages with Hapur's blocks" };
    const title = { 'sr-Latn': 'Primeri — Hapur', en: 'Examples — Hapur' };
    for (const lang of ['sr-Latn', 'en'] as const) {
      await languageButton(page, lang).click();
      assert.deepEqual(await visibleLanguages(page), [lang]);
      assert.equal(await page.locator('h1').innerText(), heading[lang]);
      assert.equal(await languageButton(page, lang).getAttribute('aria-pressed'), 'true');
      assert.equal(await languageButton(page, 'sq').getAttribute('aria-pressed'), 'false');
      assert.equal(await page.title(), title[lang]);
    }
    // The choice is remembered.
    await page.reload();
    assert.deepEqual(await visibleLanguages(page), ['en']);
    assert.equal(await page.title(), 'Examples — Hapur');
    // Every link on it leads somewhere.
    for (const href of await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const res = await page.request.get(href);
      assert.equal(res.status(), 200, href);
    }
    assert.deepEqual(watch.errors, []);
    await close();
  });
});

describe('page titles follow the language switch', () => {
  for (const path of EXAMPLE_PAGES) {
    it(`/examples/${path}`, async () => {
      const { page, close } = await openPage(`/examples/${path}`);
      const titles: string[] = [];
      for (const lang of ['sr-Latn', 'en', 'sq'] as const) {
        const before = await page.title();
        await languageButton(page, lang).click();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        if (lang !== 'sq') await page.waitForFunction((t) => document.title !== t, before);
        titles.push(await page.title());
      }
      assert.equal(new Set(titles).size, LANGS.length, `three different titles: ${titles.join(' | ')}`);
      // Each title is in one language: none contains another's.
      for (const title of titles) assert.ok(!titles.some((other) => other !== title && title.includes(other)), title);
      await close();
    });
  }
});
