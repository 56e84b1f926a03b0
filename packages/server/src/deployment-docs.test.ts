// docs/deployment.md quotes what the health checks answer, and an operator writes a load balancer's or an orchestrator's
// check from it: every `GET /healthz` or `GET /readyz` there followed by a `200 {…}` body is what the app answers
// (the `database` field names the driver: the doc shows the embedded one, this suite also runs on Postgres).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHarness, type Harness } from './testing/harness.js';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/deployment.md', import.meta.url)), 'utf8');
const quoted = [...doc.matchAll(/`GET (\/healthz|\/readyz)`[^`\n]*?`200 (\{[^`]*\})`/g)].map(([, path, body]) => ({
  path: path!,
  body: JSON.parse(body!) as Record<string, unknown>,
}));

let h: Harness;
before(async () => {
  h = await createHarness();
});
after(async () => {
  await h.close();
});

test('docs/deployment.md quotes the body of /healthz and /readyz as the app answers them', async () => {
  assert.ok(quoted.some((q) => q.path === '/healthz') && quoted.some((q) => q.path === '/readyz'), 'both are quoted');
  for (const { path, body } of quoted) {
    const answer = await h.request(path);
    assert.equal(answer.status, 200, path);
    const actual = (await answer.json()) as Record<string, unknown>;
    assert.ok(['pglite', 'postgres'].includes(String(body['database'])), `${path}: the doc names the database driver`);
    assert.deepEqual({ ...body, database: actual['database'] }, actual, `${path} as docs/deployment.md quotes it`);
  }
});
