// One way to find a catalogue's languages: from its folder. A catalogue module names its folder once,
// `languageFolder((file) => import(`./translations/${file}.js`))`, and a language is found from its file
// (`translations/mk.ts`). In Node (tsx) the SDK's `languageFolder` makes a loader per UI language that imports the
// file; for the bundlers, which cannot map `${file}.js` onto the `.ts` sources, this module writes the call out as
// the table of plain `import()`s a hand-written catalogue had: Vite (the packages' builds, Storybook) and
// web-test-runner (esbuild) both call it, so every build loads a language the same way.
// docs/languages.md, "Adding a language"; ADR 0013.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A language file: its name is a BCP 47 tag in lower case (`sq.ts`, `sr-latn.ts`, `mk.ts`); nothing else is. */
export const LANGUAGE_FILE = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?\.ts$/;

/**
 * `languageFolder((file) => import(`./dir/${file}.js`), { sq, … }?)`: a folder named once, a language's file by the
 * parameter, and the languages the module holds itself.
 */
const FOLDER_LOADER =
  /\blanguageFolder\(\((\w+)\) => import\(`(\.{1,2}\/(?:[\w-]+\/)*)\$\{\1\}\.js`\)(?:,\s*\{([^{}]*)\})?\s*\)/g;

/**
 * Kosovo's languages and English first, the rest by tag: the order the tables had by hand (sq, sr-Latn, en, then the
 * languages added since), which gzip compresses best next to the bundled objects (hapur.all.js: 30 B less than sorted).
 */
const FIRST = ['sq', 'sr-latn', 'en'];
const rank = (file) => (FIRST.includes(file) ? FIRST.indexOf(file) : FIRST.length);

/** The language files (without `.ts`) in a folder, sorted. */
export const languageFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => LANGUAGE_FILE.test(name))
    .map((name) => name.slice(0, -3))
    .sort();

/**
 * The module's `languageFolder(…)` calls written out as the table of loaders by language tag a hand-written catalogue
 * would have, `{ "sq": () => import("./translations/sq.js"), "sr-Latn": …, … }`: one chunk per language, but none for a
 * language the module imports itself (`import sq from './translations/sq.js'`, given as the bundled languages: those
 * objects come first in the table, as the hand-written ones had them).
 * Returns `null` when the module has no folder loader.
 */
export function expandLanguageImports(code, id) {
  if (!code.includes('languageFolder((')) return null;
  let changed = false;
  const out = code.replace(FOLDER_LOADER, (match, _parameter, folder, bundled, at) => {
    // Not in a comment (the doc comments show the form).
    if (/^\s*(\*|\/\/)/.test(code.slice(code.lastIndexOf('\n', at) + 1, at))) return match;
    changed = true;
    const loaders = languageFiles(join(dirname(id.replace(/^\0[\w-]+:/, '')), folder))
      .sort((a, b) => rank(a) - rank(b))
      .filter((file) => !code.includes(`from '${folder}${file}.js'`))
      .map(
        (file) =>
          `${JSON.stringify(Intl.getCanonicalLocales(file)[0])}: () => import(${JSON.stringify(`${folder}${file}.js`)})`,
      );
    const inside = bundled?.trim().replace(/,$/, '');
    return `{ ${[...(inside ? [inside] : []), ...loaders].join(', ')} }`;
  });
  if (!changed) return null;
  // The import of `languageFolder` is left unused: without it, no bare `import '@hapur/sdk'` stays behind.
  const rest = out.replace(/^import \{ languageFolder \} from '[^']+';\n/m, '');
  return /\blanguageFolder\b/.test(rest) ? out : rest;
}

const SOURCE = /[/\\]packages[/\\](sdk|elements)[/\\]src[/\\].*\.ts$/;

/** The Vite plugin (before Vite's own handling of variable imports, which finds no `.js` file among the sources). */
export function languageFilesPlugin() {
  return {
    name: 'hapur-language-files',
    enforce: 'pre',
    transform(code, id) {
      if (!SOURCE.test(id)) return null;
      const out = expandLanguageImports(code, id);
      return out && { code: out, map: null };
    },
  };
}

/** The web-test-runner (web dev server) plugin: the same, on the served TypeScript before esbuild compiles it. */
export function languageFilesServerPlugin(rootDir) {
  return {
    name: 'hapur-language-files',
    transform(context) {
      const path = join(rootDir, decodeURIComponent(context.path));
      if (!SOURCE.test(path) || typeof context.body !== 'string') return undefined;
      const out = expandLanguageImports(context.body, path);
      return out ? { body: out } : undefined;
    },
  };
}

/** The esbuild plugin (the benchmarks bundle the blocks' source with esbuild): the same, as a source file loads. */
export function languageFilesEsbuildPlugin() {
  return {
    name: 'hapur-language-files',
    setup(build) {
      build.onLoad({ filter: SOURCE }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        const out = expandLanguageImports(await readFile(path, 'utf8'), path);
        return out ? { contents: out, loader: 'ts' } : undefined;
      });
    },
  };
}
