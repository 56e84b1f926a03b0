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
    // Nor any shared chunk: the loader imports nothing before a block (a chunk it shared with the blocks' kit was one
    // more request and ~0.2 KB on every page).
    assert.deepEqual(scripts, ['/cdn/hapur.js']);
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

  // The service list carries the card's code (vite.config.ts, CARRIED): a page with both fetches one module.
  it('fetches only the list’s module for a page with a service list and cards; both render', async () => {
    const { page, scripts, errors } = await loaderPage();
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<hapur-service-info api="/api/v1" service-id="example-birth-certificate"></hapur-service-info>' +
        '<hapur-service-list api="/api/v1" institution="xk-example-municipality"></hapur-service-list>';
    });
    await page.locator('main > hapur-service-info [part="facts"]').waitFor();
    await page.locator('hapur-service-list li').first().waitFor();
    assert.deepEqual(blockChunks(scripts), ['service-list']);
    assert.equal(
      scripts.filter((s) => s.includes('/jsonld-')).length,
      0,
      'the JSON-LD writer is inside the list’s module',
    );
    // The card the list's module defined writes its JSON-LD as the card's own module does.
    const jsonLd = await page.evaluate(
      () =>
        JSON.parse(
          document.querySelector('main > hapur-service-info script[type="application/ld+json"]')!.textContent!,
        ) as { '@type': string },
    );
    assert.equal(jsonLd['@type'], 'GovernmentService');
    assert.equal(new Set(scripts).size, scripts.length, 'no script is fetched twice');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a list added after a card’s module loaded: the card keeps its definition, the list works, nothing is said', async () => {
    const { page, scripts, errors } = await loaderPage();
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<hapur-service-info api="/api/v1" service-id="example-birth-certificate"></hapur-service-info>';
    });
    await page.locator('hapur-service-info [part="facts"]').waitFor();
    await page.evaluate(() => {
      (window as unknown as { cardClass: unknown }).cardClass = customElements.get('hapur-service-info');
      const list = document.createElement('hapur-service-list');
      list.setAttribute('api', '/api/v1');
      list.setAttribute('institution', 'xk-example-municipality');
      document.querySelector('main')!.append(list);
    });
    await page.locator('hapur-service-list li').first().waitFor();
    // A card the list opens is the page's card element, upgraded by the first definition.
    await page.locator('hapur-service-list summary').first().click();
    await page.locator('hapur-service-list details[open] hapur-service-info [part="facts"]').waitFor();
    assert.equal(
      await page.evaluate(
        () => customElements.get('hapur-service-info') === (window as unknown as { cardClass: unknown }).cardClass,
      ),
      true,
    );
    assert.deepEqual(blockChunks(scripts), ['service-info', 'service-list']);
    assert.deepEqual(errors, [], 'no "already defined" warning');
    await page.close();
  });

  it('loads a block whose tag appears while the device is offline once the connection returns', async () => {
    const { page, scripts } = await loaderPage();
    await page.context().setOffline(true);
    await page.evaluate(() => {
      const card = document.createElement('hapur-service-info');
      card.setAttribute('api', '/api/v1');
      card.setAttribute('service-id', 'example-birth-certificate');
      document.querySelector('main')!.append(card);
    });
    await page.waitForTimeout(300);
    assert.deepEqual(blockChunks(scripts), [], 'nothing is asked for while offline');
    await page.context().setOffline(false);
    await page.locator('hapur-service-info [part="facts"]').waitFor();
    assert.deepEqual(blockChunks(scripts), ['service-info']);
    assert.equal(await page.evaluate(() => customElements.get('hapur-service-info') !== undefined), true);
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

  // A phone's connection drops while the page loads: Chromium keeps a module whose download broke off as failed for
  // the page (importing it again rejects without a request), so only a new URL brings it.
  it('shows the blocks when a language file’s download broke off: it is fetched again under a new URL', async () => {
    const { page } = await loaderPage();
    // Every English language file breaks off at its own URL; what is asked for again (with a query) comes.
    await page.route(/\/cdn\/chunks\/en-[^/?]+\.js$/, (route) => route.abort('connectionreset'));
    const again: string[] = [];
    page.on('requestfinished', (req) => {
      if (/\/chunks\/en-[^/?]+\.js\?/.test(req.url())) again.push(req.url());
    });
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<hapur-service-info api="/api/v1" service-id="example-birth-certificate"></hapur-service-info>';
    });
    await page.locator('hapur-service-info [part="facts"]').waitFor({ timeout: 10_000 });
    const text = await page
      .locator('hapur-service-info')
      .evaluate((el) => (el.shadowRoot as unknown as HTMLElement).textContent ?? '');
    assert.match(text, /Administrative fee/);
    assert.ok(again.length > 0, 'the language files came under a new URL');
    await page.close();
  });

  it('shows a Serbian Cyrillic reader the blocks when the transliteration’s download broke off', async () => {
    const { page } = await loaderPage();
    await page.route(/\/cdn\/chunks\/cyrl-[^/?]+\.js$/, (route) => route.abort('connectionreset'));
    await page.evaluate(() => {
      document.documentElement.lang = 'sr-Cyrl';
      document.querySelector('main')!.innerHTML =
        '<hapur-service-info api="/api/v1" service-id="example-birth-certificate"></hapur-service-info>';
    });
    await page.locator('hapur-service-info [part="facts"]').waitFor({ timeout: 10_000 });
    const text = await page
      .locator('hapur-service-info')
      .evaluate((el) => (el.shadowRoot as unknown as HTMLElement).textContent ?? '');
    assert.match(text, /Извод из матичне књиге рођених/);
    await page.close();
  });

  it('shows a block whose module’s download broke off: it is fetched again under a new URL', async () => {
    const { page } = await loaderPage();
    // The module's own URL stays failed, as Chromium keeps it; the same file under a new URL comes.
    await page.route(/\/cdn\/chunks\/service-info\.define-[^/?]+\.js$/, (route) => route.abort('connectionreset'));
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<hapur-service-info api="/api/v1" service-id="example-birth-certificate"></hapur-service-info>';
    });
    await page.locator('hapur-service-info [part="facts"]').waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('loads a block whose module failed once the connection returns', async () => {
    const { page } = await loaderPage();
    let down = true;
    await page.route(/\/cdn\/chunks\/service-info\.define-/, (route) =>
      down ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<hapur-service-info api="/api/v1" service-id="example-birth-certificate"></hapur-service-info>';
    });
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => customElements.get('hapur-service-info')), undefined);
    down = false;
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await page.locator('hapur-service-info [part="facts"]').waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('a page with a list and cards whose list module cannot load: the cards load their own module and show', async () => {
    const { page, scripts, errors } = await loaderPage();
    await page.route(/\/cdn\/chunks\/service-list\.define-[^/]+\.js/, (route) => route.abort('connectionreset'));
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<hapur-service-list api="/api/v1" institution="xk-example-municipality"></hapur-service-list>' +
        '<hapur-service-info api="/api/v1" service-id="example-birth-certificate"></hapur-service-info>';
    });
    await page.locator('hapur-service-info [part="facts"]').waitFor({ timeout: 10_000 });
    // The list's module is asked for twice (again under a new URL), then the card's.
    assert.deepEqual(blockChunks(scripts), ['service-list', 'service-list', 'service-info']);
    assert.equal(await page.evaluate(() => customElements.get('hapur-service-list')), undefined);
    assert.ok(
      errors.some((e) => e.includes('<hapur-service-list> did not load')),
      errors.join('\n'),
    );
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

// A page's own words inside a block's tag (docs/embedding.md, "Before a block arrives, and if it cannot"): shown while
// the block's code is on the way, and for good if it cannot be downloaded; a block that renders replaces them.
describe('hapur.js, the page’s own words inside a block’s tag', () => {
  it('every block: shown before its code arrives; once it is defined, neither shown nor read out', async () => {
    const { page } = await loaderPage();
    const { tags, before } = await page.evaluate(async () => {
      const { blockTags } = (await import('/cdn/hapur.js' as string)) as { blockTags: string[] };
      const tags = blockTags.filter((tag) => tag !== 'hapur-provider');
      document.querySelector('main')!.innerHTML = tags
        .map((tag) => `<${tag}><p class="own">The page's own words for ${tag}.</p></${tag}>`)
        .join('');
      // In the same task as they were added: no block module can have arrived yet.
      return {
        tags,
        before: [...document.querySelectorAll('p.own')].map((p) => ({
          defined: customElements.get(p.parentElement!.localName) !== undefined,
          shown: p.checkVisibility(),
          read: document.body.innerText.includes(p.textContent!),
        })),
      };
    });
    assert.ok(tags.length >= 13, tags.join(' '));
    assert.deepEqual(
      before,
      tags.map(() => ({ defined: false, shown: true, read: true })),
    );
    const after = await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await new Promise(requestAnimationFrame);
      return [...document.querySelectorAll('p.own')].map(
        (p) =>
          `${p.parentElement!.localName}: ${p.checkVisibility() ? 'shown' : 'hidden'}, ${document.body.innerText.includes(p.textContent!) ? 'read' : 'not read'}`,
      );
    }, tags);
    assert.deepEqual(
      after,
      tags.map((tag) => `${tag}: hidden, not read`),
    );
    await page.close();
  });

  it('stay readable, their link working, when the blocks’ shared kit cannot be downloaded', async () => {
    const { page, errors } = await loaderPage();
    // The kit every block imports breaks off, at its own URL and any other: the block can never be defined.
    await page.route(/\/cdn\/chunks\/kit-[^/]+\.js/, (route) => route.abort('connectionreset'));
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<hapur-service-info api="/api/v1" service-id="example-birth-certificate">' +
        '<p>The service card did not load. <a href="#services">All services</a></p></hapur-service-info>' +
        '<h2 id="services" tabindex="-1">Services</h2>';
    });
    for (let i = 0; i < 100 && !errors.some((e) => e.includes('<hapur-service-info> did not load')); i++)
      await page.waitForTimeout(100);
    assert.ok(
      errors.some((e) => e.includes('<hapur-service-info> did not load')),
      errors.join('\n'),
    );
    assert.equal(await page.evaluate(() => customElements.get('hapur-service-info')), undefined);
    await page.getByText('The service card did not load.').waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'All services');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#services$/);
    await page.close();
  });
});

// Issue 15: blocks keep a space from the page's own headings, and a block whose module is still on the way already
// has its box and margins (the loader's document rule, internal/block-space.ts), so nothing moves when it upgrades.
describe('hapur.js, the blocks’ outer spacing', () => {
  /** A heading, then a card whose module is held back until `release()`; `requested` once the loader asked for it. */
  async function spacingPage(width: number, pageCss = '') {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const { errors } = watchPage(page);
    let release!: () => void;
    let requested!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked = new Promise<void>((resolve) => (requested = resolve));
    await page.route(/\/cdn\/chunks\/service-info\.define-[^/]+\.js$/, async (route) => {
      requested();
      await held;
      await route.continue();
    });
    await page.route(`${demo.url}/spacing-test.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><title>spacing</title><style>${pageCss}</style><script type="module" src="/cdn/hapur.js"></script><main><h2>Services</h2><hapur-service-info api="/api/v1" service-id="example-birth-certificate"></hapur-service-info></main>`,
      }),
    );
    await page.goto(`${demo.url}/spacing-test.html`, { waitUntil: 'domcontentloaded' });
    const measure = () =>
      page.evaluate(() => {
        const block = document.querySelector('hapur-service-info')!;
        const heading = document.querySelector('h2')!;
        return {
          defined: customElements.get('hapur-service-info') !== undefined,
          display: getComputedStyle(block).display,
          marginTop: getComputedStyle(block).marginTop,
          top: block.getBoundingClientRect().top,
          gap: block.getBoundingClientRect().top - heading.getBoundingClientRect().bottom,
        };
      });
    return { page, errors, asked, release, measure };
  }

  for (const width of [360, 1280]) {
    it(`at ${width} px: the same top margin before the block's module loads and after, and space under the heading`, async () => {
      const { page, errors, asked, release, measure } = await spacingPage(width);
      await asked;
      const before = await measure();
      release();
      await page.locator('hapur-service-info [part="facts"]').waitFor();
      const after = await measure();
      assert.equal(before.defined, false, 'measured while the module was held back');
      assert.equal(before.display, 'block');
      assert.equal(before.marginTop, '24px', 'the default --hapur-block-space, 1.5rem');
      assert.equal(after.marginTop, before.marginTop);
      assert.equal(after.top, before.top, 'the block does not move when it upgrades');
      assert.ok(after.gap >= 24, `at least 24 px between the heading and the block, got ${after.gap}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('is the page’s to change: --hapur-block-space, or any rule of its own', async () => {
    for (const [css, expected] of [
      [':root { --hapur-block-space: 3rem; }', '48px'],
      ['hapur-service-info { margin-block: 0; }', '0px'],
    ] as const) {
      const { page, asked, release, measure } = await spacingPage(1280, css);
      await asked;
      assert.equal((await measure()).marginTop, expected, css);
      release();
      await page.locator('hapur-service-info [part="facts"]').waitFor();
      assert.equal((await measure()).marginTop, expected, css);
      await page.close();
    }
  });
});
