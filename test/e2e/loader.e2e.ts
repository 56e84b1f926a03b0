// The CDN loader, hapur.js (issue #20): a page that includes it downloads a block's code only once that block's
// tag is on the page (added at any time, or inside a shadow root handed to `watch`), each module once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';
import { launchBrowser, watchPage } from '../helpers/browser.js';

let demo: DemoServer;
let browser: Browser;
before(async () => {
  process.env['LOG_LEVEL'] ??= 'warn';
  demo = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** A page of the demo's origin with nothing but the loader; returns the script URLs it fetches. */
async function loaderPage(): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const { errors } = watchPage(page);
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });
  await page.route(`${demo.url}/loader-test.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><title>loader</title><script type="module" src="/cdn/hapur.js"></script><main></main>',
    }),
  );
  await page.goto(`${demo.url}/loader-test.html`, { waitUntil: 'networkidle' });
  return { page, scripts, errors };
}

const blockChunks = (scripts: string[]) =>
  scripts.filter((s) => /\/chunks\/[a-z-]+\.define-/.test(s)).map((s) => /chunks\/([a-z-]+)\.define-/.exec(s)![1]);

describe('hapur.js, the loader', () => {
  it('downloads no block while none is on the page', async () => {
    const { page, scripts, errors } = await loaderPage();
    assert.deepEqual(blockChunks(scripts), []);
    assert.ok(scripts.includes('/cdn/hapur.js'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loads a block when its tag is added later, once, and the block renders', async () => {
    const { page, scripts, errors } = await loaderPage();
    await page.evaluate(() => {
      for (let i = 0; i < 2; i++) {
        const card = document.createElement('hapur-service-info');
        card.setAttribute('api', '/api/v1');
        card.setAttribute('service-id', 'example-birth-certificate');
        document.querySelector('main')!.append(card);
      }
    });
    await page.locator('hapur-service-info [part="facts"]').first().waitFor();
    assert.deepEqual(blockChunks(scripts), ['service-info']);
    assert.equal(new Set(scripts).size, scripts.length, 'no script is fetched twice');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loads a block inside a shadow root once that root is passed to watch()', async () => {
    const { page, scripts, errors } = await loaderPage();
    await page.evaluate(async () => {
      const host = document.createElement('div');
      document.querySelector('main')!.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML =
        '<hapur-participation-stats api="/api/v1" institution="xk-example-municipality"></hapur-participation-stats>';
      const loader = (await import(`${location.origin}/cdn/hapur.js`)) as { watch(root: ShadowRoot): void };
      loader.watch(root);
    });
    await page.waitForFunction(() => customElements.get('hapur-participation-stats') !== undefined);
    assert.deepEqual(blockChunks(scripts), ['participation-stats']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('gives a block inside <hapur-provider> the provider’s API, whichever module arrives first', async () => {
    const { page, errors } = await loaderPage();
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<hapur-provider api="/api/v1"><hapur-service-info service-id="example-building-permit"></hapur-service-info></hapur-provider>';
    });
    await page.locator('hapur-service-info [part="facts"]').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
