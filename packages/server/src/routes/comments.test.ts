// The published comments of a commitment: a commitment the plan does not have is a 404, as GET
// /plans/{planId}/commitments/{number} answers and as a static export answers (it has no file for it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemDetailsSchema } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';

let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
});
after(() => h.close());

test('comments of a commitment the plan does not have: 404 naming it, not an empty page', async () => {
  const ok = await h.request('/api/v1/plans/xk-test-plan/commitments/1/comments');
  assert.equal(ok.status, 200);
  for (const number of ['99', '1.1', 'abc']) {
    const res = await h.request(`/api/v1/plans/xk-test-plan/commitments/${number}/comments`);
    assert.equal(res.status, 404, number);
    const problem = ProblemDetailsSchema.parse(await res.json());
    assert.equal(problem.code, 'not_found');
    assert.match(problem.detail ?? '', new RegExp(`no commitment ${number.replace('.', '\\.')}`));
  }
  assert.equal((await h.request('/api/v1/plans/nope/commitments/1/comments')).status, 404);
});
