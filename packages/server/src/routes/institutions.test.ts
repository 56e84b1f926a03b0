import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { InstitutionSchema, listOf } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';

let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
});
after(() => h.close());

test('GET /institutions lists every institution by id, with its names in each language, without a token', async () => {
  const res = await h.request('/api/v1/institutions');
  assert.equal(res.status, 200);
  const body = listOf(InstitutionSchema).parse(await res.json());
  assert.deepEqual(
    body.items.map((i) => i.id),
    ['xk-test-a', 'xk-test-b'],
  );
  assert.deepEqual(body.items[1]?.name.values, {
    en: 'Ministry B',
    sq: 'Ministry B (sq)',
    'sr-Latn': 'Ministry B (sr)',
  });
  assert.equal(body.items[1]?.kind, 'ministry');
});

test('GET /institutions is a public read: cached a minute, ETag answered with 304', async () => {
  const res = await h.request('/api/v1/institutions');
  assert.match(res.headers.get('cache-control') ?? '', /^public, max-age=60/);
  const etag = res.headers.get('etag');
  assert.ok(etag);
  const again = await h.request('/api/v1/institutions', { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
});

test('GET /institutions shows an institution imported later (no stale list)', async () => {
  const before = (await (await h.request('/api/v1/institutions')).json()) as { items: unknown[] };
  await importFile(
    h.db,
    {
      format: 'hapur/v1',
      provenance: { kind: 'example', source: 'institutions test' },
      institutions: [
        {
          id: 'xk-test-c',
          name: { values: { sq: 'Komuna C' } },
          kind: 'municipality',
          sector: 'government',
          country: 'XK',
          level: 'local',
        },
      ],
    },
    'more.json',
  );
  const after = listOf(InstitutionSchema).parse(await (await h.request('/api/v1/institutions')).json());
  assert.equal(after.items.length, before.items.length + 1);
  assert.equal(after.items.at(-1)?.name.values['sq'], 'Komuna C');
});
