// Budget benchmark for <hapur-commitment-tracker>: a plan of 1,000 commitments × 8 milestones.
// Prints time to first render and time to apply a filter, as ratios against a plain-DOM baseline that
// builds the same rows in the same page (targets: render ≤ 2× the baseline, filter ≤ 50 ms). It also
// prints the minified + gzipped size of the tracker's entry. Numbers only: no timed assertions. Each run is
// printed as it finishes; after BENCH_TIME_LIMIT_S seconds (default 120) it stops and says it could not finish.
//
//   node --conditions=@hapur/source --import tsx test/bench/commitment-tracker.bench.ts
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { languageFilesEsbuildPlugin } from '../../scripts/language-files.mjs';
import { launchBrowser } from '../helpers/browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = async (entry: string, external: string[] = [], splitting = true) => {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    splitting,
    outdir: '/bench-out',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    external,
    conditions: ['@hapur/source', 'browser', 'import'],
    tsconfig: `${root}tsconfig.base.json`,
    // A catalogue's languages, found from its folder as the packages' builds find them (ADR 0013).
    plugins: [languageFilesEsbuildPlugin()],
    logLevel: 'error',
  });
  // The entry chunk is what a page loads first; language catalogues are separate chunks loaded on use.
  const outputs = Object.entries(result.metafile.outputs);
  const entryOut = outputs.find(([, o]) => o.entryPoint)?.[0];
  const base = (path: string) => path.split('/').pop() ?? path;
  const text = (path: string | undefined) =>
    result.outputFiles.find((f) => base(f.path) === base(path ?? ''))?.text ?? '';
  const chunks = outputs.filter(([path]) => path !== entryOut).map(([path]) => text(path));
  return { entry: text(entryOut), chunks, all: result.outputFiles.map((f) => f.text).join('\n') };
};

// The class module: the *.define.ts side-effect import would be tree-shaken (package.json "sideEffects").
const entry = 'packages/elements/src/components/commitment-tracker/commitment-tracker.ts';
const full = await bundle(entry);
const withoutLit = await bundle(entry, ['lit', 'lit/*', '@lit/*']);
const kb = (text: string) =>
  `${(Buffer.byteLength(text) / 1024).toFixed(1)} kB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} kB gzip`;
console.log(
  `Tracker entry (${entry}), minified, with lit, zod and the SDK: ${kb(full.entry)}; largest other chunk (a language): ${kb(full.chunks.sort((a, b) => b.length - a.length)[0] ?? '')}`,
);
console.log(`Tracker entry without lit (shared with the other blocks): ${kb(withoutLit.entry)}`);

const page = (await bundle('test/bench/commitment-tracker.bench.page.ts', [], false)).all;
// A benchmark that cannot finish in a few minutes is no evidence: stop after the limit and say so.
const limitSeconds = Number(process.env['BENCH_TIME_LIMIT_S'] ?? 120);
const started = Date.now();
const browser = await launchBrowser();
let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  console.error(
    `\nThe tracker benchmark did not finish in ${limitSeconds} s on this machine (the runs above are what it got through). ` +
      'A busy or slow machine makes the figures meaningless: run it again when the machine is idle, or set BENCH_TIME_LIMIT_S.',
  );
  void browser.close();
}, limitSeconds * 1000);
try {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  // The page reports each run as it goes.
  tab.on('console', (message) => console.log(`  ${message.text()}`));
  await tab.setContent('<!doctype html><html lang="en"><body></body></html>');
  await tab.addScriptTag({ content: page, type: 'module' });
  await tab.waitForFunction(() => 'benchRun' in window);
  console.log(`Tracker benchmark: a warm-up, then 5 runs (time limit ${limitSeconds} s)…`);
  const result = await tab.evaluate(() =>
    (window as unknown as { benchRun: () => Promise<Record<string, number>> }).benchRun(),
  );
  const f = (n: number | undefined) => (n === undefined ? '?' : n.toFixed(1));
  console.log(
    `\nPlan: ${result['commitments']} commitments × ${result['milestonesEach']} milestones, median of ${result['runs']} runs (Chromium, headless)`,
  );
  console.log(
    `First render   baseline ${f(result['baselineRenderMs'])} ms   tracker ${f(result['trackerRenderMs'])} ms   ratio ${f(result['renderRatio'])}×   (target ≤ 2×)`,
  );
  console.log(
    `  fastest runs baseline ${f(result['baselineRenderMinMs'])} ms   tracker ${f(result['trackerRenderMinMs'])} ms   ratio ${f(result['renderRatioMin'])}×`,
  );
  console.log(
    `Filter status  baseline ${f(result['baselineFilterMs'])} ms   tracker ${f(result['trackerFilterMs'])} ms   (target ≤ 50 ms)`,
  );
  console.log(
    `Clear filter   tracker ${f(result['trackerClearFilterMs'])} ms (shows all ${result['commitments']} rows again)`,
  );
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s in the browser)`);
} catch (error) {
  // Closing the browser at the time limit ends the page's work; anything else is a real failure.
  if (!timedOut) throw error;
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  await browser.close();
}
