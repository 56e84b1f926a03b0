import type * as z from 'zod/mini';
import type { ShapeNode } from './check.js';
import { union } from './union.js';

/**
 * Build time only: turns a zod/mini schema into a `ShapeNode` tree and writes it as a TypeScript module
 * (`*.generated.ts`). Every construct the compiler does not know is an error, so a schema change that
 * the light checker cannot follow fails `shapes:build` and its test instead of checking less.
 */

interface Def {
  type: string;
  checks?: { _zod: { def: Def; check?: unknown } }[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  protocol?: RegExp;
  hostname?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  entries?: Record<string, string | number>;
  fn?: unknown;
  values?: unknown[];
  partial?: boolean;
  mode?: string;
  options?: z.ZodMiniType[];
  discriminator?: string;
}

const defOf = (schema: z.ZodMiniType | { _zod: { def: unknown } }) => schema._zod.def as Def;

/** Custom refinements the checker can express, keyed by the refinement's function. */
export type KnownRefinements = ReadonlyMap<unknown, Partial<Extract<ShapeNode, { t: 's' }>>>;

function stringNode(def: Def, refinements: KnownRefinements): ShapeNode {
  const node: { -readonly [K in keyof Extract<ShapeNode, { t: 's' }>]: Extract<ShapeNode, { t: 's' }>[K] } = {
    t: 's',
  };
  const re: RegExp[] = [];
  // A check function may carry its data form as `shape` (plainText's visible minimum does).
  const apply = (check: Def, fn?: unknown) => {
    if (check.check === 'min_length') node.min = Math.max(node.min ?? 0, check.minimum!);
    else if (check.check === 'max_length') node.max = Math.min(node.max ?? Infinity, check.maximum!);
    else if (check.check === 'string_format' && check.format === 'url') {
      if (!check.protocol || !check.hostname) throw new Error('shapes: a URL needs protocol and hostname patterns');
      // zod adds a "://" rule for its own http(s) pattern only; the checker has no such rule, so refuse it.
      if (check.protocol.source === '^https?$')
        throw new Error('shapes: the http(s) URL pattern has a zod-only "://" rule; use an https-only pattern');
      node.url = { p: check.protocol, h: check.hostname };
    } else if (check.check === 'string_format' && check.pattern) {
      if (check.pattern.global || check.pattern.sticky) throw new Error(`shapes: stateful pattern ${check.pattern}`);
      re.push(check.pattern);
    } else if (check.check === 'custom' && refinements.has(check.fn ?? fn))
      Object.assign(node, refinements.get(check.fn ?? fn));
    else if (check.check === 'custom' && typeof fn === 'function' && 'shape' in fn && !check.fn)
      Object.assign(node, fn.shape as Partial<Extract<ShapeNode, { t: 's' }>>);
    else throw new Error(`shapes: unsupported string check ${check.check}/${check.format ?? ''}`);
  };
  if (def.check) apply(def);
  for (const check of def.checks ?? []) apply(check._zod.def, (check._zod as { check?: unknown }).check);
  if (re.length > 0) node.re = re;
  return node;
}

function numberNode(def: Def): ShapeNode {
  const node: { t: 'n'; int?: true; ge?: number; gt?: number; le?: number; lt?: number } = { t: 'n' };
  const all = [...(def.check ? [def] : []), ...(def.checks ?? []).map((c) => c._zod.def)];
  for (const check of all) {
    if (check.check === 'number_format' && check.format === 'safeint') node.int = true;
    else if (check.check === 'greater_than') node[check.inclusive ? 'ge' : 'gt'] = check.value!;
    else if (check.check === 'less_than') node[check.inclusive ? 'le' : 'lt'] = check.value!;
    else throw new Error(`shapes: unsupported number check ${check.check}`);
  }
  return node;
}

function lengthChecks(def: Def): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const { _zod } of def.checks ?? []) {
    if (_zod.def.check === 'min_length') out.min = _zod.def.minimum!;
    else if (_zod.def.check === 'max_length') out.max = _zod.def.maximum!;
    else throw new Error(`shapes: unsupported array check ${_zod.def.check}`);
  }
  return out;
}

/** The shape of `schema`; the same zod schema object always yields the same node object. */
export function compileShape(
  schema: z.ZodMiniType,
  refinements: KnownRefinements = new Map(),
  seen = new Map<unknown, ShapeNode>(),
): ShapeNode {
  const known = seen.get(schema);
  if (known) return known;
  const def = defOf(schema);
  const child = (s: z.ZodMiniType | undefined) => compileShape(s!, refinements, seen);
  const noChecks = () => {
    if (def.checks?.length) throw new Error(`shapes: checks on ${def.type} are not supported`);
  };
  let node: ShapeNode;
  switch (def.type) {
    case 'string':
      node = stringNode(def, refinements);
      break;
    case 'number':
      node = numberNode(def);
      break;
    case 'boolean':
      noChecks();
      node = { t: 'b' };
      break;
    case 'enum':
      noChecks();
      node = { t: 'e', v: Object.values(def.entries!) };
      break;
    case 'literal':
      noChecks();
      if (!def.values!.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
        throw new Error('shapes: only string, number, boolean and null literals are supported');
      node = { t: 'e', v: def.values as (string | number | boolean | null)[] };
      break;
    case 'optional':
      node = { t: '?', i: child(def.innerType) };
      break;
    case 'nullable':
      node = { t: 'N', i: child(def.innerType) };
      break;
    case 'array':
      node = { t: 'a', i: child(def.element), ...lengthChecks(def) };
      break;
    case 'record': {
      noChecks();
      if (def.mode) throw new Error(`shapes: ${def.mode} records are not supported`);
      // A record keyed by an enum (not z.partialRecord) needs every key and no other: a strict object.
      const keys = (def.keyType as unknown as { _zod: { values?: Set<unknown> } })._zod.values;
      if (keys && !def.partial) {
        if (![...keys].every((k) => typeof k === 'string')) throw new Error('shapes: record keys must be strings');
        const v = child(def.valueType);
        node = { t: 'o', p: Object.fromEntries([...keys].map((k) => [k as string, v])), strict: true };
      } else if (keys) node = { t: 'r', k: child(def.keyType), v: child(def.valueType), closed: true };
      else node = { t: 'r', k: child(def.keyType), v: child(def.valueType) };
      break;
    }
    case 'object': {
      noChecks();
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      if (def.catchall !== undefined && !strict) throw new Error('shapes: catchall objects are not supported');
      const p = Object.fromEntries(Object.entries(def.shape!).map(([key, s]) => [key, child(s)]));
      node = strict ? { t: 'o', p, strict: true } : { t: 'o', p };
      break;
    }
    case 'union':
      noChecks();
      // zod's exclusive (z.xor) and discriminated unions report differently; only the plain one is followed.
      if (def.inclusive === false || def.discriminator !== undefined)
        throw new Error('shapes: only plain unions (z.union) are supported');
      node = { t: '|', o: def.options!.map(child), f: union };
      break;
    default:
      throw new Error(`shapes: unsupported schema type ${def.type}`);
  }
  seen.set(schema, node);
  return node;
}
