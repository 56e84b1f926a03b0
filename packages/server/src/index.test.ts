import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ActionPlanDetailSchema, ActionPlanSchema, listOf, ActionPlanSummarySchema } from '@hapur/sdk';
import { startServer, type RunningServer } from './index.js';
import { exportStatic } from './export-static.js';
import { tempDir } from './testing/harness.js';
import { createLogger } from './http/logger.js';

let server: RunningServer;
const lines: string[] = [];
const cdn = tempDir('hapur-cdn-', { 'hapur.js': 'console.log(1)' });
before(async () => {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    seed: true,
    handleSignals: false,
    staticMounts: [{ urlPrefix: '/cdn/', dir: cdn }],
    config: { dataDir: undefined, databaseUrl: undefined, writeRateLimit: 0 },
    logger: createLogger('info', (line) => lines.push(line)),
  });
});
after(async () => {
  await server.close();
  rmSync(cdn, { recursive: true, force: true });
});

test('startServer seeds the shipped data on first start and serves it over HTTP', async () => {
  const plans = listOf(ActionPlanSummarySchema).parse(await (await fetch(`${server.url}/api/v1/plans`)).json());
  assert.ok(
    plans.items.some((p) => p.id === 'al-2020-2022'),
    'the Albanian draft is seeded',
  );
  const plan = ActionPlanSchema.parse(await (await fetch(`${server.url}/api/v1/plans/al-2020-2022`)).json());
  assert.ok(plan.commitments.length >= 1);
  const js = await fetch(`${server.url}/cdn/hapur.js`);
  assert.equal(js.headers.get('cross-origin-resource-policy'), 'cross-origin');
});

test('one JSON log line per request, with the route pattern, never the status token or an IP', async () => {
  const token = 'SECRETtokenSECRETtoken12';
  await fetch(`${server.url}/api/v1/feedback/${token}`);
  const logs = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['msg'] === 'request');
  const last = logs.at(-1);
  assert.equal(last?.['route'], '/api/v1/feedback/:statusToken');
  assert.equal(last?.['status'], 404);
  assert.ok(!lines.join('\n').includes(token), 'the token is not logged');
  assert.ok(!lines.join('\n').includes('127.0.0.1'), 'no raw IP');
  assert.match(String(last?.['client']), /^[A-Za-z0-9_-]{16}$/);
});

test('export-static writes the API as files in the static layout', async () => {
  const out = tempDir('hapur-static-out-');
  try {
    const written = await exportStatic(server.db, out);
    assert.ok(written > 5);
    for (const f of [
      'plans/index.json',
      'plans/al-2020-2022.json',
      'plans/al-2020-2022/commitments/1.json',
      'plans/al-2020-2022/commitments/1/comments.json',
      'services/index.json',
      'institutions/index.json',
      'participation/stats.json',
    ]) {
      assert.ok(existsSync(join(out, f)), f);
    }
    const viaApi = await (await fetch(`${server.url}/api/v1/plans/al-2020-2022`)).json();
    assert.deepEqual(JSON.parse(readFileSync(join(out, 'plans/al-2020-2022.json'), 'utf8')), viaApi);
    // A static reader names commitment 1's lead from the file alone.
    const xk = ActionPlanDetailSchema.parse(JSON.parse(readFileSync(join(out, 'plans/xk-2026-2028.json'), 'utf8')));
    const lead = xk.institutions?.find((i) => i.id === xk.commitments[0]?.leadInstitutionId);
    assert.equal(lead?.name.values['sq'], 'Ministria e Administrimit të Pushtetit Lokal');
    // The transfer form's list of institutions, as the API answers it.
    const institutions = await (await fetch(`${server.url}/api/v1/institutions`)).json();
    assert.deepEqual(JSON.parse(readFileSync(join(out, 'institutions/index.json'), 'utf8')), institutions);
    const services = readdirSync(join(out, 'services')).filter((f) => f !== 'index.json');
    assert.ok(services.length >= 1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
