// Adding a UI language touches the catalogue files only (issue 18): the language list is written from the SDK's
// catalogue folder, every catalogue names its folder once and finds a language from its file, and every catalogue
// folder has a file for every UI language. Runs in the test command's `source-shape` step (scripts/test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UI_LANGUAGES } from '@hapur/sdk';
import { expandLanguageImports, languageFiles } from '../../scripts/language-files.mjs';
import { source, uiLanguages } from '../../scripts/ui-languages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOLDER_IMPORT = /\bimport\(`(\.{1,2}\/(?:[\w-]+\/)*)\$\{file\}\.js`\)/g;

/** Every catalogue folder a source module names (`import(`./translations/${file}.js`)`), by the module naming it. */
function catalogueFolders(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
        for (const line of readFileSync(path, 'utf8').split('\n'))
          for (const m of line.replace(/^\s*(\*|\/\/).*/, '').matchAll(FOLDER_IMPORT))
            out.set(relative(root, join(dirname(path), m[1]!)), relative(root, path));
    }
  };
  for (const pkg of ['sdk', 'elements']) walk(join(root, 'packages', pkg, 'src'));
  // Language files other catalogues' files import (the milestone names the tracker and the progress report share).
  out.set('packages/elements/src/translations/milestones', 'commitment-tracker and progress-report translations');
  return out;
}

test('the UI languages are the language files of the SDK catalogue (npm run i18n:languages writes the list)', () => {
  assert.deepEqual([...UI_LANGUAGES], uiLanguages());
  assert.equal(readFileSync(join(root, 'packages/sdk/src/i18n/ui-languages.ts'), 'utf8'), source(uiLanguages()));
});

test('every catalogue folder has a file for every UI language, and nothing else named like a language', () => {
  const folders = catalogueFolders();
  // The shared, services, feedback, feedback-common, staff and milestone strings, ten blocks' (the form's own since issue #20), the checklist's
  // monitoring template's (issue #20), the SDK's messages and calendar labels: docs/languages.md's "19 files".
  assert.equal(folders.size, 19, [...folders.keys()].join(', '));
  const files = UI_LANGUAGES.map((tag) => tag.toLowerCase()).sort();
  for (const [folder, module] of folders) assert.deepEqual(languageFiles(join(root, folder)), files, module);
});

test('a language added as files alone is listed, loaded by every build and by Node', async () => {
  // Inside the repository, so that the copy resolves @hapur/sdk.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/hapur-language-'));
  try {
    // A copy of a real catalogue folder with a Macedonian file added: nothing else is edited.
    const folder = join(dir, 'translations');
    cpSync(join(root, 'packages/sdk/src/i18n/translations'), folder, { recursive: true });
    writeFileSync(join(folder, 'mk.ts'), "export default { messages: { required: 'Задолжително поле.' } };\n");
    assert.ok(uiLanguages(folder).includes('mk'));
    const module = join(dir, 'catalogue.ts');
    const code = [
      "import { languageFolder } from '@hapur/sdk';",
      'export const load = (file) => import(`./translations/${file}.js`);',
      'export const table = languageFolder((file) => import(`./translations/${file}.js`));',
      '',
    ].join('\n');
    writeFileSync(module, code);
    // The builds (Vite, web-test-runner) write the folder out: one chunk per language, Macedonian among them.
    const built = expandLanguageImports(code, module) ?? '';
    assert.match(built, /"mk": \(\) => import\("\.\/translations\/mk\.js"\)/);
    assert.match(built, /"sr-Latn": \(\) => import\("\.\/translations\/sr-latn\.js"\)/);
    assert.doesNotMatch(built, /bundled|index|languageFolder\(/);
    // A language the module holds itself gets no chunk: its object comes first, as the hand-written tables had it.
    const withBundled = [
      "import sq from './translations/sq.js';",
      'export const table = languageFolder((file) => import(`./translations/${file}.js`), { sq });',
    ].join('\n');
    const bundled = expandLanguageImports(withBundled, module) ?? '';
    assert.match(bundled, /= \{ sq, "sr-Latn": \(\) => import\("\.\/translations\/sr-latn\.js"\), "en"/);
    assert.doesNotMatch(bundled, /"sq":/);
    // Node (tsx) imports the file itself: a loader per UI language, and the file of any tag.
    const { load, table } = (await import(pathToFileURL(module).href)) as {
      load(file: string): Promise<{ default: { messages: Record<string, string> } }>;
      table: Record<string, () => Promise<{ default: { messages: Record<string, string> } }>>;
    };
    assert.deepEqual(Object.keys(table), [...UI_LANGUAGES]);
    assert.equal((await table['sr-Latn']!()).default.messages['required'], 'Popunite ovo polje.');
    assert.equal((await load('mk')).default.messages['required'], 'Задолжително поле.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
