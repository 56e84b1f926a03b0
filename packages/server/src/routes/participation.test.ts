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
