// What the guides tell a newcomer to do, checked against the files (s26, following the docs literally):
// - a Markdown table is one block: a row after a blank line starts a second "table" with no header, which renders as
//   a paragraph of pipes (docs/api.md's reads table lost its last rows that way);
// - each example app's "Copy it" names every development package a copy outside this repository needs to build:
//   here the root's devDependencies (`@types/react`, `@types/node`) are hoisted into reach, in a copy they are not,
//   and `npm run build` stopped at its type check.
// Runs in the test command's `source-shape` step (scripts/test.mjs), from the files alone (no install, no network).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const markdown = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name));
const GUIDES = [
  'README.md',
  'CONTRIBUTING.md',
  'AGENTS.md',
  ...markdown('docs'),
  ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/README.md`),
  ...readdirSync(join(root, 'examples'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'examples', d.name, 'README.md')))
    .map((d) => `examples/${d.name}/README.md`),
].filter((path) => existsSync(join(root, path)));

test('no Markdown table in the guides is cut in two by a blank line', () => {
  const cut: string[] = [];
  for (const path of GUIDES) {
    // Fenced code is not Markdown.
    const lines = read(path)
      .replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ''))
      .split('\n');
    lines.forEach((line, i) => {
      const opensTable = /^\|.*\|\s*$/.test(line) && lines[i - 1]?.trim() === '';
      if (opensTable && !/^\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1] ?? '') && /^\|/.test(lines[i - 2] ?? ''))
        cut.push(`${path}:${i + 1}: ${line.slice(0, 60)}…`);
    });
  }
  assert.deepEqual(cut, [], 'a table row after a blank line, below a table: remove the blank line');
});

/** The package a bare import specifier names (`react-dom/client` → `react-dom`). */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Whether a package carries its own type declarations (else TypeScript needs `@types/<name>`). */
function ownTypes(name: string): boolean {
  const dir = join(root, 'node_modules', name);
  const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    types?: string;
    typings?: string;
    main?: string;
    exports?: Record<string, unknown>;
  };
  if (json.types || json.typings) return true;
  const dot = json.exports?.['.'] ?? json.main ?? './index.js';
  if (JSON.stringify(dot).includes('"types"')) return true;
  const target = typeof dot === 'string' ? dot : ((dot as { default?: string }).default ?? './index.js');
  return existsSync(join(dir, target.replace(/\.(m?)js$/, '.d.$1ts')));
}

for (const app of ['react', 'vue']) {
  test(`examples/${app}: "Copy it" names every development package a copy needs to build`, () => {
    const dir = `examples/${app}`;
    const files = [
      'vite.config.ts',
      ...readdirSync(join(root, dir, 'src'))
        .filter((name) => /\.(ts|tsx|vue)$/.test(name) && !name.includes('.type-test.'))
        .map((name) => `src/${name}`),
    ].map((file) => read(`${dir}/${file}`));
    const needed = new Set<string>();
    for (const source of files) {
      for (const [, specifier] of source.matchAll(/(?:from|import)\s+'([^'.][^']*)'/g)) {
        const name = packageOf(specifier!);
        needed.add(name);
        if (!ownTypes(name)) needed.add(`@types/${name}`);
      }
      // A Node global in the Vite config (`process.env`) is typed by @types/node.
      if (/\bprocess\.env\b/.test(source)) needed.add('@types/node');
    }
    const manifest = JSON.parse(read(`${dir}/package.json`)) as { dependencies?: Record<string, string> };
    const readme = read(`${dir}/README.md`);
    const copyIt = readme.slice(readme.indexOf('## Copy it'));
    assert.ok(readme.includes('## Copy it'), `${dir}/README.md has a "Copy it" section`);
    const missing = [...needed].filter((name) => !manifest.dependencies?.[name] && !copyIt.includes(`\`${name}\``));
    assert.deepEqual(missing, [], `${dir}/README.md "Copy it" does not name these, nor does package.json hold them`);
  });
}

// The maps a newcomer reads first (s27): every folder under a package's `src/` and every file in `scripts/` and at the
// top of `stories/` is named in its AGENTS.md, so a map does not go quiet about a folder (the SDK's `src/jsonld/`) or
// a script (`scripts/check-cem.mjs`, the `cem-check` step) that exists. A name counts when the map holds it as a word
// (`jsonld/`, `check-cem`; a script's extension and a `.d.mts` companion are optional).
const named = (map: string, name: string) =>
  new RegExp(`(^|[^\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w-]|$)`, 'm').test(map);
test('each AGENTS.md names every folder under its src/, and the root map every script and shared story file', () => {
  const missing: string[] = [];
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const map = read(`packages/${pkg}/AGENTS.md`);
    for (const entry of readdirSync(join(root, 'packages', pkg, 'src'), { withFileTypes: true }))
      if (entry.isDirectory() && !named(map, `${entry.name}/`) && !named(map, `src/${entry.name}`))
        missing.push(`packages/${pkg}/AGENTS.md: src/${entry.name}/`);
  }
  const map = read('AGENTS.md');
  const files = [
    ...readdirSync(join(root, 'scripts')).map((name) => `scripts/${name}`),
    ...readdirSync(join(root, 'stories'), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => `stories/${entry.name}`),
  ];
  for (const path of files) {
    const name = path.split('/')[1]!;
    const stem = name.replace(/(\.d)?\.(m|c)?[jt]s$/, '');
    if (name === 'tsconfig.json' || named(map, name) || named(map, stem)) continue;
    missing.push(`AGENTS.md: ${path}`);
  }
  assert.deepEqual(missing, [], 'name these in the map, with a word on what they are');
});

// A path a guide, an ADR or a map writes in backticks (`packages/…`, `test/…`, `scripts/…`, `src/…`) names a file or
// folder that exists (s27: ADR 0008 sent readers to `src/components/folder-shape.test.ts`, which lives in
// `src/internal/`). It is read from the repository root, from the document's own folder, or, for `src/…`, from a
// package; a placeholder (`<name>`, `*`, `…`, the new block `x` of a recipe) and the files docs/languages.md tells a new language to create
// (`…/mk.ts`, its worked example) are not paths to check.
test('every path the guides, ADRs and maps write in backticks exists', () => {
  const documents = [
    ...GUIDES,
    ...markdown('docs/decisions'),
    ...readdirSync(join(root, 'packages')).flatMap((pkg) => [
      `packages/${pkg}/AGENTS.md`,
      ...readdirSync(join(root, 'packages', pkg, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('README.md'))
        .map((path) => `packages/${pkg}/src/${path}`),
    ]),
  ].filter((path) => existsSync(join(root, path)));
  const packages = readdirSync(join(root, 'packages'));
  const missing: string[] = [];
  for (const path of documents) {
    const dir = path.split('/').slice(0, -1).join('/');
    for (const [, written] of read(path).matchAll(
      /`((?:packages|test|scripts|stories|examples|docs|src)\/[^`\s]*)`/g,
    )) {
      const target = written!.replace(/[#:].*$/, '');
      if (
        /[<>*{}…]|(^|\/)x(\/|\.|$)/.test(target) ||
        /\/mk\.ts$/.test(target) ||
        /(^|\/)(dist|dist-cdn|test-results)\//.test(target)
      )
        continue;
      const places = [target, join(dir, target), ...packages.map((pkg) => join('packages', pkg, target))];
      if (!places.some((place) => existsSync(join(root, place)))) missing.push(`${path}: ${written}`);
    }
  }
  assert.deepEqual(missing, [], 'these paths name nothing in the repository: correct them');
});

// The README's layout table promises "stories/: every element and state" (s27): each block folder has a story file
// with its loading, empty and error states and its "Every language" story, so the story tests (axe, every story
// rendered) see each state and each catalogue. That story is `everyLanguage(…)` (stories/every-language.ts), which
// draws the block once per UI language of the SDK's generated list: a new language is in every block's story without
// a story file edited (s28; until then each file listed each language, 14 edits per new language). The provider
// renders nothing of its own (only languages apply); the feedback form loads nothing before it shows (no loading state).
const UI_LANGUAGES = [...read('packages/sdk/src/i18n/ui-languages.ts').matchAll(/'([A-Za-z-]+)'/g)].map(
  ([, tag]) => tag!,
);
const STATES: Record<string, RegExp> = {
  loading: /^export const Loading\b/m,
  empty: /^export const (Empty|NoDataYet)\b/m,
  error: /^export const (ErrorState|ServerError)\b/m,
};
const NO_STATE: Record<string, string[]> = { provider: ['loading', 'empty', 'error'], 'feedback-form': ['loading'] };
test('every block has stories for its loading, empty and error states and one that shows it in every UI language', () => {
  assert.ok(UI_LANGUAGES.length >= 6, `UI languages read: ${UI_LANGUAGES.join(', ')}`);
  // The story draws every language of the generated list, not a list of its own.
  assert.match(read('stories/every-language.ts'), /\.\.\.UI_LANGUAGES\b/);
  const missing: string[] = [];
  for (const block of readdirSync(join(root, 'packages/elements/src/components'))) {
    const path = `stories/${block}/${block}.stories.ts`;
    if (!existsSync(join(root, path))) {
      missing.push(`${path}: no story file`);
      continue;
    }
    const source = read(path);
    for (const [state, pattern] of Object.entries(STATES))
      if (!NO_STATE[block]?.includes(state) && !pattern.test(source)) missing.push(`${path}: no ${state} story`);
    if (!/^export const EveryLanguage: Story = everyLanguage\(meta\b/m.test(source))
      missing.push(`${path}: no "Every language" story (export const EveryLanguage: Story = everyLanguage(meta…))`);
  }
  assert.deepEqual(missing, [], 'add these stories');
});

/** The ids of the institutions and services in the SDK's shipped data (what `npm start` seeds), not its sources. */
function shippedIds(dir = 'packages/sdk/data'): Set<string> {
  const ids = new Set<string>();
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() && entry.name !== 'sources') for (const id of shippedIds(path)) ids.add(id);
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const file = JSON.parse(read(path)) as Record<string, { id?: string }[] | undefined>;
    for (const list of [file['institutions'], file['services']]) for (const item of list ?? []) ids.add(item.id ?? '');
  }
  return ids;
}

test("the staff guide's and API reference's examples name institutions and services the demo has", () => {
  // `--institution xk-prishtina` and `PUT /services/prishtina-birth-certificate` could not be pasted into the demo.
  const ids = shippedIds();
  const unknown: string[] = [];
  for (const path of ['docs/staff.md', 'docs/api.md']) {
    read(path)
      .split('\n')
      .forEach((line, i) => {
        const named = [
          ...line.matchAll(/--institution ([a-z0-9-]+)/g),
          ...line.matchAll(/\b(?:GET|PUT|POST|DELETE) \/services\/([a-z0-9-]+)/g),
          ...line.matchAll(/"(?:institutionId|competentAuthorityIds)": \[?"([a-z0-9-]+)"/g),
        ];
        for (const [, id] of named) if (!ids.has(id!)) unknown.push(`${path}:${i + 1}: ${id}`);
      });
  }
  assert.deepEqual(unknown, [], 'an id the shipped data (packages/sdk/data/) does not have');
});
