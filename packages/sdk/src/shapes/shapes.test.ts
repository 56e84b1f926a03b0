import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { PublicServiceSchema } from '../schemas/service.js';
import { readData } from '../data/files.test-helpers.js';
import { checkShape } from './check.js';
import { sameVerdicts, zodPaths } from './shapes.test-helpers.js';
import { PublicServiceListShape, PublicServiceShape } from './read.generated.js';
import { shapeFiles } from './targets.js';
import { compileShape } from './compile.js';
import { COMMON_MODULE, shapeModules } from './write.js';
import * as z from 'zod/mini';

const services = (readData('examples/services.json') as { services: unknown[] }).services;

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
    sameVerdicts(PublicServiceSchema, PublicServiceShape, services, 3000);
  });

  it('names the path and reason of a problem, for the error the reader sees', () => {
    const broken = {
      ...(services[0] as object),
      channels: [{ id: 'web', type: 'online', url: 'javascript:alert(1)' }],
    };
    const issues = checkShape(PublicServiceShape, broken);
    assert.deepEqual(issues, [{ path: 'channels[0].url', code: 'invalid_format', message: 'Not an http(s) URL' }]);
    // A link that reads as one site and opens another: refused by the light checker as by the schema.
    const deceptive = {
      ...(services[0] as object),
      channels: [{ id: 'web', type: 'online', url: 'https://e-kosova.rks-gov.net@evil.example/' }],
    };
    assert.deepEqual(checkShape(PublicServiceShape, deceptive), [
      { path: 'channels[0].url', code: 'invalid_format', message: 'Not an http(s) URL' },
    ]);
    assert.equal(PublicServiceSchema.safeParse(deceptive).error?.issues[0]?.path.join('.'), 'channels.0.url');
    assert.equal(checkShape(PublicServiceListShape, { items: [{}] })[0]?.path, 'items[0].id');
    assert.equal(checkShape(PublicServiceShape, 'x')[0]?.code, 'invalid_type');
  });

  it('refuses, at build time, a schema construct it cannot check', () => {
    assert.throws(() => compileShape(z.object({ a: z.string().check(z.refine((s) => s.length > 2)) })), /custom/);
    assert.throws(() => compileShape(z.string().check(z.trim())), /overwrite|unsupported/);
    assert.throws(() => compileShape(z.object({ a: z.string().check(z.regex(/a/g)) })), /stateful/);
  });

  it('writes a node four modules share once, in the common module; a staff-only module never makes the fourth', () => {
    const code = z.object({ code: z.string().check(z.regex(/^[A-Z]{2}-[0-9]{4}$/)) });
    const spec = (staffOnly?: true) => ({
      exports: [{ name: 'CodeShape', schema: code, type: 'unknown' }],
      typeImports: [],
      ...(staffOnly ? { staffOnly } : {}),
    });
    const pattern = '[A-Z]{2}-[0-9]{4}';
    const four = shapeModules({ 'a.ts': spec(), 'b.ts': spec(), 'c.ts': spec(), 'd.ts': spec() }, new Map());
    assert.ok(four[COMMON_MODULE]?.includes(pattern));
    assert.ok(!four['a.ts']!.includes(pattern));
    const staff = shapeModules({ 'a.ts': spec(), 'b.ts': spec(), 'c.ts': spec(), 'd.ts': spec(true) }, new Map());
    assert.ok(!staff[COMMON_MODULE]?.includes(pattern));
    for (const file of ['a.ts', 'd.ts']) assert.ok(staff[file]!.includes(pattern), file);
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
