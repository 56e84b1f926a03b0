#!/usr/bin/env node
// Size budgets (issue #9, #20): every block's own entry point, the CDN loader hapur.js, every block through the loader
// (all its chunks, one language) and the all-in-one hapur.all.js, gzip -9, against test/size/budgets.json.
// Builds in memory with packages/elements/vite.config.ts (`--mode block` per block, `--mode bundle` for the loader,
// `--mode bundle-all` for hapur.all.js). What each example page loads is test/e2e/page-weight.e2e.ts.
// Prints `name | size | budget | headroom | ✓/✗`, one TAP-style `# pass N` / `# fail N` pair for the test command,
// and exits 1 naming every entry over budget.
//   node test/size/budgets.mjs [--json]
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  BUDGET_LANGUAGES,
  buildChunks,
  heaviest,
  LANGUAGES,
  loadConfig,
  measureChunks,
  measureLoader,
} from './measure.mjs';

const started = Date.now();
const { budgets } = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const BLOCKS = [
  'provider',
  'service-info',
  'service-list',
  'commitment-tracker',
  'feedback-form',
  'feedback-status',
  'comments',
  'participation-stats',
  'participation-calendar',
  'reasoned-response',
  'publication-checklist',
  'staff-inbox',
  'progress-report',
  'service-editor',
];
const KB = 1024;
// The blocks hapur.all.js registers (src/all.ts): what a citizen-facing page may hold. Staff screens load alone.
const PUBLIC_BLOCKS = [
  ...readFileSync(new URL('../../packages/elements/src/all.ts', import.meta.url), 'utf8').matchAll(
    /^ {2}'hapur-([a-z-]+)': Hapur/gm,
  ),
].map((m) => m[1]);

// Configs one at a time (the config reads HAPUR_BLOCK), builds side by side, as many as there are cores.
const jobs = [];
for (const block of BLOCKS) jobs.push({ name: block, mode: 'block', config: await loadConfig('block', block) });
jobs.push({ name: 'hapur.js', mode: 'bundle', config: await loadConfig('bundle'), loader: true });
jobs.push({ name: 'hapur.all.js', mode: 'bundle-all', config: await loadConfig('bundle-all') });
const measured = new Map();
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    const chunks = await buildChunks(job.config, job.mode);
    measured.set(job.name, job.loader ? measureLoader(chunks, PUBLIC_BLOCKS) : measureChunks(chunks));
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));

const rows = [];
for (const block of BLOCKS) {
  const m = measured.get(block);
  const [lang, cat] = heaviest(m.languages);
  rows.push({
    name: block,
    bytes: m.entryBytes + m.firstUse.bytes + cat.bytes,
    detail:
      (m.firstUse.bytes ? `entry ${kb(m.entryBytes)} + on use ${kb(m.firstUse.bytes)}` : `entry ${kb(m.entryBytes)}`) +
      (cat.bytes ? ` + ${lang} ${kb(cat.bytes)}` : '; loads no catalogue'),
  });
  if (m.monitorBytes)
    rows.push({
      name: `${block} monitoring template`,
      bytes: m.monitorBytes,
      detail: 'staff only: loaded when the template is opened (mode="monitor"), with what it needs',
    });
  if (m.lazy.files.length)
    rows.push({
      name: `${block} lazy chunks`,
      bytes: m.lazy.bytes,
      detail: `${m.lazy.files.length} chunks, loaded for some data only`,
    });
}
// Languages added since the budgets were set: what one block loads for the language on top of its entry (the
// heaviest block); a page in that language pays the block's entry (its own row) plus these.
for (const lang of LANGUAGES.filter((l) => !BUDGET_LANGUAGES.includes(l))) {
  const [block, m] = BLOCKS.map((b) => [b, measured.get(b)]).reduce((a, b) =>
    b[1].languages[lang].bytes > a[1].languages[lang].bytes ? b : a,
  );
  // No row until some block ships the language.
  if (m.languages[lang].bytes === 0) continue;
  rows.push({
    name: `${lang} language files`,
    bytes: m.languages[lang].bytes,
    detail: `the heaviest block's ${lang} catalogues (${block}, ${m.languages[lang].files.length} files; entry counted on its row)`,
  });
}
rows.push({
  name: 'catalogue fallback',
  bytes: Math.max(...BLOCKS.map((block) => measured.get(block).fallbackBytes)),
  detail: 'loaded only with registerTranslation or a language a catalogue lacks',
});
rows.push({
  name: 'card JSON-LD',
  bytes: Math.max(...BLOCKS.map((block) => measured.get(block).jsonLdBytes)),
  detail: "the service card's schema.org writer, loaded once a card shows a service (not by a list's cards)",
});
rows.push({
  name: 'checklist monitor strings',
  bytes: Math.max(...BLOCKS.map((block) => measured.get(block).monitorStringsBytes)),
  detail: "the checklist's monitoring-template strings in the heaviest language, loaded with the template (staff only)",
});
rows.push({
  name: 'cyrillic data text',
  bytes: Math.max(...BLOCKS.map((block) => measured.get(block).cyrillicBytes)),
  detail: 'loaded only for readers of Serbian Cyrillic: Serbian data text stored in Latin, transliterated',
});
rows.push({
  name: 'HTTP errors',
  bytes: Math.max(...BLOCKS.map((block) => measured.get(block).httpErrorsBytes)),
  detail: "the SDK's HTTP error classes: a display read loads them only when it fails (the SDK core has them)",
});
const loader = measured.get('hapur.js');
rows.push({ name: 'hapur.js', bytes: loader.loaderBytes, detail: 'the loader and what it imports before any block' });
const [allLang, all] = heaviest(loader.languages);
rows.push({
  name: 'all blocks',
  bytes: all.bytes,
  detail: `the loader + all ${PUBLIC_BLOCKS.length} public blocks through it, ${allLang} (${all.files.length} files)`,
});
rows.push({
  name: 'all blocks, code',
  bytes: loader.code.bytes,
  detail: `the same without its language files (${loader.code.files.length} files): issue #20's 80.3 KB was hapur.js alone`,
});
const bundle = measured.get('hapur.all.js');
rows.push({ name: 'hapur.all.js', bytes: bundle.entryBytes, detail: 'entry file alone (every public block)' });
if (bundle.monitorBytes)
  rows.push({
    name: 'hapur.all.js monitoring template',
    bytes: bundle.monitorBytes,
    detail: "the checklist's monitoring template, staff only: a chunk of its own, off every citizen page",
  });
if (bundle.lazy.files.length)
  rows.push({
    name: 'hapur.all.js lazy chunks',
    bytes: bundle.lazy.bytes,
    detail: `${bundle.lazy.files.length} chunks, loaded for some data only`,
  });
for (const [lang, cat] of Object.entries(bundle.languages))
  if (BUDGET_LANGUAGES.includes(lang) || cat.bytes > 0)
    rows.push({
      name: `hapur.all.js ${lang} catalogues`,
      bytes: cat.bytes,
      detail: `${cat.files.length} chunks, loaded on use`,
    });

const problems = [];
for (const row of rows) {
  const budget = budgets[row.name];
  if (!budget) problems.push(`${row.name}: no budget in test/size/budgets.json`);
  row.budget = budget ? budget.kb * KB : undefined;
  row.ok = row.budget !== undefined && row.bytes <= row.budget;
}
for (const name of Object.keys(budgets))
  if (!rows.some((r) => r.name === name)) problems.push(`${name}: budget for something that is not measured`);
for (const [name, m] of measured)
  if (m.unaccounted?.length) problems.push(`${name}: chunks counted nowhere: ${m.unaccounted.join(', ')}`);

function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
const w = Math.max(...rows.map((r) => r.name.length));
console.log(
  `${'name'.padEnd(w)} | ${'size'.padStart(8)} | ${'budget'.padStart(8)} | ${'headroom'.padStart(9)} |   | counted`,
);
for (const r of rows) {
  const headroom =
    r.budget === undefined ? '?' : `${r.budget - r.bytes >= 0 ? '' : '-'}${kb(Math.abs(r.budget - r.bytes))}`;
  const budget = r.budget === undefined ? '—' : kb(r.budget);
  console.log(
    `${r.name.padEnd(w)} | ${kb(r.bytes).padStart(8)} | ${budget.padStart(8)} | ${headroom.padStart(9)} | ${r.ok ? '✓' : '✗'} | ${r.detail}`,
  );
}
console.log(
  '(gzip -9; KB = 1024 bytes; a block counts Lit, the SDK code it uses and the heaviest of sq/sr-latn/en it loads; languages added since have rows of their own)',
);
const over = rows.filter((r) => r.budget !== undefined && !r.ok);
for (const r of over)
  console.log(`✗ over budget: ${r.name} is ${kb(r.bytes)}, budget ${kb(r.budget)} (${r.bytes - r.budget} bytes over)`);
for (const p of problems) console.log(`✗ ${p}`);
const failed = rows.filter((r) => !r.ok).length + problems.filter((p) => !p.includes('no budget')).length;
console.log(`# pass ${rows.length - rows.filter((r) => !r.ok).length}`);
console.log(`# fail ${failed}`);
console.log(`size budgets: ${rows.length} measured in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed > 0 ? 1 : 0);
