// <hapur-publication-checklist> on the real demo server, as a citizen and a ministry's staff meet it:
// the Ministry of Finance's quarters and their hand-counted figures, the monitoring template filled in
// with the keyboard and saved, then read back in the public view; a token for another institution
// refused without losing anything typed; a draft kept across a reload; axe and the console, per language.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';
import { axeViolations, launchBrowser, watchPage } from '../helpers/browser.js';

type Lang = 'sq' | 'sr-Latn' | 'en' | 'sr-Cyrl';
const TITLE: Record<Lang, RegExp> = {
  sq: /Publikimi proaktiv:/,
  'sr-Latn': /Proaktivno objavljivanje:/,
  en: /Proactive publication:/,
  'sr-Cyrl': /Проактивно објављивање:/,
};

let shared: DemoServer;
let browser: Browser;
before(async () => {
  shared = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await shared?.stop();
});

const BLOCK = 'hapur-publication-checklist';

/** Opens a page of the demo (a fresh browser context: own storage), in a language, with the block loaded. */
async function openPage(demo: DemoServer, path = '/examples/ministry/checklist.html', lang: Lang = 'en') {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = watchPage(page);
  await page.goto(`${demo.url}${path}`);
  // The page has no Cyrillic button: a reader's own page in Serbian Cyrillic says so on <html>.
  if (lang === 'sr-Cyrl') await page.evaluate(() => document.documentElement.setAttribute('lang', 'sr-Cyrl'));
  else if (lang !== 'sq') await page.locator(`button[data-set-lang="${lang}"]`).click();
  await page.locator(`${BLOCK} [part~="matrix"]`).waitFor();
  await page.locator(`${BLOCK} [part~="title"]`).filter({ hasText: TITLE[lang] }).waitFor();
  return { page, watch: errors };
}

interface Rendered {
  period: string;
  lead: string;
  count: string;
  /** Matrix rows: requirement title, then the cells (verdict, published … en, notes). */
  rows: { title: string; cells: string[] }[];
  /** The two "share met" tables (by criterion, by language), then the trend table: rows of cell texts. */
  tables: string[][][];
}

/** What the block actually shows, read from its shadow DOM (no named helpers inside: they run in the page). */
async function readBlock(page: Page): Promise<Rendered> {
  const raw = await page.locator(BLOCK).evaluate((el) => {
    const root = el.shadowRoot!;
    return {
      period: root.querySelector<HTMLSelectElement>('#period')?.value ?? '',
      lead: root.querySelector('[part~="summary"] .lead')?.textContent ?? '',
      count: root.querySelector('.count')?.textContent ?? '',
      rows: [...root.querySelectorAll('[part~="matrix"] tbody tr')].map((tr) => ({
        title: tr.querySelector('.req__title')?.textContent ?? '',
        cells: [...tr.querySelectorAll('td')].map((c) => c.textContent ?? ''),
      })),
      tables: [...root.querySelectorAll('[part~="summary-table"], [part~="trend-table"]')].map((table) =>
        [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
      ),
    };
  });
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    period: raw.period,
    lead: clean(raw.lead),
    count: clean(raw.count),
    rows: raw.rows.map((r) => ({ title: clean(r.title), cells: r.cells.map(clean) })),
    tables: raw.tables.map((t) => t.map((r) => r.map(clean))),
  };
}

/** [met, partly, not met, share] of a summary row, without its header cell. */
const figures = (row: string[] | undefined) => row?.slice(1);

/** Switches the block to the monitoring template through the page's staff form, as a staff member would. */
async function signIn(page: Page, token: string, period: string) {
  await page.locator('#staff-token').fill(token);
  await page.locator('#staff-period').fill(period);
  await page.locator('#staff-form button[type="submit"]').press('Enter');
  await page.locator(`${BLOCK} [part~="monitor"] #field-published`).waitFor();
}

/** Chooses an option of a template select with the keyboard (type-ahead on the focused control). */
async function choose(page: Page, field: string, label: string) {
  const select = page.locator(`${BLOCK} #field-${field}`);
  await select.focus();
  await page.keyboard.type(label);
  assert.equal(await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim()), label);
}

async function typeInto(page: Page, field: string, value: string) {
  await page.locator(`${BLOCK} #field-${field}`).focus();
  await page.keyboard.type(value);
}

type Plan = 'compliant' | 'partial' | 'missing';
/** Records one requirement in the English template. */
async function record(page: Page, n: number, plan: Plan) {
  if (plan === 'missing') {
    await choose(page, 'published', 'No');
  } else {
    await choose(page, 'published', 'Yes');
    await typeInto(page, 'url', `https://mf.example/doc-${n}`);
    await choose(page, 'complete', plan === 'partial' ? 'Partly' : 'Yes');
    await choose(page, 'timely', 'Yes');
    await choose(page, 'accessible', 'Yes');
    await choose(page, 'lang-sq', 'Yes');
    await choose(page, 'lang-sr-Latn', plan === 'partial' ? 'Partly' : 'Yes');
    await choose(page, 'lang-en', plan === 'partial' ? 'No' : 'Yes');
  }
  if (plan !== 'compliant') {
    await typeInto(page, 'correctiveAction', `Publish the full text of item ${n}`);
    await typeInto(page, 'responsibleUnit', 'Budget department');
  }
}

const legend = async (page: Page) =>
  ((await page.locator(`${BLOCK} [part~="monitor"] legend`).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('publication checklist on the demo server', () => {
  it('shows the latest quarter with its hand-counted figures, other quarters and the gaps filter', async () => {
    const { page, watch } = await openPage(shared);
    let seen = await readBlock(page);
    assert.equal(seen.period, '2026-Q3');
    assert.equal(seen.rows.length, 14);
    assert.equal(seen.lead, '10 of 14 requirements are fully met (71%).');
    const [criteria, languages, trend] = seen.tables;
    assert.deepEqual(criteria?.[0], ['Published', '14', '0', '0', '100%']);
    assert.deepEqual(figures(languages?.[0]), ['14', '0', '0', '100%']); // sq
    assert.deepEqual(
      trend?.map((r) => r.slice(1, 4)),
      [
        ['2', '8', '4'],
        ['5', '7', '2'],
        ['10', '4', '0'],
      ],
    );
    const verdicts = seen.rows.map((r) => r.cells[0] ?? '');
    assert.equal(verdicts.filter((v) => /^✓ Compliant$/.test(v)).length, 10);
    assert.equal(verdicts.filter((v) => /Partly compliant/.test(v)).length, 4);

    await page.locator(`${BLOCK} #period`).selectOption('2026-Q1');
    await page.locator(`${BLOCK} caption`).filter({ hasText: 'Q1 2026' }).waitFor();
    seen = await readBlock(page);
    assert.equal(seen.rows.length, 14);
    assert.equal(seen.lead, '2 of 14 requirements are fully met (14%).');
    assert.deepEqual(seen.tables[0]?.[0], ['Published', '9', '1', '4', '64%']);
    assert.deepEqual(
      seen.tables[1]?.slice(0, 3).map((r) => r.slice(1, 4)),
      [
        ['10', '0', '4'],
        ['4', '3', '7'],
        ['2', '0', '12'],
      ],
    );

    await page.locator(`${BLOCK} #gaps`).check();
    await page.locator(`${BLOCK} .count`).filter({ hasText: 'Showing 12 of 14' }).waitFor();
    seen = await readBlock(page);
    assert.equal(seen.rows.length, 12);
    assert.ok(seen.rows.every((r) => !/^✓ Compliant$/.test(r.cells[0] ?? '')));
    assert.deepEqual(watch.errors, []);
    await page.close();

    // The same block on the ministry's home page.
    const home = await openPage(shared, '/examples/ministry/');
    const there = await readBlock(home.page);
    assert.equal(there.period, '2026-Q3');
    assert.equal(there.rows.length, 14);
    assert.equal(there.lead, '10 of 14 requirements are fully met (71%).');
    assert.deepEqual(home.watch.errors, []);
    await home.page.close();
  });

  it('records a new quarter with the keyboard, and the public view shows exactly what was saved', async () => {
    const demo = await startDemoServer(); // its own database: this test writes 2026-Q4
    try {
      const { page, watch } = await openPage(demo);
      await signIn(page, await demo.staffToken('xk-mf'), '2026-Q4');
      // The page's script moves focus from its staff form to the checklist's heading, just above the template.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'checklist-title');
      const plans = (['compliant', 'partial', 'missing'] as const).flatMap((p, i) =>
        Array.from({ length: [8, 3, 3][i] ?? 0 }, () => p),
      );
      const titles: string[] = [];
      for (const [i, plan] of plans.entries()) {
        assert.match(await legend(page), new RegExp(`^Requirement ${i + 1} of 14: `));
        titles.push((await legend(page)).replace(/^Requirement \d+ of 14: /, ''));
        await record(page, i + 1, plan);
        if (i < plans.length - 1) {
          await page.locator(`${BLOCK} button`, { hasText: 'Next requirement' }).press('Enter');
          await page.locator(`${BLOCK} #field-published:focus`).waitFor();
        }
      }
      const progress = page.locator(`${BLOCK} [part~="progress"]`);
      assert.match((await progress.textContent()) ?? '', /14 of 14 recorded/);
      await page.locator(`${BLOCK} [part~="submit-button"]`).press('Enter');
      await page.locator(`${BLOCK} [part~="message"]`).filter({ hasText: '14 checks saved.' }).waitFor();
      assert.deepEqual(watch.errors, []);
      await page.close();

      // A citizen, later: no token, the latest quarter by default.
      const pub = await openPage(demo);
      const seen = await readBlock(pub.page);
      assert.equal(seen.period, '2026-Q4');
      // Hand count: 8 compliant, 3 partly (complete and sr-Latn partly, en no), 3 not published.
      assert.equal(seen.lead, '8 of 14 requirements are fully met (57%).'); // 8 of 14 judged
      const [criteria, languages, trend] = seen.tables;
      assert.deepEqual(criteria?.[0], ['Published', '11', '0', '3', '79%']);
      assert.deepEqual(criteria?.[1], ['Complete', '8', '3', '0', '73%']); // the 3 unpublished are not assessed
      assert.deepEqual(
        languages?.slice(0, 3).map((r) => r.slice(1)),
        [
          ['11', '0', '0', '100%'],
          ['8', '3', '0', '73%'],
          ['8', '0', '3', '73%'],
        ],
      );
      assert.deepEqual(trend?.at(-1)?.slice(1), ['8', '3', '3', '57%']);
      const row = (n: number) => seen.rows.find((r) => r.title === titles[n - 1]);
      assert.equal(row(1)?.cells[0], '✓ Compliant');
      assert.match(row(1)?.cells[1] ?? '', /^✓ Yes Open the document$/);
      assert.equal(row(9)?.cells[0], '◐ Partly compliant');
      assert.deepEqual(row(9)?.cells.slice(2, 8), ['◐ Partly', '✓ Yes', '✓ Yes', '✓ Yes', '◐ Partly', '✗ No']);
      assert.match(row(9)?.cells[8] ?? '', /Corrective action: Publish the full text of item 9/);
      assert.match(row(9)?.cells[8] ?? '', /Responsible unit: Budget department/);
      assert.equal(row(14)?.cells[0], '✗ Not compliant');
      assert.equal(row(14)?.cells[1], '✗ No');
      const link = pub.page.locator(`${BLOCK} [part~="matrix"] a.doc-link`).first();
      assert.match((await link.getAttribute('href')) ?? '', /^https:\/\/mf\.example\/doc-\d+$/);
      assert.deepEqual(pub.watch.errors, []);
      await pub.page.close();
    } finally {
      await demo.stop();
    }
  });

  it("refuses another institution's token with a clear message and keeps what was typed", async () => {
    const { page, watch } = await openPage(shared);
    await signIn(page, await shared.staffToken('xk-mapl'), '2026-Q4');
    await record(page, 1, 'partial');
    await page.locator(`${BLOCK} [part~="submit-button"]`).press('Enter');
    const message = page.locator(`${BLOCK} [part~="message"][role="alert"]`);
    await message.filter({ hasText: 'may not record checks' }).waitFor();
    assert.match(
      (await message.textContent()) ?? '',
      /Your token may not record checks for Ministry of Finance\. .*Your entries are kept in this browser\./,
    );
    assert.equal(await page.locator(`${BLOCK} #field-url`).inputValue(), 'https://mf.example/doc-1');
    assert.equal(await page.locator(`${BLOCK} #field-complete`).inputValue(), 'partial');
    assert.equal(
      await page.locator(`${BLOCK} #field-correctiveAction`).inputValue(),
      'Publish the full text of item 1',
    );
    assert.match((await page.locator(`${BLOCK} .step[aria-current="step"]`).textContent()) ?? '', /not yet submitted/);
    const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('xk-mf:2026-Q4')));
    assert.equal(drafts.length, 1);
    const stored = (await (await fetch(`${shared.url}/api/v1/publication-checklists/xk-mf?period=2026-Q4`)).json()) as {
      checks: unknown[];
    };
    assert.equal(stored.checks.length, 0, 'nothing reached the server');
    // The one error is the browser's own log line for the refused write (it now names the URL too).
    assert.equal(watch.errors.length, 1, watch.errors.join('\n'));
    assert.match(
      watch.errors[0] ?? '',
      /^console\.error: Failed to load resource: the server responded with a status of 403 \(Forbidden\)( \(http:\/\/[^)]*\/api\/v1\/publication-checks\))?$/,
    );
    await page.close();
  });

  it('keeps typed entries across a reload before they are saved', async () => {
    const { page } = await openPage(shared);
    const token = await shared.staffToken('xk-mf');
    await signIn(page, token, '2026-Q4');
    await record(page, 1, 'partial');
    await page.locator(`${BLOCK} button`, { hasText: 'Next requirement' }).press('Enter');
    await choose(page, 'published', 'Yes');
    await typeInto(page, 'url', 'https://mf.example/half-done');

    await page.reload();
    await page.locator(`${BLOCK} [part~="matrix"]`).waitFor();
    assert.equal(await page.locator(`${BLOCK} [part~="monitor"]`).count(), 0, 'signed out by the reload');
    await signIn(page, token, '2026-Q4');
    const message = page.locator(`${BLOCK} [part~="message"]`);
    assert.match((await message.textContent()) ?? '', /Your draft from this browser was restored\./);
    assert.equal(await page.locator(`${BLOCK} #field-url`).inputValue(), 'https://mf.example/doc-1');
    assert.equal(await page.locator(`${BLOCK} #field-lang-en`).inputValue(), 'no');
    assert.equal(await page.locator(`${BLOCK} #field-responsibleUnit`).inputValue(), 'Budget department');
    await page.locator(`${BLOCK} .step`).nth(1).click();
    assert.equal(await page.locator(`${BLOCK} #field-published`).inputValue(), 'yes');
    assert.equal(await page.locator(`${BLOCK} #field-url`).inputValue(), 'https://mf.example/half-done');
    assert.match((await page.locator(`${BLOCK} [part~="progress"]`).textContent()) ?? '', /1 of 14 recorded/);
    await page.close();
  });

  for (const lang of ['sq', 'sr-Latn', 'en'] as const) {
    it(`is axe-clean with no console errors in ${lang}, public and monitoring`, async () => {
      const { page, watch } = await openPage(shared, undefined, lang);
      let violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await signIn(page, await shared.staffToken('xk-mf'), '2026-Q4');
      await page.locator(`${BLOCK} [part~="monitor"] .heading`).first().waitFor();
      violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      // The error summary is part of the template too: submit the untouched template.
      await page.locator(`${BLOCK} [part~="submit-button"]`).press('Enter');
      await page.locator(`${BLOCK} [part~="error-summary"]`).waitFor();
      violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(watch.errors, []);
      await page.close();
    });
  }

  // Issue 15: the verdict column used to sit right of a 1,350–1,566 px table in a 1,022 px box (cut or out of view).
  // Serbian Cyrillic's wider words cut the notes column off at a 1,022 px block until the matrix began at 68rem.
  for (const lang of ['sq', 'sr-Latn', 'en', 'sr-Cyrl'] as const) {
    it(`shows every requirement's verdict without sideways scrolling at 360 and 1280 px (${lang})`, async () => {
      const { page, watch } = await openPage(shared, undefined, lang);
      for (const [width, layout] of [
        [360, 'cards'],
        [1280, 'table'],
      ] as const) {
        await page.setViewportSize({ width, height: 900 });
        const seen = await page.locator(BLOCK).evaluate((el) => {
          const root = el.shadowRoot!;
          const box = el.getBoundingClientRect();
          const table = root.querySelector<HTMLElement>('.matrix-wrap')!;
          const shown = table.checkVisibility() ? table : root.querySelector<HTMLElement>('.cards')!;
          // Every box inside the shown layout that could scroll sideways, and does.
          const scrolling = [shown, ...shown.querySelectorAll<HTMLElement>('*')]
            .filter((n) => n.scrollWidth > n.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(n).overflowX))
            .map((n) => `${n.tagName.toLowerCase()}.${n.className} ${n.scrollWidth}/${n.clientWidth}`);
          const verdicts = [...shown.querySelectorAll<HTMLElement>('[class*="overall--"]')].map((v) => {
            const r = v.getBoundingClientRect();
            return { text: (v.textContent ?? '').replace(/\s+/g, ' ').trim(), left: r.left, right: r.right };
          });
          return {
            layout: shown === table ? 'table' : 'cards',
            block: { left: box.left, right: box.right },
            window: window.innerWidth,
            page: document.documentElement.scrollWidth,
            table: table.checkVisibility() ? table.querySelector('table')!.getBoundingClientRect().width : 0,
            scrolling,
            verdicts,
          };
        });
        const where = `${lang} ${width} px`;
        assert.equal(seen.layout, layout, where);
        assert.ok(seen.page <= seen.window, `${where}: the page is ${seen.page} px wide in ${seen.window}`);
        assert.deepEqual(seen.scrolling, [], `${where}: nothing in the matrix scrolls sideways`);
        assert.equal(seen.verdicts.length, 14, where);
        for (const v of seen.verdicts) {
          assert.ok(v.text.length > 2, `${where}: a verdict in words, not only a sign (${v.text})`);
          assert.ok(
            v.left >= seen.block.left && v.right <= Math.min(seen.block.right, seen.window) + 0.5,
            `${where}: "${v.text}" at ${v.left}..${v.right}, outside the block ${seen.block.left}..${seen.block.right}`,
          );
        }
        if (layout === 'table')
          assert.ok(seen.table <= seen.block.right - seen.block.left, `${where}: ${seen.table} px`);
      }
      assert.deepEqual(watch.errors, []);
      await page.close();
    });
  }

  it("shows the progress meter's true length under the page's strict CSP (no blocked inline style)", async () => {
    const { page, watch: seen } = await openPage(shared);
    await signIn(page, await shared.staffToken('xk-mf'), '2026-Q4');
    const progress = page.locator(`${BLOCK} [part~="progress"]`);
    const width = (selector: string) => progress.locator(selector).evaluate((el) => el.getBoundingClientRect().width);
    await choose(page, 'published', 'No'); // 0 of 14 recorded: the bar should be empty
    assert.match((await progress.textContent()) ?? '', /0 of 14 recorded/);
    assert.ok((await width('.meter')) > 0);
    assert.equal(await width('.meter > span'), 0, 'the bar of 0 of 14 is empty');
    assert.deepEqual(seen.errors, []);
    await page.close();
  });
});
