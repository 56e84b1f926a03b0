import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import {
  ActionPlanSchema,
  ActionPlanSummarySchema,
  CommitmentSchema,
  ProblemDetailsSchema,
  PublicServiceSchema,
  listOf,
} from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';

let h: Harness;
before(async () => {
  h = await createHarness();
  const file = fixtureFile();
  await importFile(h.db, file, 'fixture.json');
  await importFile(
    h.db,
    {
      format: 'hapur/v1',
      provenance: { kind: 'demonstration', source: 'server test' },
      progressUpdates: [
        {
          id: 'pu-1',
          planId: 'xk-test-plan',
          milestoneId: 'xk-test-plan-c1-m1',
          reportedAt: '2026-02-01T10:00:00Z',
          reportedBy: { institutionId: 'xk-test-a' },
          source: 'demonstration',
          status: 'on_track',
          progressPercent: 20,
          narrative: { values: { en: 'Started' } },
          evidence: [],
        },
        {
          id: 'pu-2',
          planId: 'xk-test-plan',
          milestoneId: 'xk-test-plan-c1-m1',
          reportedAt: '2026-03-01T10:00:00Z',
          reportedBy: { institutionId: 'xk-test-a' },
          source: 'demonstration',
          progressPercent: 60,
          narrative: { values: { en: 'Drafted' } },
          evidence: [],
        },
      ],
    },
    'demo.json',
  );
});
after(() => h.close());

const json = async (path: string) => {
  const res = await h.request(path);
  assert.equal(res.status, 200, `${path} → ${res.status}`);
  return res.json() as Promise<unknown>;
};

test('GET /plans lists summaries with counts, valid by the SDK schema', async () => {
  const body = listOf(ActionPlanSummarySchema).parse(await json('/api/v1/plans'));
  assert.equal(body.items.length, 1);
  assert.deepEqual(body.items[0]?.counts, { commitments: 2, milestones: 3 });
  assert.equal('commitments' in (body.items[0] ?? {}), false);
});

test('GET /plans/{id} derives milestone state from the progress log and flags demonstration progress', async () => {
  const plan = ActionPlanSchema.parse(await json('/api/v1/plans/xk-test-plan'));
  const m = plan.commitments[0]?.milestones[0];
  assert.equal(m?.status, 'on_track', 'status from the first update is kept when the second does not change it');
  assert.equal(m?.progressPercent, 60);
  assert.equal(m?.latestUpdate?.id, 'pu-2');
  assert.equal(plan.commitments[0]?.milestones[1]?.status, 'planned');
  assert.deepEqual(plan.dataNotes, { demonstrationProgress: true });
  assert.ok(plan.updatedAt);
});

test('reads send ETag and Cache-Control; If-None-Match gives 304', async () => {
  const res = await h.request('/api/v1/plans/xk-test-plan');
  const etag = res.headers.get('etag');
  assert.ok(etag);
  assert.match(res.headers.get('cache-control') ?? '', /max-age/);
  const again = await h.request('/api/v1/plans/xk-test-plan', { headers: { 'If-None-Match': `W/${etag}, "other"` } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
});

test('GET a commitment by number; unknown plan or number is a 404 problem', async () => {
  const c = CommitmentSchema.parse(await json('/api/v1/plans/xk-test-plan/commitments/2'));
  assert.equal(c.leadInstitutionId, 'xk-test-b');
  assert.equal((await h.request('/api/v1/plans/xk-test-plan/commitments/9')).status, 404);
  assert.equal((await h.request('/api/v1/plans/nope')).status, 404);
});

test('CSV export: one row per milestone, quoted fields, attachment', async () => {
  const res = await h.request('/api/v1/plans/xk-test-plan/export.csv');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  assert.match(res.headers.get('content-disposition') ?? '', /xk-test-plan\.csv/);
  const lines = (await res.text())
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  assert.equal(lines.length, 4, 'header + 3 milestones');
  assert.match(lines[1] ?? '', /"Commitment one, ""quoted"", with comma"/);
  // The state columns, then what the plan's dataNotes say: this plan's progress is the seed's, invented.
  assert.match(
    lines[0] ?? '',
    /,milestone\.status,.*,plan\.dataNotes\.demonstrationPlan,plan\.dataNotes\.demonstrationProgress$/,
  );
  assert.match(lines[1] ?? '', /,on_track,,60,2026-03-01T10:00:00(\.000)?Z,false,true$/);
  const j = await h.request('/api/v1/plans/xk-test-plan/export.json');
  assert.equal(ActionPlanSchema.parse(await j.json()).id, 'xk-test-plan');
});

test('GET /services filters by institution, free text (accents ignored) and language', async () => {
  const all = listOf(PublicServiceSchema).parse(await json('/api/v1/services'));
  assert.equal(all.items.length, 2);
  const byInst = listOf(PublicServiceSchema).parse(await json('/api/v1/services?institution=xk-test-b'));
  assert.deepEqual(
    byInst.items.map((s) => s.id),
    ['xk-test-tax'],
  );
  const byText = listOf(PublicServiceSchema).parse(await json('/api/v1/services?q=CERTIFIKATE'));
  assert.deepEqual(
    byText.items.map((s) => s.id),
    ['xk-test-tax'],
  );
  const byLang = listOf(PublicServiceSchema).parse(await json('/api/v1/services?lang=en'));
  assert.deepEqual(
    byLang.items.map((s) => s.id),
    ['xk-test-tax'],
  );
  const one = PublicServiceSchema.parse(await json('/api/v1/services/xk-test-permit'));
  assert.equal(one.identifier, 'XK-TEST-001');
  assert.equal((await h.request('/api/v1/services/nope')).status, 404);
});

test('GET /services/{id}?format=jsonld is schema.org GovernmentService in the asked language', async () => {
  const res = await h.request('/api/v1/services/xk-test-permit?format=jsonld&lang=sr-Latn');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^application\/ld\+json/);
  const doc = (await res.json()) as Record<string, unknown>;
  assert.equal(doc['@type'], 'GovernmentService');
  assert.equal(doc['name'], 'Building permit (sr)');
  assert.deepEqual(doc['@context'], ['https://schema.org', { '@language': 'sr-Latn' }]);
  // The provider is the competent authority from the institutions table, in the same language.
  assert.deepEqual(doc['provider'], { '@type': 'GovernmentOrganization', name: 'Agency A (sr)' });
  assert.deepEqual(doc['areaServed'], { '@type': 'Country', identifier: 'XK' });
});

test('large reads are gzip-compressed on request and still revalidate to 304', async () => {
  const res = await h.request('/api/v1/plans/xk-test-plan', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  const etag = res.headers.get('etag') ?? '';
  assert.match(etag, /^W\//);
  const plain = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
  assert.equal(ActionPlanSchema.parse(JSON.parse(plain)).id, 'xk-test-plan');
  const again = await h.request('/api/v1/plans/xk-test-plan', {
    headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag },
  });
  assert.equal(again.status, 304);
  assert.equal(again.headers.get('etag'), etag, 'the 304 carries the ETag the 200 had (RFC 9110 15.4.5)');
});

test('a 304 carries the ETag its 200 has, weak when compressed, on every kind of read', async () => {
  for (const path of ['/api/v1/services', '/api/v1/plans/xk-test-plan/export.csv', '/api/v1/plans/xk-test-plan']) {
    for (const encoding of ['gzip', 'identity']) {
      const res = await h.request(path, { headers: { 'Accept-Encoding': encoding } });
      const etag = res.headers.get('etag') ?? '';
      assert.equal(etag.startsWith('W/'), encoding === 'gzip', `${path} ${encoding}: ${etag}`);
      const again = await h.request(path, { headers: { 'Accept-Encoding': encoding, 'If-None-Match': etag } });
      assert.equal(again.status, 304, path);
      assert.equal(again.headers.get('etag'), etag, `${path} ${encoding}`);
    }
  }
});

test('lang: any letter case is the tag (SQ is sq); bare sr filters Serbian in either script; a refusal says why', async () => {
  const ids = async (query: string) =>
    listOf(PublicServiceSchema)
      .parse(await json(`/api/v1/services?${query}`))
      .items.map((s) => s.id);
  assert.deepEqual(await ids('lang=SQ'), await ids('lang=sq'));
  assert.equal((await ids('lang=SQ')).length, 2);
  assert.deepEqual(await ids('lang=EN-gb'), ['xk-test-tax']);
  assert.deepEqual(await ids('lang=sr'), await ids('lang=sr-Latn'), 'Serbian, whatever its script');
  assert.equal((await ids('lang=sr')).length, 2);

  const jsonLd = await h.request('/api/v1/services/xk-test-permit?format=jsonld&lang=SR-latn');
  assert.equal(jsonLd.status, 200);
  assert.equal(jsonLd.headers.get('content-language'), 'sr-Latn', 'the canonical tag');
  const reasons = async (path: string) => {
    const res = await h.request(path);
    assert.equal(res.status, 400, path);
    return ProblemDetailsSchema.parse(await res.json()).errors?.map((e) => [e.path, e.message]);
  };
  const script = 'For Serbian, choose the script: Latin (sr-Latn) or Cyrillic (sr-Cyrl).';
  assert.deepEqual(await reasons('/api/v1/services/xk-test-permit?format=jsonld&lang=sr'), [['lang', script]]);
  assert.deepEqual(await reasons('/api/v1/participation/opportunities.ics?lang=SR'), [['lang', script]]);
  assert.deepEqual(await reasons('/api/v1/services?lang=not_a_tag'), [
    ['lang', 'Use a language tag such as sq, sr-Latn or en.'],
  ]);
});
