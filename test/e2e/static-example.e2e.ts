// The static example with NO API running: the blocks read only the JSON files `hapur-server export-static`
// wrote (generated here into a temporary directory by scripts/export-static-example.mjs), served by a
// plain node:http file server, in each language, with no axe violations and no console errors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { launchBrowser, watchPage, type AxeViolation } from '../helpers/browser.js';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A file server for URL prefixes → directories: no API, nothing but files. Records every path asked for. */
function serveFiles(mounts: [prefix: string, dir: string][], requested: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(path);
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    let file = mount ? resolve(mount[1], '.' + path.slice(mount[0].length - 1)) : '';
    if (mount && file.startsWith(resolve(mount[1]) + sep) && existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html');
    if (!mount || !file.startsWith(resolve(mount[1]) + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core (WCAG 2.2 A/AA rules) on the live page. Injected through the DevTools protocol rather than a
 * script tag: the page's Content-Security-Policy rightly blocks inline scripts (helpers/browser.ts's
 * axeViolations uses addScriptTag, which it refuses).
 */
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

let dataDir: string;
let server: Server;
let base: string;
let browser: Browser;
const requested: string[] = [];

before(async () => {
  const bundle = repo('packages/elements/dist-cdn/hapur.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build -w @hapur/elements\` first.`);
  dataDir = mkdtempSync(join(tmpdir(), 'hapur-static-'));
  const exported = spawnSync(process.execPath, [repo('scripts/export-static-example.mjs'), dataDir], {
    encoding: 'utf8',
  });
  assert.equal(exported.status, 0, exported.stderr);
  server = await serveFiles(
    [
      ['/examples/static/data/', dataDir],
      ['/examples/', repo('examples')],
      ['/cdn/', repo('packages/elements/dist-cdn')],
    ],
    requested,
  );
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function openPage(lang: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const { errors } = watchPage(page);
  await page.goto(`${base}/examples/static/`);
  await page.locator(`button[data-set-lang="${lang}"]`).click();
  await page.locator('hapur-service-info [part="facts"]').waitFor();
  await page.locator('hapur-commitment-tracker [part="commitment"]').first().waitFor();
  return { page, errors };
}

/** The text a block rendered in its shadow root (a host's innerText is only its light DOM). */
const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

const LANGS = [
  {
    lang: 'sq',
    fee: 'Taksë administrative',
    first: 'Avancimi i transparencës',
    building: 'Leje ndërtimore',
    other: 'shlyerjes',
  },
  {
    lang: 'sr-Latn',
    fee: 'Administrativna taksa',
    first: 'Unapređenje transparentnosti',
    building: 'Građevinska dozvola',
    other: 'izmirenim',
  },
  {
    lang: 'en',
    fee: 'Administrative fee',
    first: 'Advancing transparency',
    building: 'Building permit',
    other: 'tax-clearance',
  },
] as const;

describe('static example (no API, files from export-static)', () => {
  for (const { lang, fee, first, building, other } of LANGS) {
    it(`renders the service card, the service list and the plan's 5 commitments in ${lang}`, async () => {
      const { page, errors } = await openPage(lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);

      const card = await shadowText(page, 'hapur-service-info');
      assert.ok(card.includes(fee), `fee in ${lang}: ${card.slice(0, 300)}`);
      assert.match(card, /€|EUR/);

      const list = await shadowText(page, 'hapur-service-list');
      assert.ok(list.includes(building), `service list in ${lang}: ${list.slice(0, 300)}`);
      assert.ok(!list.includes(other), "the Ministry of Finance's service is filtered out (institution, client-side)");

      const tracker = page.locator('hapur-commitment-tracker');
      assert.equal(await tracker.locator('[part="commitment"]').count(), 5);
      assert.ok(
        (await shadowText(page, 'hapur-commitment-tracker')).includes(first),
        `first commitment's title in ${lang}`,
      );

      const violations = await axeScan(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('asked the file server for no API path: every block read a static file', () => {
    assert.ok(requested.includes('/examples/static/data/plans/xk-2026-2028.json'));
    assert.ok(requested.includes('/examples/static/data/services/index.json'));
    assert.deepEqual(
      requested.filter((p) => p.includes('/api/')),
      [],
    );
  });

  // Last: the contact page it opens reads the API, which this file server does not have.
  it('"give feedback" on a commitment leads to a feedback form page', async () => {
    const { page } = await openPage('en');
    const tracker = page.locator('hapur-commitment-tracker');
    await tracker.locator('[part="commitment-toggle"]').first().click();
    await tracker.locator('[part="feedback-button"]').first().click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/examples/municipality/contact.html' &&
        url.searchParams.get('plan') === 'xk-2026-2028' &&
        url.searchParams.get('commitment') === '1',
      { waitUntil: 'commit' },
    );
    await page.locator('hapur-feedback-form').waitFor({ state: 'attached' });
    await page.close();
  });
});
