import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TimeoutError } from '../errors/index.js';
import { createCore } from './core.js';
import { createClient } from './create-client.js';
import { getService } from './services.js';
import { startLoopback, type Loopback } from './test/loopback.js';
import { clone, services } from './test/fixtures.js';

describe('read dedupe and ETag revalidation against a real HTTP server', () => {
  let server: Loopback;
  before(async () => {
    server = await startLoopback();
  });
  after(() => server.close());

  it('two elements asking for the same service at once make one request and both get the data', async () => {
    const service = services[0];
    assert.ok(service);
    const path = `/api/v1/services/${service.id}`;
    server.route('GET', path, () => ({ body: service, delayMs: 50 }));
    const core = createCore({ baseUrl: `${server.url}/api/v1` });
    const [a, b, c] = await Promise.all([
      getService(core, service.id),
      getService(core, service.id),
      getService(core, service.id),
    ]);
    assert.equal(server.count('GET', path), 1);
    assert.deepEqual(a, b);
    assert.equal(c.name.values.en, service.name.values.en);
    await getService(core, service.id);
    assert.equal(server.count('GET', path), 2, 'a later read asks again (no stale cache)');
  });

  it('different locales are different requests', async () => {
    const service = services[1];
    assert.ok(service);
    const path = `/api/v1/services/${service.id}`;
    server.route('GET', path, () => ({ body: service, delayMs: 30 }));
    const client = createClient({ baseUrl: `${server.url}/api/v1`, locale: 'sq' });
    await Promise.all([client.getService(service.id), client.getService(service.id, { locale: 'en' })]);
    const langs = server.seen.filter((s) => s.path === path).map((s) => s.headers['accept-language']);
    assert.deepEqual(langs.sort(), ['en', 'sq']);
  });

  it('sends If-None-Match with the last ETag and reuses the body on 304', async () => {
    const service = services[2];
    assert.ok(service);
    const path = `/api/v1/services/${service.id}`;
    let version = 1;
    server.route('GET', path, (req) => {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
      return { headers: { etag }, body: { ...clone(service), identifier: `${service.identifier}-v${version}` } };
    });
    const client = createClient({ baseUrl: `${server.url}/api/v1` });
    const first = await client.getService(service.id);
    const second = await client.getService(service.id);
    const requests = server.seen.filter((s) => s.path === path);
    assert.equal(requests[0]?.headers['if-none-match'], undefined);
    assert.equal(requests[1]?.headers['if-none-match'], '"v1"');
    assert.deepEqual(second, first, 'the 304 answer gives the remembered body');
    version = 2;
    const third = await client.getService(service.id);
    assert.equal(third.identifier, `${service.identifier}-v2`, 'a changed resource is read again');
  });

  it('aborting one caller does not cancel the shared request for the others', async () => {
    const service = services[3];
    assert.ok(service);
    const path = `/api/v1/services/${service.id}`;
    server.route('GET', path, () => ({ body: service, delayMs: 80 }));
    const client = createClient({ baseUrl: `${server.url}/api/v1` });
    const controller = new AbortController();
    const leaving = client.getService(service.id, { signal: controller.signal });
    const staying = client.getService(service.id);
    controller.abort();
    const error = await leaving.catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.reason, 'aborted');
    assert.equal((await staying).id, service.id);
    assert.equal(server.count('GET', path), 1);
  });
});
