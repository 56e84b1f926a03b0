// The demo as an integrator meets it: one server with the API, the shipped data, the CDN bundle and the examples.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';

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
