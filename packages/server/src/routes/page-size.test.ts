// The largest page size, PAGE_SIZE_MAX, written once in the SDK: the OpenAPI document states it wherever a page size
// is (a list route's `pageSize` parameter, a page's `pageSize` field), and every list route that takes `pageSize`
// answers 200 at it and 400 above it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_ROUTES, PAGE_SIZE_MAX, ProblemDetailsSchema, type RouteSpec } from '@hapur/sdk';
import type { Harness } from '../testing/harness.js';
import { ARTA, staffHarness } from '../testing/staff-harness.js';

let h: Harness;
let token: string;
before(async () => {
  [h, token] = await staffHarness(ARTA);
});
after(() => h.close());

/** A value for each path parameter a paged route has, in the test fixture. */
const PARAMS: Record<string, string> = { planId: 'xk-test-plan', number: '1' };

const paged = (Object.values(API_ROUTES) as RouteSpec[]).filter((r) => 'pageSize' in r.queryParams);

/** Every `pageSize` the document describes: `[where, its schema]`. */
function pageSizes(node: unknown, where: string, found: [string, Record<string, unknown>][] = []) {
  if (Array.isArray(node)) node.forEach((x, i) => pageSizes(x, `${where}[${i}]`, found));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.name === 'pageSize' && o.in === 'query') found.push([where, o.schema as Record<string, unknown>]);
    const props = o.properties as Record<string, Record<string, unknown>> | undefined;
    if (props?.pageSize) found.push([`${where}.properties`, props.pageSize]);
    for (const [k, v] of Object.entries(o)) pageSizes(v, `${where}.${k}`, found);
  }
  return found;
}

test('the OpenAPI document gives every page size the maximum PAGE_SIZE_MAX', async () => {
  const doc = await (await h.request('/api/v1/openapi.json')).json();
  const found = pageSizes(doc, '$');
  // Each paged route's parameter and its answer's field, at least.
  assert.ok(found.length >= paged.length * 2, `${found.length} page sizes`);
  for (const [where, schema] of found) assert.equal(schema.maximum, PAGE_SIZE_MAX, where);
});

test('each list route taking pageSize answers 200 at PAGE_SIZE_MAX and 400 above it', async () => {
  assert.deepEqual(paged.map((r) => r.id).sort(), ['listComments', 'listStaffSubmissions']);
  for (const route of paged) {
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => PARAMS[name] ?? name);
    const headers: Record<string, string> = route.staff ? { Authorization: `Bearer ${token}` } : {};
    const at = await h.request(`/api/v1${path}?pageSize=${PAGE_SIZE_MAX}`, { headers });
    assert.equal(at.status, 200, `${route.id} at ${PAGE_SIZE_MAX}`);
    assert.equal(((await at.json()) as { pageSize: number }).pageSize, PAGE_SIZE_MAX, route.id);
    const above = await h.request(`/api/v1${path}?pageSize=${PAGE_SIZE_MAX + 1}`, { headers });
    assert.equal(above.status, 400, `${route.id} above ${PAGE_SIZE_MAX}`);
    const problem = ProblemDetailsSchema.parse(await above.json());
    assert.equal(problem.errors?.[0]?.path, 'pageSize', route.id);
  }
});
