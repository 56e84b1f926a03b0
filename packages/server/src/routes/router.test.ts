// The SDK's route table, the real Hono router, the OpenAPI document and the /api page describe the same
// endpoints. The app is built without a database: nothing here reaches one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { API_ROUTES, type RouteSpec } from '@hapur/sdk';
import { createApp } from '../app.js';
import { testConfig } from '../config.js';
import type { Database } from '../db/types.js';
import { SERVER_ROUTES } from './catalogue.js';
import { API_BASE, honoPath } from './define.js';

const noDatabase = new Proxy({} as Database, {
  get: () => {
    throw new Error('the router test must not reach the database');
  },
});
const app = createApp({ db: noDatabase, config: testConfig({ writeRateLimit: 0 }) });
const table = Object.values(API_ROUTES) as RouteSpec[];
const sorted = (xs: Iterable<string>) => [...xs].sort();
/** `GET /api/v1/plans/{}`: one spelling for `{planId}` (OpenAPI, the page) and `:planId` (Hono). */
const key = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}|:[^/]+/g, '{}')}`;

/** Every handler the real router holds (middleware is registered for ALL methods and left out). */
const served = app.routes.filter((r) => r.method !== 'ALL').map((r) => key(r.method, r.path));

test('every route in the SDK table has exactly one handler in the router, and every handler has a route', () => {
  const expected = [
    ...table.map((r) => key(r.method, API_BASE + honoPath(r.path))),
    ...SERVER_ROUTES.map((r) => key(r.method, r.path)),
  ];
  assert.deepEqual(sorted(served), sorted(expected));
  assert.equal(new Set(served).size, served.length, 'a route registered twice');
});

test('the OpenAPI document, the /api page and the router list the same endpoints, staff ones alike', async () => {
  const doc = (await (await app.request('/openapi.json')).json()) as {
    paths: Record<string, Record<string, { operationId: string; security?: unknown }>>;
  };
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      key: key(method, API_BASE + path),
      staff: op.security !== undefined,
    })),
  );
  const page = await (await app.request('/api')).text();
  const listed = [
    ...page.matchAll(/<tr><td><code>(GET|POST|PUT)<\/code><\/td><td><code>([^<]+)<\/code><\/td><td>(.*?)<\/td><\/tr>/g),
  ].map(([, method, path, what]) => ({ key: key(method!, path!), staff: what!.includes('(staff token)') }));
  const api = served.filter((k) => k.includes(` ${API_BASE}/`));
  assert.deepEqual(sorted(documented.map((d) => d.key)), sorted(api), 'OpenAPI vs router');
  assert.deepEqual(sorted(listed.map((l) => l.key)), sorted(served), '/api page vs router');
  const staffOf = (xs: { key: string; staff: boolean }[]) => sorted(xs.filter((x) => x.staff).map((x) => x.key));
  assert.deepEqual(staffOf(documented), staffOf(listed), 'staff routes: OpenAPI vs /api page');
  assert.deepEqual(
    staffOf(documented),
    sorted(table.filter((r) => r.staff).map((r) => key(r.method, API_BASE + r.path))),
    'staff routes: OpenAPI vs the table',
  );
});

test('every route the table marks staff answers 401 without a token, before reading the body', async () => {
  for (const r of table.filter((x) => x.staff)) {
    const path = API_BASE + r.path.replace(/\{[^}]+\}/g, 'x');
    // A GET cannot carry a body; a POST gets a broken one, which must not be read before the token check.
    const res = await app.request(
      path,
      r.method === 'GET'
        ? { method: 'GET' }
        : { method: r.method, headers: { 'Content-Type': 'application/json' }, body: '{' },
    );
    assert.equal(res.status, 401, `${r.method} ${path}`);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
  }
});
