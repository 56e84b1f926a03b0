// What JavaScript a page loads in Chromium: every script response, gzip -9 of its body (the unit of
// test/size/budgets.json), after the page settled and was scrolled to the end. Used by page-weight.e2e.ts
// and by scripts/measure-pages.ts (the numbers in docs/embedding.md).
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

export interface PageScripts {
  /** gzip -9 bytes of every script the page loaded, summed. */
  bytes: number;
  files: { name: string; url: string; bytes: number }[];
}

export async function measurePageScripts(browser: Browser, url: string): Promise<PageScripts> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Promise<PageScripts['files'][number] | undefined>[] = [];
  page.on('response', (res: Response) => {
    if (res.request().resourceType() !== 'script') return;
    responses.push(
      res
        .body()
        .then((body) => ({
          name: new URL(res.url()).pathname.split('/').pop() ?? res.url(),
          url: res.url(),
          bytes: gzipSync(body, { level: 9 }).length,
        }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  // Every hapur-* element on the page is defined: its module came.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')].every(
      (el) => !el.localName.startsWith('hapur-') || customElements.get(el.localName),
    ),
  );
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(responses)).filter((f) => f !== undefined);
  await context.close();
  // One URL counts once (a module is fetched once per page).
  const unique = [...new Map(files.map((f) => [f.url, f])).values()];
  return { bytes: unique.reduce((n, f) => n + f.bytes, 0), files: unique };
}
