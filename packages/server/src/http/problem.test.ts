// Problem documents name the request they answer (`instance`), without ever echoing a status token.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../testing/harness.js';
import { problemInstance } from './problem.js';

let h: Harness;
before(async () => {
  h = await createHarness();
});
after(() => h.close());

const problem = async (path: string, init?: RequestInit) => {
  const res = await h.request(path, init);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  return (await res.json()) as { status: number; instance: string };
};

test('a staff status change answers with its own path as instance', async () => {
  const body = await problem('/api/v1/feedback/XK-2026-48207153/status', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'in_progress' }),
  });
  assert.equal(body.status, 401);
  assert.equal(body.instance, '/api/v1/feedback/XK-2026-48207153/status');
});

test('publishing a comment answers with its own path as instance', async () => {
  const body = await problem('/api/v1/feedback/XK-2026-48207153/publish', { method: 'POST' });
  assert.equal(body.instance, '/api/v1/feedback/XK-2026-48207153/publish');
});

test('a status token is never echoed: its route is named by its template', async () => {
  const token = 'AbCdEfGhIjKlMnOpQrStUvWx';
  const body = await problem(`/api/v1/feedback/${token}`);
  assert.equal(body.status, 404);
  assert.equal(body.instance, '/api/v1/feedback/{statusToken}');
  assert.equal(problemInstance(`/api/v1/feedback/${token}/status`), '/api/v1/feedback/{statusToken}');
  assert.equal(problemInstance(`/api/v1/feedback/XK-2026-48207153/status/${token}`), '/api/v1/feedback/{statusToken}');
});

test('other paths are their own instance', async () => {
  const body = await problem('/api/v1/plans/no-such-plan');
  assert.equal(body.instance, '/api/v1/plans/no-such-plan');
});
