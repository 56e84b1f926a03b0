// Builds @hapur/elements in memory with its own vite.config.ts and measures what a page downloads, gzip -9.
//   measureBlock('service-info') → one block alone (`--mode block`): its entry + the static chunks it imports,
//                                   plus the catalogues of ONE language (a page loads one; the heaviest is counted)
//   measureChunks(all-in-one)    → dist-cdn/hapur.all.js (`--mode bundle-all`) and, per language, its catalogue chunks
//   measureLoader(loader build)  → dist-cdn/hapur.js (`--mode bundle`) alone, and every block with it (all chunks, one language)
// Nothing is written to disk: the config's outDir is ignored (write: false).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';

export const elementsDir = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
/** Every UI language's catalogue files (`translations/<lang>.ts`): a page loads one language's. */
export const LANGUAGES = ['sq', 'sr-latn', 'en', 'tr', 'bs', 'sr-cyrl'];
/**
 * The languages a block's own budget row holds for (the heaviest of them is counted with its entry): those the
 * budgets were set with. A language added since is counted as language files on rows of its own
 * (`<lang> language files`, `hapur.all.js <lang> catalogues`), so adding one does not eat a block's budget.
 */
export const BUDGET_LANGUAGES = ['sq', 'sr-latn', 'en'];

/** gzip -9 size in bytes of UTF-8 text (string lengths count UTF-16 units, not bytes). */
export const gzipBytes = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/**
 * Loads the elements' config for one mode. The config reads HAPUR_BLOCK while it is evaluated, so configs are
 * loaded one at a time (the builds themselves may then run side by side).
 */
export async function loadConfig(mode, block) {
  if (block) process.env['HAPUR_BLOCK'] = block;
  const loaded = await loadConfigFromFile(
    { command: 'build', mode },
    join(elementsDir, 'vite.config.ts'),
    elementsDir,
    'silent',
  );
  if (!loaded) throw new Error(`size: packages/elements/vite.config.ts did not load for mode ${mode}`);
  return loaded.config;
}

/** Runs one build from a loaded config and returns its JS chunks (rolldown output chunks). */
export async function buildChunks(config, mode) {
  const result = await build({
    ...config,
    configFile: false,
    root: elementsDir,
    mode,
    logLevel: 'silent',
    build: { ...config.build, write: false },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
}

/** The chunk itself and every chunk it imports statically, transitively. */
function closure(start, byName) {
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) {
      const dep = byName.get(name);
      if (dep) visit(dep);
    }
  };
  for (const chunk of start) visit(chunk);
  return seen;
}

/** The service card's JSON-LD writer, a chunk of its own (see measureChunks). */
const JSON_LD = /components\/service-info\/jsonld\.ts$/;

/** A language's catalogue chunks: dynamic entries whose module is a translations/<lang>.ts file. */
/**
 * A language's catalogue chunk: one catalogue file (a dynamic entry), or a group of them that one build puts in one chunk
 * (hapur.all.js: a language's feedback strings, vite.config.ts `LANGUAGE_GROUPS`), with Rolldown's helpers at most.
 */
/**
 * The checklist's monitoring-template strings (`publication-checklist/translations/monitor/`): loaded with the
 * template, when staff open it, never by the public checklist; measured on their own row, not in a language's.
 */
const MONITOR_STRINGS = /\/publication-checklist\/translations\/monitor\/[a-z-]+\.ts$/;
const isMonitorStrings = (chunk) => MONITOR_STRINGS.test(chunk.facadeModuleId ?? '');
const isCatalogue = (chunk, lang) => {
  if (isMonitorStrings(chunk)) return false;
  const file = new RegExp(`/translations/(?:[a-z-]+/)?${lang}\\.ts$`);
  if (chunk.facadeModuleId) return chunk.isDynamicEntry && file.test(chunk.facadeModuleId);
  const own = chunk.moduleIds.filter((id) => !id.startsWith('\0rolldown/'));
  return own.length > 0 && own.every((id) => file.test(id));
};

/**
 * Modules a block imports on its first use (the form: at the first focus, press or send) or for one of its usual
 * sources (the tracker: a file, `data-src` or inline JSON, read with zod; from the API it loads none of it), or
 * for one of its views (the tracker's timeline, when a reader first shows it), or for its downloads (the tracker's
 * and the checklist's, at the first press of a download button), not for some data only: counted with the block's
 * entry, so its row is what a page with the block may load.
 */
const FIRST_USE =
  /\/(components\/feedback-form\/validation|internal\/client\/submit-lazy|components\/commitment-tracker\/(tracker-source|tracker-timeline-view|tracker-download)|components\/publication-checklist\/checklist-download)\.ts$/;

/**
 * Splits a build's chunks into what every page loads (the entry and its static imports) and, per language,
 * what that language adds (its catalogues and anything they import that the entry does not).
 */
export function measureChunks(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entries = chunks.filter((c) => c.isEntry);
  if (entries.length !== 1) throw new Error(`size: expected one entry chunk, got ${entries.length}`);
  const always = closure(entries, byName);
  const sum = (set) => [...set].reduce((n, c) => n + gzipBytes(c.code), 0);
  const languages = {};
  for (const lang of LANGUAGES) {
    const extra = [
      ...closure(
        chunks.filter((c) => isCatalogue(c, lang)),
        byName,
      ),
    ].filter((c) => !always.has(c));
    languages[lang] = { bytes: sum(extra), files: extra.map((c) => c.fileName) };
  }
  const counted = new Set([...always, ...Object.values(languages).flatMap((l) => l.files.map((f) => byName.get(f)))]);
  // The monitoring template's strings, per language: the heaviest is what a member of staff loads with it.
  const monitorStrings = chunks.filter(isMonitorStrings);
  monitorStrings.forEach((c) => counted.add(c));
  // The catalogue fallback (internal/catalogue-fallback.ts): loaded only on a page that registered strings of its
  // own (registerTranslation) or shows a language a catalogue lacks; measured once, on its own row.
  const fallback = chunks.filter((c) => /internal\/catalogue-fallback\.ts$/.test(c.facadeModuleId ?? ''));
  fallback.forEach((c) => counted.add(c));
  // Code a block loads on its first use rather than with the page (the form's checks and send, with zod: issue #20):
  // part of the block's weight, counted with its entry, apart from what only some data needs.
  const firstUse = [
    ...closure(
      chunks.filter((c) => c.isDynamicEntry && FIRST_USE.test(c.facadeModuleId ?? '')),
      byName,
    ),
  ].filter((c) => !counted.has(c));
  firstUse.forEach((c) => counted.add(c));
  // The service card's JSON-LD writer (components/service-info/jsonld.ts): loaded by a card once it shows a service
  // (not with no-jsonld, so never by a list's cards); measured once, on its own row ('card JSON-LD').
  const jsonLd = chunks.filter((c) => JSON_LD.test(c.facadeModuleId ?? ''));
  jsonLd.forEach((c) => counted.add(c));
  // The transliteration of Serbian data text for readers of Serbian Cyrillic (internal/cyrl.ts, the SDK's
  // inReaderScript): loaded only on pages in sr-Cyrl; measured once, on its own row.
  const cyrillic = chunks.filter((c) => /internal\/cyrl\.ts$/.test(c.facadeModuleId ?? ''));
  cyrillic.forEach((c) => counted.add(c));
  // The SDK's HTTP error classes (errors/http-error-from.ts and the classes it picks from): a display read
  // (loadDocument) imports them when a read fails (issue #20); a block whose first use loads the SDK core has them
  // and the checklist's monitoring template with it. The chunk holding only them is measured once, on its own row
  // ('HTTP errors').
  const httpErrors = chunks.filter(
    (c) =>
      !counted.has(c) &&
      !always.has(c) &&
      c.moduleIds.some((id) => /sdk\/src\/errors\/http-error-from\.ts$/.test(id)) &&
      c.moduleIds.every((id) => /sdk\/src\/(errors\/|shapes\/problem\.generated\.ts$)|^\0rolldown\//.test(id)),
  );
  httpErrors.forEach((c) => counted.add(c));
  // The checklist's monitoring template (components/publication-checklist/checklist-staff.ts and what it brings): staff
  // load it when they open the template, a citizen's page never; measured on a row of its own.
  const monitor = [
    ...closure(
      chunks.filter(
        (c) => c.isDynamicEntry && /publication-checklist\/checklist-staff\.ts$/.test(c.facadeModuleId ?? ''),
      ),
      byName,
    ),
  ].filter((c) => !counted.has(c));
  monitor.forEach((c) => counted.add(c));
  // Code a block imports lazily for some data only (the tracker's date parser, for hand-written files): counted
  // on its own row, since most pages never load it.
  const lazy = [
    ...closure(
      chunks.filter((c) => c.isDynamicEntry && !counted.has(c)),
      byName,
    ),
  ].filter((c) => !counted.has(c));
  lazy.forEach((c) => counted.add(c));
  const unaccounted = chunks.filter((c) => !counted.has(c)).map((c) => c.fileName);
  return {
    entry: entries[0].fileName,
    entryBytes: sum(always),
    languages,
    firstUse: { bytes: sum(firstUse), files: firstUse.map((c) => c.fileName) },
    lazy: { bytes: sum(lazy), files: lazy.map((c) => c.fileName) },
    monitorBytes: sum(monitor),
    fallbackBytes: sum(fallback),
    jsonLdBytes: sum(jsonLd),
    monitorStringsBytes: Math.max(0, ...monitorStrings.map((c) => gzipBytes(c.code))),
    cyrillicBytes: sum(cyrillic),
    httpErrorsBytes: sum(httpErrors),
    unaccounted,
  };
}

/** The heaviest language of a measurement among `among` (default: the budget languages): the one a budget must hold for. */
export function heaviest(languages, among = BUDGET_LANGUAGES) {
  return Object.entries(languages)
    .filter(([lang]) => among.includes(lang))
    .reduce((a, b) => (b[1].bytes > a[1].bytes ? b : a));
}

/**
 * The loader build (`--mode bundle`): the loader with what it imports statically (what every page pays before
 * any block), and, per language, what a page with all of `blocks` loads: their define chunks, what those
 * import, and the language's catalogues among what they import dynamically.
 */
export function measureLoader(chunks, blocks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entries = chunks.filter((c) => c.isEntry);
  if (entries.length !== 1) throw new Error(`size: expected one loader entry, got ${entries.length}`);
  const loader = closure(entries, byName);
  const sum = (set) => [...set].reduce((n, c) => n + gzipBytes(c.code), 0);
  const defines = blocks.map((block) => {
    const chunk = chunks.find((c) => (c.facadeModuleId ?? '').endsWith(`/${block}/${block}.define.ts`));
    if (!chunk) throw new Error(`size: the loader build has no module for ${block}`);
    return chunk;
  });
  // A block whose module another block's carries (a copy of its define module, vite.config.ts's CARRIED): the loader
  // fetches only the carrier's when both are on the page.
  const carried = (chunk) =>
    defines.some(
      (other) =>
        other !== chunk && other.moduleIds.some((id) => id.startsWith('\0') && id.endsWith(chunk.facadeModuleId)),
    );
  const page = closure([...entries, ...defines.filter((chunk) => !carried(chunk))], byName);
  const imported = [...page].flatMap((c) => c.dynamicImports.map((d) => byName.get(d)));
  // A page with every public block has a service card, which loads its JSON-LD writer.
  const isJsonLd = (c) => JSON_LD.test(c.facadeModuleId ?? '');
  // The blocks' code without any language file: how issue #20 measured "all blocks together ≤ 70 KB (today 80.3)",
  // the all-in-one hapur.js alone, its catalogues being rows of their own.
  const code = closure([...page, ...imported.filter((c) => c && isJsonLd(c))], byName);
  const languages = {};
  for (const lang of LANGUAGES) {
    const all = closure([...page, ...imported.filter((c) => c && (isCatalogue(c, lang) || isJsonLd(c)))], byName);
    languages[lang] = { bytes: sum(all), files: [...all].map((c) => c.fileName) };
  }
  return {
    entry: entries[0].fileName,
    loaderBytes: sum(loader),
    code: { bytes: sum(code), files: [...code].map((c) => c.fileName) },
    languages,
  };
}
