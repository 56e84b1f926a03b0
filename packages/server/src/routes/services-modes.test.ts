// The API and a static export answer a service search the same: both run the SDK's filterServices
// (the server on its query string, the client on the export's one file). Checked through the SDK client.
// A Serbian reader may type either script: a query in Cyrillic finds Serbian stored in Latin, and the reverse.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, createStaticClient } from '@hapur/sdk/client';
import type { ServiceFilter } from '@hapur/sdk/rules';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';

let h: Harness;
before(async () => {
  h = await createHarness();
  const file = fixtureFile();
  const serbian = (latin: string) => ({ values: { sq: `${latin} (sq)`, 'sr-Latn': latin }, source: 'sr-Latn' });
  file.services!.push({
    ...file.services![0]!,
    id: 'xk-test-serbian',
    identifier: 'XK-TEST-003',
    name: serbian('Građevinska dozvola za pomoćni objekat'),
    description: serbian('Zahtev za izdavanje građevinske dozvole u opštini'),
  });
  await importFile(h.db, file, 'fixture.json');
});
after(() => h.close());

const url = (input: RequestInfo | URL) => new URL(input instanceof Request ? input.url : String(input));

/** A client of the API, and one of a static export holding what the API lists (every service, one file). */
async function bothModes() {
  const api = createClient({
    baseUrl: 'http://api.test/api/v1/',
    fetch: async (input) => h.request(`${url(input).pathname}${url(input).search}`),
  });
  const everything = await (await h.request('/api/v1/services')).text();
  const files = createStaticClient('http://files.test/data/', {
    fetch: async () => new Response(everything, { headers: { 'content-type': 'application/json' } }),
  });
  return { api, files };
}

test('API mode and static mode list the same services for every filter, lang included', async () => {
  const { api, files } = await bothModes();
  const filters: ServiceFilter[] = [];
  for (const institution of [undefined, '', 'xk-test-a', 'xk-test-b', 'nobody'])
    for (const q of [undefined, 'CERTIFIKATE', '  leje ', 'zzz', 'дозвол', 'ГРАЂЕВИНСК', 'pomoćni', 'помоћни', 'ЦЕРТ'])
      for (const lang of [undefined, 'sq', 'en', 'sr-Latn', 'sr-Cyrl', 'xx'])
        filters.push({
          ...(institution === undefined ? {} : { institution }),
          ...(q ? { q } : {}),
          ...(lang ? { lang } : {}),
        });
  let narrowed = 0;
  for (const filter of filters) {
    const [fromApi, fromFiles] = await Promise.all([api.listServices(filter), files.listServices(filter)]);
    const ids = fromApi.map((s) => s.id);
    assert.deepEqual(
      ids,
      fromFiles.map((s) => s.id),
      JSON.stringify(filter),
    );
    if (ids.length === 1) narrowed += 1;
  }
  assert.ok(narrowed > 5, 'the grid includes filters that pick one service');
  // Services stored in Serbian Latin are offered to a Serbian Cyrillic reader: the script is not compared.
  const latin = (await api.listServices({ lang: 'sr-Latn' })).map((s) => s.id);
  assert.ok(latin.length > 0);
  assert.deepEqual(
    (await api.listServices({ lang: 'sr-Cyrl' })).map((s) => s.id),
    latin,
  );
});

test('a service search finds Serbian text in either script, in API mode and static mode alike', async () => {
  const { api, files } = await bothModes();
  const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
  for (const q of ['дозвол', 'Дозвола', 'ГРАЂЕВИНСКЕ ДОЗВОЛЕ', 'грађевинск', 'pomocni', 'издавање', 'dozvol']) {
    assert.deepEqual(ids(await api.listServices({ q })), ['xk-test-serbian'], `API, q=${q}`);
    assert.deepEqual(ids(await files.listServices({ q })), ['xk-test-serbian'], `static, q=${q}`);
  }
  const raw = await h.request(`/api/v1/services?q=${encodeURIComponent('дозвол')}`);
  assert.deepEqual(ids(((await raw.json()) as { items: { id: string }[] }).items), ['xk-test-serbian']);
});
