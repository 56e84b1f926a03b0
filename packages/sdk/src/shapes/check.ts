import type { Issue } from '../errors/issues.js';
import { visibleLength } from './visible.js';

/**
 * A resource's shape as plain data, compiled at build time from its zod schema (`compile.ts`,
 * `npm run shapes:build -w @hapur/sdk`). `checkShape` reads it with no zod in the bundle: a browser block
 * that only displays data validates what it fetched for ~1 KB instead of zod's ~8 KB gzip. The zod schema
 * stays the one truth: the generated files are checked up to date, and a property test holds the two to
 * the same verdict on thousands of mutated documents.
 */
export type ShapeNode =
  | {
      t: 's';
      min?: number;
      max?: number;
      /** Patterns the whole string must match (formats such as email and ISO dates included). */
      re?: readonly RegExp[];
      /** An absolute URL whose protocol and host name match these. */
      url?: { p: RegExp; h: RegExp };
      /** A language tag as `LangTagSchema` takes it: canonical BCP 47 (`Intl.getCanonicalLocales`), never bare `sr`. */
      lang?: true;
      /** `plainText`'s rule: at least this many characters once trimmed and without invisible ones. */
      vmin?: number;
    }
  | { t: 'n'; int?: true; ge?: number; gt?: number; le?: number; lt?: number }
  | { t: 'b' }
  /** One of these values (a zod enum or literal). */
  | { t: 'e'; v: readonly (string | number | boolean | null)[] }
  | { t: '?'; i: ShapeNode }
  /** `null`, or what `i` accepts (zod's nullable). */
  | { t: 'N'; i: ShapeNode }
  | { t: 'a'; i: ShapeNode; min?: number; max?: number }
  | { t: 'o'; p: Readonly<Record<string, ShapeNode>>; strict?: true }
  /** A record; `closed` when its keys are an enum's values (z.partialRecord): other keys are unknown fields. */
  | { t: 'r'; k: ShapeNode; v: ShapeNode; closed?: true }
  /**
   * What any of `o` accepts (zod's union), checked by `f` (`union.ts`): only the shapes that have a union carry
   * its code, so a block whose reads have none (the service card) does not load it.
   */
  | { t: '|'; o: readonly ShapeNode[]; f: UnionCheck };

/** Checks a union node; `visit` checks each option. */
export type UnionCheck = (
  node: { o: readonly ShapeNode[] },
  value: unknown,
  path: string,
  issues: Issue[],
  visit: Visit,
) => void;
export type Visit = (node: ShapeNode, value: unknown, path: string, issues: Issue[]) => void;

/** A shape that checks values of type `T` (the type is carried for the caller, not stored). */
export interface Shape<T> {
  readonly node: ShapeNode;
  readonly __type?: T;
}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const isObject = (v: unknown): v is Record<string, unknown> => kindOf(v) === 'object';

function add(issues: Issue[], path: string, code: string, message: string) {
  issues.push({ path, code, message });
}

function urlOk(value: string, rule: { p: RegExp; h: RegExp }): boolean {
  const trimmed = value.trim();
  // As zod does for any protocol pattern but its own http(s) one (which the compiler refuses): the URL
  // parser decides, so "https:host" passes both; it ignores tabs and newlines inside.
  try {
    const url = new URL(trimmed);
    // No user name or password before the host: UrlSchema's `noUserinfo`, the one URL schema there is.
    return rule.h.test(url.hostname) && rule.p.test(url.protocol.slice(0, -1)) && !(url.username + url.password);
  } catch {
    return false;
  }
}

function checkString(node: Extract<ShapeNode, { t: 's' }>, value: string, path: string, issues: Issue[]) {
  if (node.min !== undefined && value.length < node.min)
    add(issues, path, 'too_small', `At least ${node.min} characters`);
  if (node.max !== undefined && value.length > node.max) add(issues, path, 'too_big', `At most ${node.max} characters`);
  if (node.vmin !== undefined && value.length >= node.vmin && visibleLength(value) < node.vmin)
    add(issues, path, 'too_small', `At least ${node.vmin} visible characters`);
  for (const re of node.re ?? []) if (!re.test(value)) add(issues, path, 'invalid_format', `Does not match ${re}`);
  if (node.url && !urlOk(value, node.url)) add(issues, path, 'invalid_format', 'Not an http(s) URL');
  if (node.lang)
    try {
      if (value === 'sr' || Intl.getCanonicalLocales(value)[0] !== value) throw 0;
    } catch {
      add(issues, path, 'custom', `"${value}" is not allowed`);
    }
}

function checkNumber(node: Extract<ShapeNode, { t: 'n' }>, value: number, path: string, issues: Issue[]) {
  if (node.int && !Number.isSafeInteger(value)) add(issues, path, 'invalid_type', 'Expected an integer');
  if ((node.ge !== undefined && value < node.ge) || (node.gt !== undefined && value <= node.gt))
    add(issues, path, 'too_small', 'Too small');
  if ((node.le !== undefined && value > node.le) || (node.lt !== undefined && value >= node.lt))
    add(issues, path, 'too_big', 'Too big');
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

function visit(node: ShapeNode, value: unknown, path: string, issues: Issue[]): void {
  const kind = kindOf(value);
  const expect = (wanted: string) => {
    if (kind === wanted) return true;
    add(issues, path, 'invalid_type', `Expected ${wanted}, got ${kind}`);
    return false;
  };
  switch (node.t) {
    case '?':
      if (value !== undefined) visit(node.i, value, path, issues);
      return;
    case 'N':
      if (value !== null) visit(node.i, value, path, issues);
      return;
    case 's':
      if (expect('string')) checkString(node, value as string, path, issues);
      return;
    case 'n':
      if (kind !== 'number' || !Number.isFinite(value)) add(issues, path, 'invalid_type', 'Expected a number');
      else checkNumber(node, value as number, path, issues);
      return;
    case 'b':
      expect('boolean');
      return;
    case 'e':
      if (!node.v.includes(value as string | number | boolean | null))
        add(issues, path, 'invalid_value', `Expected one of ${node.v.join(', ')}`);
      return;
    case 'a': {
      if (!expect('array')) return;
      const items = value as unknown[];
      if (node.min !== undefined && items.length < node.min) add(issues, path, 'too_small', `At least ${node.min}`);
      if (node.max !== undefined && items.length > node.max) add(issues, path, 'too_big', `At most ${node.max}`);
      items.forEach((item, i) => visit(node.i, item, join(path, i), issues));
      return;
    }
    case 'o': {
      if (!expect('object') || !isObject(value)) return;
      for (const [key, child] of Object.entries(node.p)) visit(child, value[key], join(path, key), issues);
      if (node.strict) {
        const extra = Object.keys(value).filter((key) => !(key in node.p));
        if (extra.length > 0) add(issues, path, 'unrecognized_keys', `Unknown fields: ${extra.join(', ')}`);
      }
      return;
    }
    case 'r': {
      if (!expect('object') || !isObject(value)) return;
      const extra: string[] = [];
      for (const [key, item] of Object.entries(value)) {
        const keyIssues: Issue[] = [];
        visit(node.k, key, join(path, key), keyIssues);
        if (keyIssues.length === 0) visit(node.v, item, join(path, key), issues);
        else if (node.closed) extra.push(key);
        else add(issues, join(path, key), 'invalid_key', `Invalid key "${key}"`);
      }
      if (extra.length > 0) add(issues, path, 'unrecognized_keys', `Unknown fields: ${extra.join(', ')}`);
      return;
    }
    case '|':
      node.f(node, value, path, issues, visit);
  }
}

/** Every problem with `value` against `shape`, as the SDK's `Issue`s (empty when it fits). */
export function checkShape<T>(shape: Shape<T>, value: unknown): Issue[] {
  const issues: Issue[] = [];
  visit(shape.node, value, '', issues);
  return issues;
}
