// What every route answers besides its own results, checked against the real app on the shipped data, and the
// OpenAPI document saying so (the route table's `problemStatuses` and the reads' 304):
// - every read (GET) sends an ETag, and 304 with no body to a request that sends it back in If-None-Match;
// - any route refuses a query value with control characters (400 `invalid_query`), and a route with an id in its
//   path answers 404 for an id with them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { API_ROUTES, ProblemDetailsSchema, type RouteSpec } from '@hapur/sdk';
import { createStaffToken } from '../auth/tokens.js';
import { seedIfEmpty } from '../seed/shipped.js';
import { createHarness, type Harness } from '../testing/harness.js';

type Item = { id: string; [key: string]: unknown };
type Operation = { operationId: string; responses: Record<string, unknown>; parameters?: { $ref?: string }[] };

let h: Harness;
let operations: Record<string, Operation>;
/** A real value for each path parameter, from the shipped data. */
const params: Record<string, string> = {};
/** Staff of the institution each staff read needs (the service's, the milestone's lead). */
let serviceStaff: string;
let milestoneStaff: string;
before(async () => {
  h = await createHarness();
  await seedIfEmpty(h.db, { error: (m, f) => assert.fail(`${m} ${JSON.stringify(f)}`) });
  const read = async <T>(path: string) => (await (await h.request(`/api/v1${path}`)).json()) as T;
  const [plan] = (await read<{ items: Item[] }>('/plans')).items;
  const { commitments } = await read<{
    commitments: { number: string; leadInstitutionId: string; milestones: Item[] }[];
  }>(`/plans/${plan!.id}`);
  const commitment = commitments.find((c) => c.milestones.length > 0)!;
  const milestone = commitment.milestones[0]!;
  const [service] = (await read<{ items: (Item & { competentAuthorityIds: string[] })[] }>('/services')).items;
  const [institution] = (await read<{ items: Item[] }>('/institutions')).items;
  Object.assign(params, {
    planId: plan!.id,
    number: commitment.number,
    milestoneId: milestone.id,
    serviceId: service!.id,
    institutionId: institution!.id,
    opportunityId: 'xk-ogp-2026-2030-demo-hearing',
    processId: 'xk-ogp-2026-2030',
  });
  serviceStaff = await createStaffToken(h.db, 'service editor', service!.competentAuthorityIds[0]!);
  milestoneStaff = await createStaffToken(
    h.db,
    'milestone lead',
    String(milestone['leadInstitutionId'] ?? commitment.leadInstitutionId),
  );
  const receipt = (await (
    await h.request('/api/v1/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'conditional-reads' },
      body: JSON.stringify({
        type: 'feedback',
        subject: { serviceId: service!.id },
        message: 'The opening hours on the page are out of date.',
        language: 'en',
      }),
    })
  ).json()) as { reference: string; statusToken: string };
  params['reference'] = receipt.reference;
  params['statusToken'] = receipt.statusToken;
  const doc = (await (await h.request('/openapi.json')).json()) as { paths: Record<string, Record<string, Operation>> };
  operations = Object.fromEntries(
    Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => [op.operationId, op])),
  );
});
after(() => h.close());

const routes = Object.values(API_ROUTES) as RouteSpec[];
const pathOf = (route: RouteSpec, value = (name: string) => params[name]!) =>
  `/api/v1${route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(value(name)))}`;
const staffHeaders = (route: RouteSpec): Record<string, string> =>
  route.staff ? { Authorization: `Bearer ${route.path.includes('/milestones/') ? milestoneStaff : serviceStaff}` } : {};

test('every read sends an ETag, and 304 with no body to a request that sends it back; OpenAPI lists the 304', async () => {
  const reads = routes.filter((route) => route.method === 'GET');
  assert.ok(reads.length >= 25, `${reads.length} reads`);
  for (const route of reads) {
    const headers = staffHeaders(route);
    const first = await h.request(pathOf(route), { headers });
    assert.equal(first.status, 200, `${route.id}: ${first.status}`);
    const etag = first.headers.get('ETag');
    assert.ok(etag, `${route.id} sends no ETag`);
    const again = await h.request(pathOf(route), { headers: { ...headers, 'If-None-Match': etag } });
    assert.equal(again.status, 304, `${route.id} with If-None-Match: ${again.status}`);
    assert.equal(await again.text(), '', route.id);
    assert.equal(again.headers.get('ETag'), etag, route.id);
    const operation = operations[route.id]!;
    assert.ok(operation.responses['304'], `${route.id}: no 304 in the OpenAPI document`);
    assert.ok(
      operation.parameters?.some((p) => p.$ref === '#/components/parameters/IfNoneMatch'),
      route.id,
    );
  }
});

test('any route refuses a query value with control characters, and an id with them, as OpenAPI says', async () => {
  for (const route of routes) {
    const headers = staffHeaders(route);
    const query = await h.request(`${pathOf(route)}?page=1%01`, { method: route.method, headers });
    assert.equal(query.status, 400, `${route.method} ${route.id}: ${query.status}`);
    assert.equal(ProblemDetailsSchema.parse(await query.json()).code, 'invalid_query', route.id);
    assert.ok(operations[route.id]!.responses['400'], `${route.id}: no 400 in the OpenAPI document`);
    if (!route.path.includes('{')) continue;
    const id = await h.request(
      pathOf(route, (name) => `${params[name]}\u0007`),
      { method: route.method, headers },
    );
    assert.equal(id.status, 404, `${route.method} ${route.id} with a control character in its id: ${id.status}`);
    assert.ok(operations[route.id]!.responses['404'], `${route.id}: no 404 in the OpenAPI document`);
  }
});

test('the XLSX export keeps its (weak) ETag when the workbook is built again later, though the zip’s bytes differ', async () => {
  const path = `/api/v1/plans/${params['planId']}/export.xlsx`;
  const first = await h.request(path);
  const etag = first.headers.get('ETag')!;
  assert.match(etag, /^W\/"/, 'weak: the same content, not the same bytes');
  const bytes = new Uint8Array(await first.arrayBuffer());
  const realNow = Date.now;
  Date.now = () => realNow() + 60_000; // a minute later: the zip stamps each entry with the time
  try {
    const later = await h.request(path);
    assert.equal(later.headers.get('ETag'), etag);
    assert.notDeepEqual(new Uint8Array(await later.arrayBuffer()), bytes, 'the premise: the bytes changed');
    const again = await h.request(path, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  } finally {
    Date.now = realNow;
  }
});
