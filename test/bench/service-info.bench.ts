// Budget benchmark for <hapur-service-info> (issue: elements foundation). Prints
//  - the gzipped size of the card's own entry (Lit + the SDK's read path + one language catalogue), target ≤ 22 KB;
//  - the time from connecting cards with inline JSON to their first complete render, as a ratio against the
//    same markup inserted with plain innerHTML in the same page (target ≤ 2×).
// Numbers only: no timed assertions (these machines are noisy; the ratio is taken within one run).
//
//   node --conditions=@hapur/source --import tsx test/bench/service-info.bench.ts
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { languageFilesEsbuildPlugin } from '../../scripts/language-files.mjs';
import { launchBrowser } from '../helpers/browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
async function bundle(entry: string, options: { splitting?: boolean } = {}) {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    splitting: options.splitting ?? false,
    outdir: '/tmp/hapur-bench-out',
    conditions: ['@hapur/source', 'browser', 'import'],
    tsconfig: `${root}tsconfig.base.json`,
    // A catalogue's languages, found from its folder as the packages' builds find them (ADR 0013).
    plugins: [languageFilesEsbuildPlugin()],
    logLevel: 'error',
  });
  return result.outputFiles.filter((f) => f.path.endsWith('.js'));
}
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

// The entry a page loads for the card alone; catalogues are split chunks, of which a page loads one.
const files = await bundle('packages/elements/src/components/service-info/service-info.define.ts', { splitting: true });
const main = files.find((f) => f.path.endsWith('service-info.define.js'))!;
const chunks = files.filter((f) => f !== main);
const catalogue = chunks.find((f) => /sq/.test(f.path));
const shared = chunks.filter((f) => !/(?:^|[/-])(sq|en|sr-latn)[^/]*\.js$/.test(f.path));
const entryBytes = gz(main.text) + shared.reduce((n, f) => n + gz(f.text), 0);
const total = entryBytes + (catalogue ? gz(catalogue.text) : 0);
console.log(`Service card entry (Lit + SDK read path): ${(entryBytes / 1024).toFixed(1)} KB gzip`);
console.log(
  `  + one catalogue (sq): ${catalogue ? (gz(catalogue.text) / 1024).toFixed(1) : '?'} KB → ${(total / 1024).toFixed(1)} KB (target ≤ 22 KB)`,
);

const [page] = await bundle('test/bench/service-info.bench.page.ts');
const browser = await launchBrowser();
try {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await tab.setContent('<!doctype html><html lang="en"><body></body></html>');
  await tab.addScriptTag({ content: page!.text, type: 'module' });
  await tab.waitForFunction(() => 'benchRun' in window);
  const r = await tab.evaluate(() =>
    (window as unknown as { benchRun: () => Promise<Record<string, number>> }).benchRun(),
  );
  const f = (n: number | undefined) => (n === undefined ? '?' : n.toFixed(2));
  console.log(`\n${r['cards']} cards from inline JSON, median of ${r['runs']} runs (Chromium, headless)`);
  console.log(
    `connected → rendered  element ${f(r['elementMs'])} ms   innerHTML ${f(r['plainMs'])} ms   ratio ${f(r['ratio'])}×   (target ≤ 2×)`,
  );
} finally {
  await browser.close();
}
