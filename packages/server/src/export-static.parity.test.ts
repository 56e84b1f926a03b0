// A static export answers as the API does: the SDK's static client, reading the files export-static writes, gives
// what its API client gives for the same call (the reads a static export holds). export-static.test.ts holds the files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, createStaticClient, type HapurClient } from '@hapur/sdk/client';
import { createStaffToken } from './auth/tokens.js';
import { exportStatic } from './export-static.js';
import { importFile } from './seed/import.js';
import { createHarness, tempDir, type Harness } from './testing/harness.js';
import { fixtureFile, publicationCheckInput } from './testing/fixtures.js';

let h: Harness;
let out: string;
let api: HapurClient;
let files: HapurClient;
const url = (input: RequestInfo | URL) => new URL(input instanceof Request ? input.url : String(input));

before(async () => {
  h = await createHarness();
  const file = fixtureFile();
  file.services![1]!.status = 'withdrawn';
  await importFile(h.db, file, 'fixture.json');
  // Ministry B has a checked quarter; agency A has none.
  const token = await createStaffToken(h.db, 'export', 'xk-test-b');
  const checked = await h.request('/api/v1/publication-checks', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': 'export-check-1',
      Authorization: `Bearer ${token}`,
    },
    body: JSON.stringify(publicationCheckInput()),
  });
  assert.equal(checked.status, 201);
  // export-static reads the API at the real time (the quarter without checks is the export's); so does this API.
  h.clock.now = new Date();
  out = tempDir('hapur-export-static-');
  await exportStatic(h.db, out);
  api = createClient({
    baseUrl: 'http://api.test/api/v1/',
    fetch: async (input) => h.request(`${url(input).pathname}${url(input).search}`),
  });
  files = createStaticClient('http://files.test/data/', {
    fetch: async (input) => {
      const path = join(out, url(input).pathname.replace(/^\/data\//, ''));
      return existsSync(path)
        ? new Response(readFileSync(path), { headers: { 'content-type': 'application/json' } })
        : new Response('Not found', { status: 404 });
    },
  });
});
after(async () => {
  await h.close();
  rmSync(out, { recursive: true, force: true });
});

/** A call's answer or the name of its error, to compare the two modes. */
const answer = (call: Promise<unknown>) =>
  call.then(
    (value) => ({ value }),
    (error: Error) => ({ error: error.name }),
  );

test("an institution's checked quarters and its checklist without ?period, with checks or none, as the API answers", async () => {
  assert.deepEqual(await api.listPublicationPeriods('xk-test-a'), [], 'agency A has no checked quarter');
  for (const institution of ['xk-test-a', 'xk-test-b']) {
    assert.deepEqual(
      await answer(files.listPublicationPeriods(institution)),
      await answer(api.listPublicationPeriods(institution)),
      institution,
    );
    assert.deepEqual(
      await answer(files.getPublicationChecklist(institution)),
      await answer(api.getPublicationChecklist(institution)),
      institution,
    );
  }
});

test('a withdrawn service leaves the list, status=withdrawn finds it and its own URL answers, as in the API', async () => {
  assert.equal((await api.getService('xk-test-tax')).status, 'withdrawn');
  for (const filter of [{}, { status: 'withdrawn' }, { status: 'active' }]) {
    assert.deepEqual(await files.listServices(filter), await api.listServices(filter), JSON.stringify(filter));
  }
  assert.deepEqual(await answer(files.getService('xk-test-tax')), await answer(api.getService('xk-test-tax')));
});
