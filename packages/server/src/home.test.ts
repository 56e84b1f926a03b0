// `GET /` leads a person somewhere useful instead of a JSON 404.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, tempDir, type Harness } from './testing/harness.js';

let api: Harness;
let demo: Harness;
before(async () => {
  api = await createHarness();
  demo = await createHarness({}, [{ urlPrefix: '/examples/', dir: tempDir('hapur-home-', { 'index.html': 'x' }) }]);
});
after(async () => {
  await api.close();
  await demo.close();
});

test('GET / on a server without example pages leads to the API page', async () => {
  const res = await api.request('/', { redirect: 'manual' });
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), '/api');
});

test('GET / on the demo leads to the examples index', async () => {
  const res = await demo.request('/', { redirect: 'manual' });
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), '/examples/');
});
