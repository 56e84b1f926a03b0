// The shape of the packages' source (issue 13), checked on the files as text (TypeScript's parser, no type check, no build; ~3 s CPU):
// - no import cycle between the modules of packages/*/src (a cycle makes evaluation order depend on which
//   module is loaded first: `routes`↔`app`, `db/driver`↔drivers and tracker catalogue↔languages were the old ones);
// - no source file over 350 lines (tests, stories and test helpers may be longer);
// - no decorator in packages/elements/src: no module imports Lit's decorators or @lit/context's `consume` (issue #20).
// Runs in the test command's `source-shape` step (scripts/test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MAX_LINES = 350;

/** Every .ts file under packages/<name>/src (declaration files left out). */
function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const src = join(root, 'packages', pkg, 'src');
    if (existsSync(src)) walk(src);
  }
  return out.sort();
}

/** Tests, stories and the helpers in test/ folders: not modules the packages load. */
const isTestFile = (path: string): boolean => /\.(test|spec|stories)\.ts$|\/test\//.test(relative(root, path));

/**
 * The modules a file loads when it runs: static `import` and `export … from` of relative paths.
 * Left out: `import type` / `export type` (erased, never loaded), and imports whose every name is marked
 * `type` — with verbatimModuleSyntax those still emit `import {} from`, but a module that only needs
 * types from another cannot depend on its evaluation order. Dynamic `import()` is left out too: it
 * loads after both modules have run, so it cannot make a cycle at evaluation.
 */
function runtimeImports(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((element) => element.isTypeOnly);
      if (onlyTypes) continue;
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      if (statement.isTypeOnly) continue;
      const clause = statement.exportClause;
      if (
        clause &&
        ts.isNamedExports(clause) &&
        clause.elements.length > 0 &&
        clause.elements.every((e) => e.isTypeOnly)
      )
        continue;
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers.filter((s) => s.startsWith('.')).map((s) => resolveModule(path, s));
}

/** `./x.js` → `./x.ts` (NodeNext specifiers name the emitted file); `./x.json` etc. stay as written. */
function resolveModule(from: string, specifier: string): string {
  const target = resolve(dirname(from), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), `${target}.ts`, join(target, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return target;
}

/** Strongly connected components of the import graph (Tarjan), those with a cycle only. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** One concrete loop through a component, for the failure message: a → b → … → a. */
function loopThrough(component: string[], graph: Map<string, string[]>): string {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const path = [start];
  const seen = new Set([start]);
  let node = start;
  for (;;) {
    const to = (graph.get(node) ?? []).filter((t) => members.has(t));
    const back = to.find((t) => t === start);
    if (back && path.length > 1) break;
    const step = to.find((t) => !seen.has(t)) ?? back;
    if (!step || step === start) break;
    path.push(step);
    seen.add(step);
    node = step;
  }
  return [...path, start].map((p) => relative(root, p)).join(' → ');
}

const files = sourceFiles();
const modules = files.filter((f) => !isTestFile(f));

test('finds the packages’ modules', () => {
  assert.ok(modules.some((f) => f.endsWith('packages/server/src/app.ts')));
  assert.ok(modules.some((f) => f.endsWith('packages/elements/src/index.ts')));
  assert.ok(modules.length > 200, `only ${modules.length} modules found`);
});

test('no import cycle between modules in packages/*/src (runtime imports; type-only ones ignored)', () => {
  const graph = new Map(modules.map((file) => [file, runtimeImports(file)]));
  const found = cycles(graph).map((component) => loopThrough(component, graph));
  assert.deepEqual(
    found,
    [],
    `import cycles (move what both sides need into a module of its own):\n${found.join('\n')}`,
  );
});

test('the cycle check sees a cycle', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  assert.deepEqual(
    cycles(graph).map((c) => c.sort()),
    [['a', 'b', 'c']],
  );
});

test(`no source file in packages/*/src over ${MAX_LINES} lines (tests, stories and test helpers aside)`, () => {
  const long = modules
    .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  assert.deepEqual(long, [], `split these files by concern:\n${long.join('\n')}`);
});

/** The lines of `text` that run SQL: a `.query(` call (not Hono's `c.req.query(`), or a string that starts a statement. */
function sqlLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => /(?<!\breq)\.query\s*[<(]|['"`]\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\s/.test(line))
    .map((line) => line.trim());
}

test('routes hold no SQL: every query is in a repository (domain/, feedback/, auth/, db/)', () => {
  const routes = modules.filter((file) => relative(root, file).startsWith('packages/server/src/routes/'));
  assert.ok(routes.length > 10, `only ${routes.length} route modules found`);
  const found = routes.flatMap((file) =>
    sqlLines(readFileSync(file, 'utf8')).map((line) => `${relative(root, file)}: ${line}`),
  );
  assert.deepEqual(found, [], `move these queries into the resource's repository:\n${found.join('\n')}`);
});

test('the SQL check sees a query', () => {
  assert.deepEqual(
    sqlLines("const { rows } = await db.query<{ doc: X }>('SELECT doc FROM plans WHERE id = $1');\nok();"),
    ["const { rows } = await db.query<{ doc: X }>('SELECT doc FROM plans WHERE id = $1');"],
  );
  assert.deepEqual(sqlLines('const s = `UPDATE submissions SET x = 1`;'), [
    'const s = `UPDATE submissions SET x = 1`;',
  ]);
  assert.deepEqual(sqlLines("const label = 'Select a status';"), []);
  assert.deepEqual(sqlLines("const page = c.req.query('page');"), []);
});

/**
 * Decorator imports in one file: Lit's decorators (`lit/decorators.js`, `lit/decorators/…`, @lit/reactive-element's)
 * and @lit/context's `consume`. The blocks declare reactive properties with `static properties` and take the
 * provider's settings with `consumeConfig` (internal/context.ts): one decorator would bring TypeScript's decorator
 * helper and Lit's decorator code back into what the pages load (issue #20; packages/elements/AGENTS.md).
 */
function decoratorImports(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const from = specifier.text;
    if (/^(lit|@lit\/reactive-element|lit-element)\/decorators([./]|$)/.test(from)) found.push(from);
    else if (from === '@lit/context') {
      const named = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : statement.exportClause;
      const names =
        named && (ts.isNamedImports(named) || ts.isNamedExports(named))
          ? named.elements.map((e) => (e.propertyName ?? e.name).text)
          : [];
      if (names.includes('consume')) found.push(`consume from ${from}`);
    }
  }
  return found;
}

test('no module in packages/elements/src imports a decorator (Lit’s property/state, @lit/context’s consume)', () => {
  const elements = modules.filter((file) => relative(root, file).startsWith('packages/elements/src/'));
  assert.ok(elements.length > 100, `only ${elements.length} element modules found`);
  const found = elements.flatMap((file) =>
    decoratorImports(file, readFileSync(file, 'utf8')).map((what) => `${relative(root, file)}: ${what}`),
  );
  assert.deepEqual(
    found,
    [],
    `declare reactive properties with static properties and take the provider's settings with consumeConfig:\n${found.join('\n')}`,
  );
});

test('the decorator check sees a decorator import', () => {
  const text = [
    "import { property, state } from 'lit/decorators.js';",
    "import { customElement } from 'lit/decorators/custom-element.js';",
    "import { consume as take, createContext } from '@lit/context';",
    "import { ContextConsumer } from '@lit/context';",
    "import { html } from 'lit';",
  ].join('\n');
  assert.deepEqual(decoratorImports('x.ts', text), [
    'lit/decorators.js',
    'lit/decorators/custom-element.js',
    'consume from @lit/context',
  ]);
});
