// Bosnian and Serbian (Latin script) write most interface strings alike. Each catalogue folder keeps those once, in
// `bosnian-serbian.ts`, which `bs.ts` and `sr-latn.ts` spread (`...bosnianSerbian,`, or `...bosnianSerbian.messages,`
// in a nested table). Two tools need the catalogue whole, and write the spread out as the entries it stands for:
// - scripts/sr-cyrl.ts, before it transliterates sr-latn.ts: sr-cyrl.ts holds every string itself;
// - the builds (the Vite plugin below): each language's file holds its strings, so a reader loads one file a
//   catalogue, as before the split, and no file is shared by two languages (docs/languages.md; ADR 0013).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const IMPORT = /^import (\w+) from '\.\/bosnian-serbian\.js';\n/m;

/** The names an import declaration binds. */
const bound = (declaration) => {
  const clause = declaration.importClause;
  const named = clause?.namedBindings;
  return [
    ...(clause?.name ? [clause.name.text] : []),
    ...(named && ts.isNamedImports(named) ? named.elements.map((element) => element.name.text) : []),
    ...(named && ts.isNamespaceImport(named) ? [named.name.text] : []),
  ];
};

/**
 * `source` (a `bs.ts` or `sr-latn.ts` at `file`) with its spreads of `./bosnian-serbian.js` replaced by that object's
 * entries, and the imports those entries need in place of its import. A source without the import is returned as is.
 */
export function inlineBosnianSerbian(source, file) {
  const spread = IMPORT.exec(source);
  if (!spread) return source;
  const path = join(dirname(file), 'bosnian-serbian.ts');
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const catalogue = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const own = new Set(catalogue.statements.filter(ts.isImportDeclaration).flatMap(bound));
  let shape;
  const imports = [];
  for (const statement of sf.statements) {
    if (ts.isImportDeclaration(statement) && !bound(statement).every((name) => own.has(name)))
      imports.push(statement.getText());
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let value = declaration.initializer;
      if (value && ts.isSatisfiesExpression(value)) value = value.expression;
      if (value && ts.isObjectLiteralExpression(value)) shape = value;
    }
  }
  if (!shape) throw new Error(`${path}: expected an object literal`);
  const at = (object, keys) => {
    if (!object || !keys.length) return object;
    const inner = object.properties.find((property) => property.name?.getText() === keys[0]);
    return inner && ts.isPropertyAssignment(inner) && ts.isObjectLiteralExpression(inner.initializer)
      ? at(inner.initializer, keys.slice(1))
      : undefined;
  };
  // The entries in the order the English catalogue beside it has them, as the file had them before the split: the
  // languages' tables then repeat one another's sequences, which gzip finds (hapur.all.js holds three of them).
  const english = join(dirname(file), 'en.ts');
  const reference = existsSync(english) ? largestObject(english) : undefined;
  const spreads = (node) => node.getText().includes(`...${spread[1]}`);
  const isSpread = (property) =>
    ts.isSpreadAssignment(property) && property.expression.getText().split('.')[0] === spread[1];
  // An object's text with the spreads in it and in its tables written out. The spread comes first, so an entry the
  // object writes itself (a nested table with its own spread inside) wins over the shared one of the same name.
  const render = (node, keys) => {
    const spreadHere = node.properties.find(isSpread);
    const own = node.properties.filter((property) => property !== spreadHere);
    const names = new Set(own.map((property) => property.name?.getText()));
    let entries = own;
    if (spreadHere) {
      const path = spreadHere.expression.getText().split('.').slice(1);
      const shared = at(shape, path);
      if (!shared) throw new Error(`${file}: bosnian-serbian.ts has no object \`${path.join('.')}\``);
      entries = [...shared.properties.filter((property) => !names.has(property.name?.getText())), ...own];
      const order = at(reference, keys)?.properties.map((property) => property.name?.getText()) ?? [];
      const rank = (property) => {
        const index = order.indexOf(property.name?.getText());
        return index < 0 ? order.length : index;
      };
      entries.sort((x, y) => rank(x) - rank(y));
    }
    const text = (property) =>
      ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer) && spreads(property)
        ? `${property.name.getText()}: ${render(property.initializer, [...keys, property.name.getText()])}`
        : property.getText();
    return `{\n${entries.map((entry) => `${text(entry)},`).join('\n')}\n}`;
  };
  const edits = [];
  // The outermost objects with a spread inside: the catalogue.
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node) && spreads(node))
      edits.push({ start: node.getStart(), end: node.getEnd(), text: render(node, []) });
    else ts.forEachChild(node, visit);
  };
  visit(catalogue);
  if (!edits.length) throw new Error(`${file}: imports bosnian-serbian.ts and spreads none of it`);
  let out = source;
  for (const edit of edits.sort((x, y) => y.start - x.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out.replace(spread[0], imports.map((line) => `${line}\n`).join(''));
}

/** The object literal with the most entries among a file's top-level declarations: its catalogue. */
function largestObject(path) {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  let best;
  for (const statement of sf.statements)
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations) {
        let value = declaration.initializer;
        if (value && ts.isSatisfiesExpression(value)) value = value.expression;
        if (value && ts.isObjectLiteralExpression(value) && value.properties.length > (best?.properties.length ?? -1))
          best = value;
      }
  return best;
}

const LANGUAGE = /[/\\]packages[/\\](sdk|elements)[/\\]src[/\\].*[/\\](bs|sr-latn)\.ts$/;

/** The Vite plugin: every build writes the two languages' catalogues whole. */
export function bosnianSerbianPlugin() {
  return {
    name: 'hapur-bosnian-serbian',
    enforce: 'pre',
    transform(code, id) {
      if (!LANGUAGE.test(id) || !IMPORT.test(code)) return null;
      return { code: inlineBosnianSerbian(code, id), map: null };
    },
  };
}
