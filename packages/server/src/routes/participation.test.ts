// Participation statistics: an institution this server does not know is a 404 (as a static export answers: it has
// no file for it), not a page of zeros that looks like an institution nobody wrote to.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ParticipationStatsSchema, ProblemDetailsSchema } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';

let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
});
after(() => h.close());

test('stats of an unknown institution: 404 naming it; a known one with no submissions: zeros', async () => {
  const res = await h.request('/api/v1/participation/stats?institution=xk-test-typo');
  assert.equal(res.status, 404);
  const problem = ProblemDetailsSchema.parse(await res.json());
  assert.equal(problem.code, 'not_found');
  assert.match(problem.detail ?? '', /xk-test-typo/);
  const known = await h.request('/api/v1/participation/stats?institution=xk-test-b');
  assert.equal(known.status, 200);
  assert.equal(ParticipationStatsSchema.parse(await known.json()).total, 0);
  assert.equal((await h.request('/api/v1/participation/stats')).status, 200, 'without institution: everyone');
  const doc = (await (await h.request('/openapi.json')).json()) as {
    paths: Record<string, { get: { responses: Record<string, unknown> } }>;
  };
  assert.ok('404' in doc.paths['/participation/stats']!.get.responses, 'the OpenAPI document lists the 404');
});

test('from/to are UTC calendar days whatever time zone the database session is in', async () => {
  // A Postgres whose TimeZone setting is local (a common default) turned '2026-03-02'::date into local midnight.
  await h.db.query(`SET TimeZone = 'Europe/Belgrade'`);
  try {
    const send = async (at: string, key: string) => {
      h.clock.now = new Date(at);
      const res = await h.request('/api/v1/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({
          type: 'proposal',
          subject: { topic: 'Parks' },
          institutionId: 'xk-test-b',
          message: 'More benches in the park, please.',
          language: 'sq',
        }),
      });
      assert.equal(res.status, 201, await res.clone().text());
    };
    await send('2026-03-01T23:30:00Z', 'tz-1'); // 1 March in UTC, already 2 March in Belgrade
    await send('2026-03-02T23:30:00Z', 'tz-2'); // 2 March in UTC
    const total = async (query: string) => {
      const res = await h.request(`/api/v1/participation/stats?institution=xk-test-b&${query}`);
      assert.equal(res.status, 200);
      return ParticipationStatsSchema.parse(await res.json()).total;
    };
    assert.equal(await total('from=2026-03-02&to=2026-03-02'), 1);
    assert.equal(await total('from=2026-03-01&to=2026-03-01'), 1);
    assert.equal(await total('to=2026-03-01'), 1);
    assert.equal(await total('from=2026-03-03'), 0);
  } finally {
    await h.db.query(`SET TimeZone = 'UTC'`);
  }
});

test('from/to at the ends of the calendar (year 0000, 9999) take in every submission, not a 500', async () => {
  // Postgres reads no year 0 and no five-digit year in a timestamp's text: these were "date/time field value out of range".
  const total = async (query: string) => {
    const res = await h.request(`/api/v1/participation/stats?${query}`);
    assert.equal(res.status, 200, await res.clone().text());
    return ParticipationStatsSchema.parse(await res.json()).total;
  };
  const all = await total('');
  assert.equal(await total('from=0000-01-01&to=9999-12-31'), all);
  assert.equal(await total('to=0000-01-01'), 0);
  assert.equal(await total('from=9999-12-31'), 0);
});
