import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import fc from 'fast-check';
import { PublicServiceSchema } from '../schemas/service.js';
import { readData } from '../data/files.test-helpers.js';
import { formatPath } from '../errors/issues.js';
import { checkShape, type Shape } from './check.js';
import { PublicServiceListShape, PublicServiceShape } from './read.generated.js';
import { shapeFiles } from './targets.js';
import { compileShape } from './compile.js';
import * as z from 'zod/mini';

const services = (readData('examples/services.json') as { services: unknown[] }).services;

/** Paths of zod's issues, as the checker writes them (a record key's issue sits at the key). */
function zodPaths(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => formatPath(i.path)))].sort();
}
const shapePaths = (shape: Shape<unknown>, value: unknown) =>
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

describe('shapes: the zod-free checker', () => {
  it('accepts every shipped example service, as zod does', () => {
    assert.ok(services.length >= 7);
    for (const s of services) {
      assert.deepEqual(zodPaths(PublicServiceSchema, s), []);
      assert.deepEqual(checkShape(PublicServiceShape, s), []);
    }
    assert.deepEqual(checkShape(PublicServiceListShape, { items: services }), []);
  });

  it('gives the same verdict, at the same paths, as the zod schema on 3,000 mutated services', () => {
    const mutation = fc
      .record({
        doc: fc.constantFrom(...services),
        action: fc.constantFrom('set', 'set', 'delete', 'extra'),
        pick: fc.nat(),
      })
      .chain(({ doc, action, pick }) => {
        const all = paths(doc);
        return fc.tuple(fc.constant(doc), fc.constant(all[pick % all.length]!), fc.constant(action), oddValue);
      });
    fc.assert(
      fc.property(mutation, ([doc, path, action, value]) => {
        const broken = mutate(doc, path, action as 'set', value);
        assert.deepEqual(shapePaths(PublicServiceShape, broken), zodPaths(PublicServiceSchema, broken));
      }),
      { numRuns: 3000 },
    );
  });

  it('names the path and reason of a problem, for the error the reader sees', () => {
    const broken = {
      ...(services[0] as object),
      channels: [{ id: 'web', type: 'online', url: 'javascript:alert(1)' }],
    };
    const issues = checkShape(PublicServiceShape, broken);
    assert.deepEqual(issues, [{ path: 'channels[0].url', code: 'invalid_format', message: 'Not an http(s) URL' }]);
    assert.equal(checkShape(PublicServiceListShape, { items: [{}] })[0]?.path, 'items[0].id');
    assert.equal(checkShape(PublicServiceShape, 'x')[0]?.code, 'invalid_type');
  });

  it('refuses, at build time, a schema construct it cannot check', () => {
    assert.throws(() => compileShape(z.object({ a: z.string().check(z.refine((s) => s.length > 2)) })), /custom/);
    assert.throws(() => compileShape(z.union([z.string(), z.number()])), /union/);
    assert.throws(() => compileShape(z.object({ a: z.string().check(z.regex(/a/g)) })), /stateful/);
  });

  it('is up to date with the zod schemas (run `npm run shapes:build -w @hapur/sdk`)', async () => {
    for (const [name, text] of Object.entries(shapeFiles())) {
      const file = fileURLToPath(new URL(name, import.meta.url));
      const committed = readFileSync(file, 'utf8');
      // shapes:build formats with the repository's Prettier settings; so does this check.
      const expected = await format(text, { ...(await resolveConfig(file)), filepath: file });
      assert.equal(committed, expected, `${name} is stale: run npm run shapes:build -w @hapur/sdk`);
    }
  });
});
