// The JavaScript each example page loads, measured in Chromium on the demo server (issue #20): every script
// response (the loader, each block's module, the shared chunks, the page's language file), gzip -9 of each
// body as test/size/budgets.json counts, after the page settled and was scrolled to the end (so blocks that
// load late count too). Fails when a page is over its budget (`kb`) in test/size/page-budgets.json; prints a table
// with issue #20's target beside it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';
import { launchBrowser } from '../helpers/browser.js';
import { measurePageScripts, type PageScripts } from '../helpers/page-weight.js';

interface PageBudget {
  path: string;
  kb: number;
  target: number;
  source: string;
}
const { pages } = JSON.parse(readFileSync(new URL('../size/page-budgets.json', import.meta.url), 'utf8')) as {
  pages: Record<string, PageBudget>;
};
const KB = 1024;

let demo: DemoServer;
let browser: Browser;
const measured = new Map<string, PageScripts>();
before(async () => {
  process.env['LOG_LEVEL'] ??= 'warn';
  demo = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.stop();
  if (measured.size === 0) return;
  const cell = (kb: number) => `${kb.toFixed(1).padStart(5)} KB`;
  console.log('page                 | JS gzip  | budget   | target   | scripts');
  for (const [name, m] of measured)
    console.log(
      `${name.padEnd(20)} | ${cell(m.bytes / KB)} | ${cell(pages[name]!.kb)} | ${cell(pages[name]!.target)} | ${m.files.length}: ${m.files.map((f) => f.name).join(' ')}`,
    );
});

describe('JavaScript per example page', () => {
  for (const [name, budget] of Object.entries(pages)) {
    it(`${name} (${budget.path}) loads at most ${budget.kb} KB of JavaScript, gzip`, async () => {
      const m = await measurePageScripts(browser, `${demo.url}/examples/${budget.path}`);
      measured.set(name, m);
      assert.ok(m.files.length > 0, 'the page loads scripts');
      const detail = m.files.map((f) => `${f.name} ${(f.bytes / KB).toFixed(1)} KB`).join(', ');
      assert.ok(
        m.bytes <= budget.kb * KB,
        `${name}: ${(m.bytes / KB).toFixed(1)} KB over its ${budget.kb} KB budget (${detail})`,
      );
    });
  }
});
