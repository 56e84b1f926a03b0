// Shared helpers for cross-package browser tests: Debian's Chromium through playwright-core (no download)
// and an axe-core scan of the live page.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.2 A/AA rules) against the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol rather than a <script> tag, which a page's CSP would refuse.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** Collects console errors and failed requests of a page, so a test can assert there were none. */
export function watchPage(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      errors.push(`console.${msg.type()}: ${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  // A revalidated read (If-None-Match answered 304, the SDK reuses its copy) is reported by Chromium as
  // net::ERR_ABORTED although it succeeded: those are not failures.
  const notModified = new WeakSet<object>();
  page.on('response', (res) => {
    if (res.status() === 304) notModified.add(res.request());
  });
  page.on('requestfailed', (req) => {
    if (!notModified.has(req)) errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  return { errors };
}

/** The element that really has focus, looking through shadow roots. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: input?.name ?? '',
      value: input?.value ?? '',
      checked: input?.checked ?? false,
      part: el?.getAttribute('part') ?? '',
      className: el?.getAttribute('class') ?? '',
      lang: el?.getAttribute('data-set-lang') ?? '',
    };
  });
}
export type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, what: string, match: (f: Focused) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

/**
 * Chooses an option of the focused select with the arrow keys, as a keyboard user does. (Typing the label
 * does not work for every label: Playwright sends "ë" as inserted text, which Chromium gives to the last
 * focused text field instead of the select.)
 */
export async function chooseWithArrows(page: Page, label: string): Promise<void> {
  const selected = () =>
    page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el as HTMLSelectElement | null)?.selectedOptions?.[0]?.textContent?.trim();
    });
  for (let i = 0; i < 30 && (await selected()) !== label; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await selected(), label, JSON.stringify(await focused(page)));
}
