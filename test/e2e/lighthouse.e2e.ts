// Lighthouse (from npm, in Debian's Chromium) on the municipality and ministry example pages, with its
// defaults: mobile form factor, simulated slow 4G and a 4× slower CPU. Prints page × category with the
// targets beside. Asserts accessibility, best practices and SEO 100 on every run, and the parts of
// performance the page controls and that hold on any machine: no layout shift (CLS < 0.1) and the main
// content painted in time (median LCP ≤ 2.5 s). Performance ≥ 95 (median of the runs, Lighthouse's own
// advice) is asserted but marked TODO: its Total Blocking Time is the blocks' start-up work × 4 and swings
// with this shared 2-core machine's load (numbers in docs/accessibility.md#lighthouse).
// LIGHTHOUSE_RUNS sets the number of runs per page (default 3).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';
import {
  CATEGORIES,
  launchDebugChromium,
  runLighthouse,
  type Category,
  type DebugChromium,
  type LighthouseResult,
} from '../helpers/lighthouse.js';

const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
/** Why the performance target is not yet a gate (see the header); the score is still measured and printed. */
const PERFORMANCE_TODO =
  'printed, not a gate: a timed score on a shared 2-core machine (the project checks performance by printed numbers); CI 2026-11-23: medians 99/99/99/99';
const RUNS = Math.max(1, Number(process.env['LIGHTHOUSE_RUNS'] ?? 3));
const PAGES = [
  { name: 'municipality', path: 'municipality/' },
  { name: 'municipality contact', path: 'municipality/contact.html' },
  { name: 'ministry', path: 'ministry/' },
  { name: 'ministry checklist', path: 'ministry/checklist.html' },
] as const;

let demo: DemoServer;
let chrome: DebugChromium;
const runs = new Map<string, LighthouseResult[]>();

before(async () => {
  process.env['LOG_LEVEL'] ??= 'warn'; // one log line per request would bury the table
  demo = await startDemoServer();
  chrome = await launchDebugChromium();
});
after(async () => {
  await chrome?.close();
  await demo?.stop();
  if (runs.size > 0) console.log(scoreTable());
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

/** Lighthouse's runs of a page, made once and shared by that page's tests. */
async function resultsFor(path: string): Promise<LighthouseResult[]> {
  let results = runs.get(path);
  if (!results) {
    results = [];
    for (let i = 0; i < RUNS; i++) results.push(await runLighthouse(`${demo.url}/examples/${path}`, chrome.port));
    runs.set(path, results);
  }
  return results;
}

const failingText = (results: LighthouseResult[], category: Category) =>
  [
    ...new Set(
      results.flatMap((r) =>
        r.failing.filter((f) => f.category === category).map((f) => `${f.id} (${f.title}): ${f.detail}`),
      ),
    ),
  ].join('\n  ');

function scoreTable(): string {
  const head = ['page', ...CATEGORIES.map((c) => `${c} (target)`), 'TBT ms', 'LCP ms', 'CLS'];
  const rows = PAGES.filter((p) => runs.has(p.path)).map((p) => {
    const results = runs.get(p.path)!;
    const cells = CATEGORIES.map((c) => {
      const all = results.map((r) => r.scores[c]);
      const shown = c === 'performance' ? `${median(all)} [${all.join(' ')}]` : String(Math.min(...all));
      return `${shown} (${c === 'performance' ? '≥' : ''}${TARGETS[c]})`;
    });
    const metric = (k: 'tbt' | 'lcp') => String(median(results.map((r) => Math.round(r.metrics[k]))));
    const cls = Math.max(...results.map((r) => r.metrics.cls)).toFixed(3);
    return [p.name, ...cells, metric('tbt'), metric('lcp'), cls];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const bench = [...runs.values()].flat().map((r) => r.benchmarkIndex);
  return [
    `Lighthouse ${RUNS} run(s) per page, mobile; performance = median [each run]; others = lowest run.`,
    `CPU benchmark index of this machine during the runs: ${Math.min(...bench)}–${Math.max(...bench)}.`,
    line(head),
    ...rows.map(line),
  ].join('\n');
}

describe('Lighthouse on the municipality and ministry example pages', () => {
  for (const page of PAGES) {
    it(`${page.name}: accessibility, best practices and SEO score 100`, async () => {
      const results = await resultsFor(page.path);
      for (const category of ['accessibility', 'best-practices', 'seo'] as const) {
        const lowest = Math.min(...results.map((r) => r.scores[category]));
        assert.equal(lowest, TARGETS[category], `${category} ${lowest}:\n  ${failingText(results, category)}`);
      }
    });

    it(`${page.name}: no layout shift (CLS < 0.1) and the main content painted within 2.5 s (LCP)`, async () => {
      const results = await resultsFor(page.path);
      const cls = results.map((r) => r.metrics.cls);
      assert.ok(
        Math.max(...cls) < 0.1,
        `CLS ${cls.map((c) => c.toFixed(3)).join(', ')}:\n  ${failingText(results, 'performance')}`,
      );
      const lcp = median(results.map((r) => Math.round(r.metrics.lcp)));
      assert.ok(lcp <= 2500, `median LCP ${lcp} ms`);
    });

    it(
      `${page.name}: performance ≥ ${TARGETS.performance} (median of ${RUNS} runs)`,
      { todo: PERFORMANCE_TODO },
      async () => {
        const results = await resultsFor(page.path);
        const scores = results.map((r) => r.scores.performance);
        assert.ok(
          median(scores) >= TARGETS.performance,
          `performance ${median(scores)} [runs ${scores.join(', ')}], TBT ${results.map((r) => Math.round(r.metrics.tbt)).join('/')} ms:\n  ` +
            failingText(results, 'performance'),
        );
      },
    );
  }
});
