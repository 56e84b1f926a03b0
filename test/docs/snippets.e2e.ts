// The TypeScript a newcomer copies from the guides compiles against the packages as they are (s26): every ```ts,
// ```tsx and ```js block in the guides that imports from `@hapur/…` is written to a scratch folder and type-checked
// with the repository's strict settings, through each package's TypeScript source (the `@hapur/source` condition), so
// a renamed export, option, prop or event `detail` field fails here rather than in a reader's editor. A snippet that
// shows a fragment (no `@hapur/` import, like the webhook check in docs/staff.md) is not compiled.
// Runs in the test command's e2e step (a whole TypeScript program: ~20-60 s):
//   node scripts/node-test.mjs test/docs --suffix=.e2e.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const GUIDES = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  ...['packages', 'examples'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}/README.md`)),
  // The READMEs inside a package's source (the SDK client's page, each block's folder), which its map links to.
  ...readdirSync(join(root, 'packages')).flatMap((pkg) =>
    readdirSync(join(root, 'packages', pkg, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('README.md'))
      .map((path) => `packages/${pkg}/src/${path}`),
  ),
].filter((path) => existsSync(join(root, path)));

interface Snippet {
  guide: string;
  line: number;
  file: string;
  source: string;
}

const scratch = join(root, 'node_modules/.cache/hapur-doc-snippets');
const snippets: Snippet[] = [];
for (const guide of GUIDES) {
  const text = readFileSync(join(root, guide), 'utf8');
  for (const match of text.matchAll(/^```(ts|tsx|js)\n([\s\S]*?)^```/gm)) {
    const [, lang, source] = match;
    if (!/from '@hapur\/|import '@hapur\//.test(source!)) continue;
    const line = text.slice(0, match.index).split('\n').length + 1;
    const file = join(scratch, `${guide.replace(/[/.]/g, '-')}-${line}.${lang === 'tsx' ? 'tsx' : 'ts'}`);
    snippets.push({ guide, line, file, source: source! });
  }
}

test('the guides have TypeScript snippets that import the packages', () => {
  assert.ok(snippets.length >= 5, `found ${snippets.length}`);
  assert.ok(snippets.some((s) => s.guide === 'docs/getting-started.md' && s.file.endsWith('.tsx')));
});

test('every TypeScript snippet in the guides that imports @hapur/… compiles', () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // ES modules, as in the repository: a snippet may await at its top level.
  writeFileSync(join(scratch, 'package.json'), '{ "type": "module", "private": true }\n');
  // Each snippet is a module of its own; its names need not be used.
  for (const s of snippets) writeFileSync(s.file, `export {};\n${s.source}`);
  const base = ts.readConfigFile(join(root, 'tsconfig.base.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(
    {
      ...base.config,
      compilerOptions: {
        ...base.config.compilerOptions,
        noEmit: true,
        composite: false,
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        noUnusedLocals: false,
        jsx: 'react-jsx',
        types: ['node'],
      },
    },
    ts.sys,
    scratch,
  );
  const program = ts.createProgram(
    snippets.map((s) => s.file),
    options,
  );
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && snippets.some((s) => s.file === d.file!.fileName))
    .map((d) => {
      const s = snippets.find((x) => x.file === d.file!.fileName)!;
      // Line 1 of the scratch file is the added `export {};`.
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return `${s.guide}:${s.line + line - 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  assert.deepEqual(errors, [], 'a snippet in the guides does not compile');
});
