// The demo as an integrator meets it: one server with the API, the shipped data, the CDN bundle and the examples.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';
import { DEMO_STAFF, demoTokens } from '../../scripts/demo-tokens.js';

let demo: DemoServer;
before(async () => {
  demo = await startDemoServer();
});
after(async () => {
  await demo?.stop();
});

describe('the demo server', () => {
  it('reports a healthy database', async () => {
    const res = await fetch(`${demo.url}/healthz`);
    assert.equal(res.status, 200);
  });

  it('serves the real Kosovo plan with its five commitments', async () => {
    const res = await fetch(`${demo.url}/api/v1/plans/xk-2026-2028`);
    assert.equal(res.status, 200);
    const plan = (await res.json()) as { commitments: { number: string; milestones: unknown[] }[] };
    assert.deepEqual(
      plan.commitments.map((c) => c.number),
      ['1', '2', '3', '4', '5'],
    );
    assert.ok(plan.commitments.every((c) => c.milestones.length > 0));
  });

  it('serves the CDN bundle so that other sites can load it, and sets no cookie anywhere', async () => {
    const res = await fetch(`${demo.url}/cdn/hapur.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(res.headers.get('set-cookie'), null);
    const body = await res.text();
    assert.ok(body.includes('hapur-service-info'), 'the bundle registers <hapur-service-info>');
  });

  it('serves the municipality example page', async () => {
    const res = await fetch(`${demo.url}/examples/municipality/`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<script type="module" src="\/cdn\/hapur\.js"><\/script>/);
  });
});

describe('the demo’s staff tokens (printed by npm start with the staff pages)', () => {
  const me = async (token: string) => {
    const res = await fetch(`${demo.url}/api/v1/staff/me`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    return (await res.json()) as { name: string; institutionId: string };
  };

  it('are made on first start for the municipality and the ministry, open the staff API, and stay the same', async () => {
    const first = await demoTokens(demo.db, demo.dataDir);
    assert.deepEqual(Object.keys(first), ['xk-example-municipality', 'xk-mapl']);
    for (const [institution, name] of DEMO_STAFF) {
      const who = await me(first[institution]!);
      assert.deepEqual([who.name, who.institutionId], [name, institution]);
    }
    const file = join(demo.dataDir, 'demo-staff-tokens.json');
    assert.equal(statSync(file).mode & 0o777, 0o600, 'kept in an owner-only file in the data directory');
    assert.deepEqual(await demoTokens(demo.db, demo.dataDir), first, 'the next start prints the same tokens');
  });

  it('replaces a revoked token, and only that one', async () => {
    const before = await demoTokens(demo.db, demo.dataDir);
    await demo.db.query(`UPDATE staff_tokens SET revoked_at = now() WHERE name = $1`, [DEMO_STAFF[1][1]]);
    const after = await demoTokens(demo.db, demo.dataDir);
    assert.equal(after['xk-example-municipality'], before['xk-example-municipality']);
    assert.notEqual(after['xk-mapl'], before['xk-mapl']);
    assert.equal((await me(after['xk-mapl']!)).institutionId, 'xk-mapl');
  });
});
