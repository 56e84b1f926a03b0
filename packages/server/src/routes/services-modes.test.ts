// The API and a static export answer a service search the same: both run the SDK's filterServices
// (the server on its query string, the client on the export's one file). Checked through the SDK client.
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
  await importFile(h.db, fixtureFile(), 'fixture.json');
});
after(() => h.close());

const url = (input: RequestInfo | URL) => new URL(input instanceof Request ? input.url : String(input));

test('API mode and static mode list the same services for every filter, lang included', async () => {
  const api = createClient({
    baseUrl: 'http://api.test/api/v1/',
    fetch: async (input) => h.request(`${url(input).pathname}${url(input).search}`),
  });
  const everything = await (await h.request('/api/v1/services')).text();
  const files = createStaticClient('http://files.test/data/', {
    fetch: async () => new Response(everything, { headers: { 'content-type': 'application/json' } }),
  });
  const filters: ServiceFilter[] = [];
  for (const institution of [undefined, '', 'xk-test-a', 'xk-test-b', 'nobody'])
    for (const q of [undefined, 'CERTIFIKATE', '  leje ', 'zzz'])
      for (const lang of [undefined, 'sq', 'en', 'sr-Latn', 'xx'])
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
});
