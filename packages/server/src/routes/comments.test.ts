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

test('paging takes whole numbers written in digits only ("0x2", "1e1" and " 2" are not pages)', async () => {
  const base = '/api/v1/plans/xk-test-plan/commitments/1/comments';
  for (const query of ['page=0x2', 'pageSize=1e1', 'page=%202', 'page=0', 'pageSize=101', 'page=abc']) {
    const res = await h.request(`${base}?${query}`);
    assert.equal(res.status, 400, query);
    assert.equal(ProblemDetailsSchema.parse(await res.json()).errors?.[0]?.code, 'out_of_range', query);
  }
  const ok = await h.request(`${base}?page=2&pageSize=10`);
  assert.equal(ok.status, 200);
  assert.deepEqual([((await ok.json()) as { page: number }).page, 'ok'], [2, 'ok']);
});
