// Bosnian and Serbian (Latin) keep the strings they write alike once, in each catalogue folder's bosnian-serbian.ts
// (issue #13). scripts/bosnian-serbian.mjs writes the spreads out for the builds and for sr-cyrl.ts: what it writes
// must be the catalogue Node loads from the sources, entry for entry, in the English catalogue's order.
// Runs in the test command's `source-shape` step (scripts/test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inlineBosnianSerbian } from '../../scripts/bosnian-serbian.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every folder with a bosnian-serbian.ts under the packages' sources. */
function sharedFolders(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'bosnian-serbian.ts') out.push(dir);
    }
  };
  for (const pkg of ['sdk', 'elements']) walk(join(root, 'packages', pkg, 'src'));
  return out.sort();
}

/** A catalogue as data: strings as they are, functions by what they return for a few kinds of arguments. */
function probe(value: unknown): unknown {
  if (typeof value === 'function')
    return [[1], [2], [5], ['Ж', 2], [2, 'Ж'], ['Ж', 'Ж']].map((args) => {
      try {
        return JSON.stringify((value as (...a: unknown[]) => unknown)(...args));
      } catch {
        return 'throws';
      }
    });
  if (Array.isArray(value)) return value.map(probe);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, probe(inner)]));
  return value;
}

/** The keys of a catalogue and of its tables, in order, as paths. */
const keyPaths = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, inner]) => [
    prefix + key,
    ...(inner && typeof inner === 'object' && !Array.isArray(inner) ? keyPaths(inner, `${prefix}${key}.`) : []),
  ]);

test('the strings Bosnian and Serbian share sit in nine or more catalogue folders', () => {
  const folders = sharedFolders();
  assert.ok(folders.length >= 9, folders.map((folder) => relative(root, folder)).join(', '));
});

test('each bs.ts and sr-latn.ts written out whole is the catalogue its sources make, in the English order', async () => {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/hapur-bosnian-serbian-'));
  try {
    for (const folder of sharedFolders())
      for (const language of ['bs', 'sr-latn']) {
        const file = join(folder, `${language}.ts`);
        const whole = inlineBosnianSerbian(readFileSync(file, 'utf8'), file);
        const name = relative(root, file);
        assert.doesNotMatch(whole, /bosnian-serbian|bosnianSerbian/, name);
        // The written-out file, importing what it imports from the folder it came from.
        const copy = join(dir, `${relative(join(root, 'packages'), file).replace(/[/\\]/g, '_')}`);
        writeFileSync(
          copy,
          whole.replace(/from '(\.{1,2}\/[^']+)\.js'/g, (_, path: string) => {
            return `from '${pathToFileURL(join(dirname(file), `${path}.ts`)).href}'`;
          }),
        );
        const sources = (await import(pathToFileURL(file).href)) as Record<string, object>;
        const written = (await import(pathToFileURL(copy).href)) as Record<string, object>;
        assert.deepEqual(Object.keys(written), Object.keys(sources), name);
        for (const key of Object.keys(sources)) {
          assert.deepEqual(probe(written[key]), probe(sources[key]), `${name}: ${key}`);
          // The English catalogue's order, which the other languages' tables follow (gzip finds their sequences).
          const english = (await import(pathToFileURL(join(folder, 'en.ts')).href)) as Record<string, object>;
          const englishKey = Object.keys(english).find((k) => k !== 'default' || key === 'default') ?? key;
          const order = keyPaths(english[key] ?? english[englishKey]!);
          const ours = keyPaths(written[key]!).filter((path) => order.includes(path));
          assert.deepEqual(
            ours,
            order.filter((path) => ours.includes(path)),
            `${name}: the order of ${key}`,
          );
        }
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a spread with an entry of the same name written by the language wins, and the carried imports come along', () => {
  const folder = mkdtempSync(join(root, 'node_modules/.cache/hapur-bosnian-serbian-'));
  try {
    writeFileSync(
      join(folder, 'en.ts'),
      "const en = { a: 'A', kinds: { x: 'X', y: 'Y', z: 'Z' }, b: (n: number) => sentence(`B ${n}`) };\nexport default en;\n",
    );
    writeFileSync(
      join(folder, 'bosnian-serbian.ts'),
      [
        "import { sentence } from '../sentence.js';",
        "const bosnianSerbian = { b: (n: number) => sentence(`Be ${n}`), kinds: { x: 'Iks', z: 'Zet' }, a: 'shared a' };",
        'export default bosnianSerbian;',
        '',
      ].join('\n'),
    );
    const source = [
      "import bosnianSerbian from './bosnian-serbian.js';",
      "const bs = { ...bosnianSerbian, a: 'own a', kinds: { ...bosnianSerbian.kinds, y: 'Ipsilon' } };",
      'export default bs;',
      '',
    ].join('\n');
    const whole = inlineBosnianSerbian(source, join(folder, 'bs.ts')).replace(/\s+/g, ' ');
    assert.match(whole, /^import \{ sentence \} from '\.\.\/sentence\.js';/);
    // English order (a, kinds, b); the language's own `a` and its own table, with the shared table's entries in it.
    assert.match(whole, /\{ a: 'own a', kinds: \{ x: 'Iks', y: 'Ipsilon', z: 'Zet', \}, b: \(n: number\) => sentence/);
    assert.doesNotMatch(whole, /shared a|bosnianSerbian/);
    assert.throws(
      () =>
        inlineBosnianSerbian(
          "import bosnianSerbian from './bosnian-serbian.js';\nexport default {};\n",
          join(folder, 'bs.ts'),
        ),
      /spreads none of it/,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
