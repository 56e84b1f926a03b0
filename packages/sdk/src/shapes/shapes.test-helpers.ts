import assert from 'node:assert/strict';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { formatPath } from '../errors/issues.js';
import { checkShape, type Shape } from './check.js';

/** Paths of zod's issues, as the checker writes them (a record key's issue sits at the key). */
export function zodPaths(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => formatPath(i.path)))].sort();
}
export const shapePaths = (shape: Shape<unknown>, value: unknown) =>
  [...new Set(checkShape(shape, value).map((i) => i.path))].sort();

// Values a broken or hostile data file could hold where a field is expected.
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e21,
    '',
    ' ',
    'sr',
    'sr-Latn',
    'sq',
    'en-GB',
    'x',
    'P15D',
    'PT48H',
    'P',
    '15 days',
    '2026-02-29',
    '2028-02-29',
    '2026-13-01',
    '2026-10-01',
    'https://rks-gov.net/page',
    'http://localhost/x',
    'javascript:alert(1)',
    'https:example.org',
    ' https://example.org ',
    'ftp://example.org',
    'https://exa\nmple.org',
    'info@example.org',
    'not-an-email',
    '+383 38 200 000',
    'abc',
    'EUR',
    'ALL',
    'USD',
    'active',
    'online',
    'machine',
    [],
    {},
    { values: {} },
    { values: { sq: 'Tekst' } },
    { values: { sr: 'Tekst' } },
    { values: { sq: '' } },
    [1, 2],
    '\u200b'.repeat(12),
    '  ab  ',
    { values: { sq: '\u200b' } },
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
);

type Path = (string | number)[];
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
function mutate(doc: unknown, path: Path, action: 'set' | 'delete' | 'extra', value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return action === 'set' ? value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (action === 'set') parent[last] = value;
  else if (action === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last]))
    (parent[last] as Record<string, unknown>)['unexpected'] = value;
  return copy;
}

/**
 * Mutates `docs` `runs` times (a field set to an odd value, deleted, or an unknown field added) and asserts
 * the shape and the zod schema give the same verdict at the same issue paths.
 */
export function sameVerdicts(schema: z.ZodMiniType, shape: Shape<unknown>, docs: unknown[], runs: number) {
  const mutation = fc
    .record({ doc: fc.constantFrom(...docs), action: fc.constantFrom('set', 'set', 'delete', 'extra'), pick: fc.nat() })
    .chain(({ doc, action, pick }) => {
      const all = paths(doc);
      return fc.tuple(fc.constant(doc), fc.constant(all[pick % all.length]!), fc.constant(action), oddValue);
    });
  fc.assert(
    fc.property(mutation, ([doc, path, action, value]) => {
      const broken = mutate(doc, path, action as 'set', value);
      assert.deepEqual(shapePaths(shape, broken), zodPaths(schema, broken));
    }),
    { numRuns: runs },
  );
}
