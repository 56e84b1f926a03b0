// Writes every Serbian Cyrillic UI catalogue (`translations/sr-cyrl.ts`) from its Serbian Latin one
// (`translations/sr-latn.ts`) with the SDK's transliteration (latinToCyrillicUi): sr-Cyrl is never written by
// hand, so it cannot drift from sr-Latn. Only the text of string and template literals changes; what the code
// compares or looks up (`form === 'one'`, property names, module paths, Intl arguments) is left alone.
//   node --import tsx scripts/sr-cyrl.ts          write the files
//   node --import tsx scripts/sr-cyrl.ts --check  fail when one is stale, missing, or shows Latin letters
//                                                 outside placeholders, addresses, codes and format names
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import ts from 'typescript';
import { latinToCyrillicUi, strayLatin } from '../packages/sdk/src/i18n/transliterate.js';
import { inlineBosnianSerbian } from './bosnian-serbian.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEADER =
  "// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run\n// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.\n";

/** Every `translations/sr-latn.ts` under packages/elements/src and the SDK's (its validation messages). */
export function latinCatalogues(
  dirs = [join(root, 'packages/elements/src'), join(root, 'packages/sdk/src/i18n')],
): string[] {
  const out: string[] = [];
  for (const dir of dirs)
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) out.push(...latinCatalogues([path]));
      else if (name === 'sr-latn.ts' && /[/\\]translations([/\\]|$)/.test(dir)) out.push(path);
    }
  return out.sort();
}

/** Literals whose text is code, not interface text. */
function isCode(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if (ts.isCaseClause(parent)) return true;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    return [
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.EqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsToken,
    ].includes(op);
  }
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && /^Intl\./.test(parent.expression.getText()))
    return true;
  return false;
}

/** The text parts of a literal: [start, end) offsets of its characters between the delimiters. */
function textSpan(node: ts.Node): [number, number] | undefined {
  const start = node.getStart();
  const end = node.getEnd();
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [start + 1, end - 1];
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) return [start + 1, end - 2];
  if (ts.isTemplateTail(node)) return [start + 1, end - 1];
  return undefined;
}

/** Backslash escapes (`\n`, `\'`) stay as written; the text between them is transliterated. */
const cyrillic = (raw: string) =>
  raw.replace(/(\\.)|([^\\]+)/gs, (_, escape, text) => escape ?? latinToCyrillicUi(text));

/** The sr-Cyrl source for an sr-Latn source, and the Latin left in its interface text (should be none). */
export function generate(latin: string, file = 'sr-latn.ts'): { code: string; stray: string[] } {
  // The strings Serbian writes as Bosnian does are in bosnian-serbian.ts: sr-cyrl.ts holds them itself.
  const source = inlineBosnianSerbian(latin, file);
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const stray: string[] = [];
  const visit = (node: ts.Node) => {
    const span = textSpan(node);
    if (span && !isCode(node)) {
      const raw = source.slice(span[0], span[1]);
      const text = raw === 'sr-Latn' ? 'sr-Cyrl' : cyrillic(raw);
      stray.push(...strayLatin(text.replace(/\\./g, ' ')));
      if (text !== raw) edits.push({ start: span[0], end: span[1], text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let code = source;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  code = code.replace(/\bsrLatn\b/g, 'srCyrl').replace(/SrLatn\b/g, 'SrCyrl');
  // A catalogue that imports a shared sr-Latn catalogue (translations/milestones/) imports its sr-Cyrl twin.
  code = code.replace(/(from '[^']*\/)sr-latn\.js'/g, "$1sr-cyrl.js'");
  return { code: HEADER + code, stray };
}

/**
 * The Latin letters a loaded sr-Cyrl catalogue shows at run time: its strings, and what its functions return when
 * called with Cyrillic text and small numbers (a function that needs other arguments and throws is skipped).
 */
export function strayAtRunTime(value: unknown, seen = new Set<unknown>()): string[] {
  // "undefined", "[object Object]", "NaN": a function called with arguments of the wrong shape, not its wording.
  if (typeof value === 'string') return strayLatin(value.replace(/undefined|\[object Object\]|NaN/g, ' '));
  if (typeof value === 'function') {
    const out: string[] = [];
    for (const args of [[1], [2], [5], ['Ж', 2], [2, 'Ж'], ['Ж', 'Ж']])
      try {
        out.push(...strayAtRunTime((value as (...a: unknown[]) => unknown)(...args), seen));
      } catch {
        // Needs arguments of another shape.
      }
    return out;
  }
  if (!value || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, v]) => (key === 'lang' ? [] : strayAtRunTime(v, seen)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const problems: string[] = [];
  const files = latinCatalogues();
  for (const latin of files) {
    const target = join(dirname(latin), 'sr-cyrl.ts');
    const generated = generate(readFileSync(latin, 'utf8'), latin);
    const { stray } = generated;
    // Formatted as the repository formats it: a transliterated line may wrap differently.
    const code = await prettier.format(generated.code, { ...(await prettier.resolveConfig(target)), filepath: target });
    const name = relative(root, target);
    if (stray.length) problems.push(`${name}: Latin letters in interface text: ${[...new Set(stray)].join(', ')}`);
    if (!check) writeFileSync(target, code);
    else if (!existsSync(target)) problems.push(`${name} is missing: run npm run i18n:sr-cyrl`);
    else if (readFileSync(target, 'utf8') !== code) problems.push(`${name} is stale: run npm run i18n:sr-cyrl`);
    else {
      const shown = strayAtRunTime(((await import(pathToFileURL(target).href)) as { default: unknown }).default);
      if (shown.length) problems.push(`${name} shows Latin when rendered: ${[...new Set(shown)].join(', ')}`);
    }
  }
  for (const problem of problems) console.error(`sr-cyrl: ${problem}`);
  console.log(`sr-cyrl: ${files.length} catalogues ${check ? 'checked' : 'written'}, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
