// Static mounts as a browser meets them: how long it may keep each file, compression, revalidation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { createHarness, tempDir, type Harness } from '../testing/harness.js';

const bundle = `export const x = ${JSON.stringify('x'.repeat(4000))};\n`;
const cdn = tempDir('hapur-static-', {
  'hapur.js': bundle,
  'chunks/en-CCYbZenV.js': 'export default { hello: "Hello" };\n'.repeat(60),
  'site-Ab12Cd34.js': 'export {};\n',
  'examples/index.html': '<!doctype html><title>x</title>',
});
let h: Harness;
before(async () => {
  h = await createHarness({}, [{ urlPrefix: '/cdn/', dir: cdn, immutable: /^chunks\// }]);
});
after(async () => {
  await h.close();
  rmSync(cdn, { recursive: true, force: true });
});

test('a content-hashed chunk is cached for a year without revalidation', async () => {
  const res = await h.request('/cdn/chunks/en-CCYbZenV.js');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
});

test('a file that may change under its name (the bundle, a page) is kept 5 minutes, then revalidated', async () => {
  for (const path of ['/cdn/hapur.js', '/cdn/examples/']) {
    const res = await h.request(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300', path);
    const etag = res.headers.get('etag');
    assert.ok(etag, `${path} has an ETag`);
    const again = await h.request(path, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304, `${path} revalidates to 304`);
  }
});

test('only the paths the mount names immutable are, whatever a file name looks like', async () => {
  const res = await h.request('/cdn/site-Ab12Cd34.js');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
});

test('text files are sent gzipped to a browser that accepts it, and come back byte for byte', async () => {
  const res = await h.request('/cdn/hapur.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  assert.match(res.headers.get('vary') ?? '', /accept-encoding/i);
  const raw = new Uint8Array(await res.arrayBuffer());
  assert.ok(raw.length < bundle.length / 10, `gzipped ${raw.length} bytes of ${bundle.length}`);
  const unzipped = await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  assert.equal(unzipped, bundle);
});
