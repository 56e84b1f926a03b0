import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ProblemDetailsSchema,
  PublicServiceSchema,
  ServiceChangeSchema,
  ServiceRevisionSchema,
  createClient,
  listOf,
  type ServiceInput,
} from '@hapur/sdk';
import type { Harness } from '../testing/harness.js';
import { BESA, staffHarness } from '../testing/staff-harness.js';

let h: Harness;
let tokenA: string;
let tokenB: string;
before(async () => {
  [h, tokenA, tokenB] = await staffHarness(['Arta (municipality A)', 'xk-test-a'], BESA);
});
after(() => h.close());

const put = (id: string, token: string, body: unknown, headers: Record<string, string>) =>
  h.request(`/api/v1/services/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
const get = (path: string, token?: string) =>
  h.request(`/api/v1${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
const problem = async (res: Response) => ProblemDetailsSchema.parse(await res.json());
const publicEtag = async (id: string) => (await get(`/services/${id}`)).headers.get('etag') ?? '';

test('replace: If-Match with the ETag of GET /services/{id}; missing → 428, stale → 412, other institution → 403', async () => {
  const before = PublicServiceSchema.parse(await (await get('/services/xk-test-permit')).json());
  const etag = await publicEtag('xk-test-permit');
  const edited = {
    ...before,
    costs: [{ id: 'fee', value: 12.5, currency: 'EUR', description: { values: { sq: 'Taksa', 'sr-Latn': 'Taksa' } } }],
  };

  const missing = await put('xk-test-permit', tokenA, edited, {});
  assert.equal(missing.status, 428);
  assert.equal((await problem(missing)).code, 'precondition_required');
  // `*` ("whatever is stored") is no version anyone read: it would overwrite another officer's change silently.
  const star = await put('xk-test-permit', tokenA, edited, { 'If-Match': '*' });
  assert.equal(star.status, 428);
  assert.match((await problem(star)).detail ?? '', /If-Match: \* would overwrite/);

  const other = await put('xk-test-permit', tokenB, edited, { 'If-Match': etag });
  assert.equal(other.status, 403, 'ministry B is not competent for the permit');

  const ok = await put('xk-test-permit', tokenA, edited, { 'If-Match': etag });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('location'), null, 'a replace creates nothing');
  const rev = ServiceRevisionSchema.parse(await ok.json());
  assert.equal(rev.service.costs?.[0]?.value, 12.5);
  assert.equal(rev.service.lastReviewedAt, '2026-03-02', 'set by the server: the day of the write');
  assert.equal(ok.headers.get('etag'), rev.etag);
  assert.equal(await publicEtag('xk-test-permit'), rev.etag, 'the public read shows the new version and ETag');

  const stale = await put('xk-test-permit', tokenA, { ...edited, status: 'inactive' }, { 'If-Match': etag });
  assert.equal(stale.status, 412, 'someone changed it first');
  assert.equal((await problem(stale)).code, 'precondition_failed');
  const still = PublicServiceSchema.parse(await (await get('/services/xk-test-permit')).json());
  assert.equal(still.status, 'active');
});

test('create: If-None-Match: *; a service for another institution is refused; an existing id is 412', async () => {
  const input: ServiceInput = {
    identifier: 'XK-TEST-003',
    name: { values: { sq: 'Leje parkimi', en: 'Parking permit' } },
    description: { values: { sq: 'Leje parkimi për banorët', en: 'A parking permit for residents' } },
    competentAuthorityIds: ['xk-test-a'],
    channels: [],
    languages: ['sq', 'en'],
    status: 'active',
  };
  const noCondition = await put('xk-test-parking', tokenA, input, {});
  assert.equal(noCondition.status, 428);
  const forOthers = await put(
    'xk-test-parking',
    tokenA,
    { ...input, competentAuthorityIds: ['xk-test-b'] },
    { 'If-None-Match': '*' },
  );
  assert.equal(forOthers.status, 403);
  const wrongId = await put('xk-test-parking', tokenA, { ...input, id: 'xk-other' }, { 'If-None-Match': '*' });
  assert.equal(wrongId.status, 400);
  const created = await put('xk-test-parking', tokenA, input, { 'If-None-Match': '*' });
  assert.equal(created.status, 201, 'RFC 9110: a PUT that creates answers 201');
  assert.equal(created.headers.get('location'), '/api/v1/services/xk-test-parking');
  const revision = ServiceRevisionSchema.parse(await created.json());
  assert.equal(revision.service.id, 'xk-test-parking');
  assert.equal(created.headers.get('etag'), revision.etag);
  const readBack = await get(created.headers.get('location')!.replace('/api/v1', ''));
  assert.equal(readBack.status, 200, 'Location reads the service back');
  assert.equal((await put('xk-test-parking', tokenA, input, { 'If-None-Match': '*' })).status, 412);
  const unknownField = await put('xk-test-parking', tokenA, { ...input, colour: 'red' }, { 'If-None-Match': '*' });
  assert.equal(unknownField.status, 400, 'unknown fields are refused');
});

test('a text without its source language or a language the card declares is refused (400), nothing stored', async () => {
  const before = PublicServiceSchema.parse(await (await get('/services/xk-test-permit')).json());
  const etag = await publicEtag('xk-test-permit');
  const { sq: _cleared, ...others } = before.name.values;
  const noSource = { ...before, name: { ...before.name, values: others, source: 'sq' } };
  const refused = await put('xk-test-permit', tokenA, noSource, { 'If-Match': etag });
  assert.equal(refused.status, 400);
  const body = (await refused.json()) as { errors?: { path: string }[] };
  assert.ok(JSON.stringify(body).includes('name.values.sq'), JSON.stringify(body));
  const { 'sr-Latn': _missing, ...sqOnly } = before.description.values;
  const undeclared = { ...before, description: { values: sqOnly } };
  assert.equal(
    (await put('xk-test-permit', tokenA, undeclared, { 'If-Match': etag })).status,
    400,
    'sr-Latn is declared',
  );
  assert.equal(await publicEtag('xk-test-permit'), etag, 'nothing was stored');
});

test('withdraw: kept with status withdrawn, gone from the list, its URL still answers; history says who, when, what', async () => {
  const res = await h.request('/api/v1/services/xk-test-tax/withdraw', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokenB}` },
    body: JSON.stringify({}),
  });
  assert.equal(res.status, 428);
  const star = await h.request('/api/v1/services/xk-test-tax/withdraw', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokenB}`, 'If-Match': '*' },
    body: JSON.stringify({}),
  });
  assert.equal(star.status, 428, 'If-Match: * names no version read');
  const withdrawn = await h.request('/api/v1/services/xk-test-tax/withdraw', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${tokenB}`,
      'If-Match': await publicEtag('xk-test-tax'),
    },
    body: JSON.stringify({ note: { values: { en: 'Replaced by the online e-Kosova service.' } } }),
  });
  assert.equal(withdrawn.status, 200);
  const list = listOf(PublicServiceSchema).parse(await (await get('/services')).json());
  assert.ok(!list.items.some((s) => s.id === 'xk-test-tax'), 'the public list hides it');
  const all = listOf(PublicServiceSchema).parse(await (await get('/services?status=withdrawn')).json());
  assert.deepEqual(
    all.items.map((s) => s.id),
    ['xk-test-tax'],
  );
  const direct = await get('/services/xk-test-tax');
  assert.equal(direct.status, 200);
  assert.equal(PublicServiceSchema.parse(await direct.json()).status, 'withdrawn');

  assert.equal((await get('/services/xk-test-tax/history', tokenA)).status, 403);
  assert.equal((await get('/services/xk-test-tax/history')).status, 401);
  const history = listOf(ServiceChangeSchema).parse(await (await get('/services/xk-test-tax/history', tokenB)).json());
  assert.deepEqual(
    history.items.map(({ by, action, fields, at }) => ({ by, action, fields, at })),
    [{ by: 'Besa (ministry B)', action: 'withdrawn', fields: ['status'], at: '2026-03-02T09:00:00.000Z' }],
  );
  assert.equal(history.items[0]?.note?.values['en'], 'Replaced by the online e-Kosova service.');
  const permit = listOf(ServiceChangeSchema).parse(
    await (await get('/services/xk-test-permit/history', tokenA)).json(),
  );
  assert.deepEqual(
    permit.items.map((c) => [c.action, c.fields]),
    [['replaced', ['costs']]],
  );
});

test('the SDK client: revision, put with the etag, a 412 when stale, history', async () => {
  const client = createClient({
    baseUrl: 'http://hapur.test/api/v1',
    token: tokenA,
    retry: 0,
    fetch: async (input, init) => {
      const r = new Request(input, init);
      const url = new URL(r.url);
      const body = r.method === 'GET' ? undefined : await r.text();
      return h.request(`${url.pathname}${url.search}`, {
        method: r.method,
        headers: r.headers,
        ...(body ? { body } : {}),
      });
    },
  });
  const rev = await client.services.revision('xk-test-parking');
  const { id: _id, lastReviewedAt: _l, ...rest } = rev.service;
  const next = await client.services.put('xk-test-parking', { ...rest, status: 'inactive' }, { etag: rev.etag });
  assert.equal(next.service.status, 'inactive');
  await assert.rejects(
    client.putService('xk-test-parking', { ...rest, status: 'active' }, { etag: rev.etag }),
    (e: unknown) => {
      assert.equal((e as { status?: number }).status, 412);
      return true;
    },
  );
  const changes = await client.services.history('xk-test-parking');
  assert.deepEqual(
    changes.map((c) => [c.action, c.by]),
    [
      ['created', 'Arta (municipality A)'],
      ['replaced', 'Arta (municipality A)'],
    ],
  );
});

test('review: checked and still correct, the card unchanged but lastReviewedAt, history "reviewed" without fields', async () => {
  const review = (id: string, headers: Record<string, string>) =>
    h.request(`/api/v1/services/${id}/review`, { method: 'POST', headers });
  const before = PublicServiceSchema.parse(await (await get('/services/xk-test-permit')).json());
  const etag = await publicEtag('xk-test-permit');
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  assert.equal((await review('xk-test-permit', { 'If-Match': etag })).status, 401, 'no token');
  const other = await review('xk-test-permit', { ...auth(tokenB), 'If-Match': etag });
  assert.equal(other.status, 403, 'ministry B is not competent for the permit');
  assert.equal((await problem(other)).code, 'forbidden');
  assert.equal((await review('xk-test-nothing', { ...auth(tokenA), 'If-Match': etag })).status, 404);
  assert.equal((await review('xk-test-permit', auth(tokenA))).status, 428, 'which version was checked');
  assert.equal((await review('xk-test-permit', { ...auth(tokenA), 'If-Match': '"stale"' })).status, 412);
  assert.equal((await review('xk-test-permit', { ...auth(tokenA), 'If-Match': '*' })).status, 428, 'not a version');
  assert.equal(await publicEtag('xk-test-permit'), etag, 'nothing was stored by the refused ones');

  h.clock.now = new Date('2026-04-10T08:30:00Z');
  try {
    const ok = await review('xk-test-permit', { ...auth(tokenA), 'If-Match': etag });
    assert.equal(ok.status, 200);
    const rev = ServiceRevisionSchema.parse(await ok.json());
    assert.equal(ok.headers.get('etag'), rev.etag);
    assert.deepEqual(rev.service, { ...before, lastReviewedAt: '2026-04-10' }, 'only lastReviewedAt changes');
    const read = PublicServiceSchema.parse(await (await get('/services/xk-test-permit')).json());
    assert.equal(read.lastReviewedAt, '2026-04-10', 'citizens see the new "checked on" day');

    const history = listOf(ServiceChangeSchema).parse(
      await (await get('/services/xk-test-permit/history', tokenA)).json(),
    );
    assert.deepEqual(history.items.at(-1), {
      serviceId: 'xk-test-permit',
      at: '2026-04-10T08:30:00.000Z',
      by: 'Arta (municipality A)',
      institutionId: 'xk-test-a',
      action: 'reviewed',
      fields: [],
    });
  } finally {
    h.clock.now = new Date('2026-03-02T09:00:00Z');
  }
});

test('review through the SDK client: the revision answered, and 403 for another institution', async () => {
  const clientOf = (token: string) =>
    createClient({
      baseUrl: 'http://hapur.test/api/v1',
      token,
      retry: 0,
      fetch: async (input, init) => {
        const r = new Request(input, init);
        const url = new URL(r.url);
        return h.request(`${url.pathname}${url.search}`, { method: r.method, headers: r.headers });
      },
    });
  const rev = await clientOf(tokenB).services.revision('xk-test-tax');
  const reviewed = await clientOf(tokenB).reviewService('xk-test-tax', { etag: rev.etag });
  assert.equal(reviewed.service.lastReviewedAt, '2026-03-02');
  await assert.rejects(clientOf(tokenA).services.review('xk-test-tax', { etag: reviewed.etag }), (e: unknown) => {
    assert.equal((e as { status?: number }).status, 403);
    return true;
  });
  const changes = await clientOf(tokenB).services.history('xk-test-tax');
  assert.deepEqual(
    changes.map((c) => [c.action, c.fields]),
    [
      ['withdrawn', ['status']],
      ['reviewed', []],
    ],
  );
});

test('review takes no body (a field is refused, 400); withdraw without a body is {}, a body of another type 415', async () => {
  const post = (path: string, headers: Record<string, string>, body?: string) =>
    h.request(`/api/v1/services/xk-test-permit/${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenA}`, 'If-Match': headers['If-Match'] ?? '', ...headers },
      ...(body === undefined ? {} : { body }),
    });
  const json = { 'Content-Type': 'application/json' };
  const field = await post('review', { ...json, 'If-Match': await publicEtag('xk-test-permit') }, '{"x":1}');
  assert.equal(field.status, 400, 'docs/api.md: review has no body, and an unknown field is a 400');
  const refused = await problem(field);
  assert.equal(refused.code, 'validation_failed');
  assert.deepEqual(
    refused.errors?.map((e) => [e.path, e.code, e.message]),
    [['x', 'unrecognized_keys', 'Unknown field "x".']],
  );
  const notObject = await post('review', { ...json, 'If-Match': await publicEtag('xk-test-permit') }, '[1]');
  assert.equal(notObject.status, 400);
  assert.match((await problem(notObject)).errors?.[0]?.message ?? '', /takes no body/);
  const empty = await post('review', { ...json, 'If-Match': await publicEtag('xk-test-permit') }, '{}');
  assert.equal(empty.status, 200, 'an empty object says nothing: accepted');

  const textBody = await post(
    'withdraw',
    { 'Content-Type': 'text/plain', 'If-Match': await publicEtag('xk-test-permit') },
    'hi',
  );
  assert.equal(textBody.status, 415, 'a body must be JSON');
  const bare = await post('withdraw', { 'If-Match': await publicEtag('xk-test-permit') });
  assert.equal(bare.status, 200, 'no body, no Content-Type: every field of ServiceWithdrawInput is optional');
  assert.equal(ServiceRevisionSchema.parse(await bare.json()).service.status, 'withdrawn');
});
