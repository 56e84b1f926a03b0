import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemDetailsSchema } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { runStaffCommand } from '../admin/commands.js';
import { loadConfig } from '../config.js';
import { createStaffToken, listStaffTokens } from './tokens.js';

let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
});
after(() => h.close());

const progress = (token: string) =>
  h.request('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ status: 'on_track', narrative: { values: { en: 'Going well' } } }),
  });
const DAY = 86_400_000;

test('a staff token expires after 180 days by default; HAPUR_STAFF_TOKEN_DAYS changes the default', async () => {
  const start = new Date(h.clock.now);
  const token = await createStaffToken(h.db, 'Default', 'xk-test-a', { now: start });
  const info = (await listStaffTokens(h.db)).find((t) => t.name === 'Default');
  assert.equal(Date.parse(info!.expiresAt) - Date.parse(info!.createdAt), 180 * DAY);
  assert.equal((await progress(token)).status, 201);
  h.clock.now = new Date(start.getTime() + 180 * DAY);
  const expired = await progress(token);
  assert.equal(expired.status, 401);
  assert.match(expired.headers.get('www-authenticate') ?? '', /Bearer/);
  assert.equal(expired.headers.get('content-type'), 'application/problem+json');
  const problem = ProblemDetailsSchema.parse(await expired.json());
  assert.equal(problem.code, 'token_expired');
  assert.match(problem.detail ?? '', /expired on 2026-08-29/);
  h.clock.now = start;
  assert.equal(loadConfig({ HAPUR_STAFF_TOKEN_DAYS: '30' }).staffTokenDays, 30);
  assert.equal(loadConfig({}).staffTokenDays, 180);
  assert.throws(() => loadConfig({ HAPUR_STAFF_TOKEN_DAYS: '0' }), /HAPUR_STAFF_TOKEN_DAYS/);
});

test('token create --days, token list and token revoke: a revoked token gets 401 token_revoked at once', async () => {
  const created = await runStaffCommand(h.db, ['token', 'create', 'Arta', '--institution', 'xk-test-a', '--days', '7']);
  assert.equal(created.code, 0, created.err);
  assert.match(created.out, /valid 7 days/);
  const token = created.out.trim().split('\n').at(-1)!;
  assert.equal((await progress(token)).status, 201);

  const listed = await runStaffCommand(h.db, ['token', 'list']);
  assert.equal(listed.code, 0);
  const line = listed.out.split('\n').find((l) => l.includes('Arta'))!;
  assert.match(line, /^(\d+)\s+Arta\s+xk-test-a\s+\d{4}-\d\d-\d\d\s+\d{4}-\d\d-\d\d\s+active$/);
  assert.ok(!listed.out.includes(token) && !/[0-9a-f]{64}/.test(listed.out), 'never the token or its hash');
  const id = /^(\d+)/.exec(line)![1]!;

  const revoked = await runStaffCommand(h.db, ['token', 'revoke', id]);
  assert.equal(revoked.code, 0, revoked.err);
  const refused = await progress(token);
  assert.equal(refused.status, 401);
  const problem = ProblemDetailsSchema.parse(await refused.json());
  assert.equal(problem.code, 'token_revoked');
  assert.match(problem.detail ?? '', /revoked on \d{4}-\d\d-\d\d/);
  assert.match((await runStaffCommand(h.db, ['token', 'list'])).out, new RegExp(`^${id}\\s+Arta.*revoked \\d{4}`, 'm'));

  assert.equal((await runStaffCommand(h.db, ['token', 'revoke', '999999'])).code, 1);
  assert.equal((await runStaffCommand(h.db, ['token', 'revoke', 'x'])).code, 2);
  assert.equal(
    (await runStaffCommand(h.db, ['token', 'create', 'B', '--institution', 'xk-test-a', '--days', '0'])).code,
    1,
  );
  const unknown = ProblemDetailsSchema.parse(await (await progress('hapur_not-a-token')).json());
  assert.equal(unknown.code, 'unauthorized');
});
