import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile, ImportError } from './import.js';
import { sdkDataDir, shippedFiles } from './shipped.js';

let h: Harness;
before(async () => {
  h = await createHarness();
});
after(() => h.close());

const count = async (table: string) =>
  (await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;

test('an invalid file is rejected with file, path and reason, and nothing is imported', async () => {
  const bad = fixtureFile();
  const plan = bad.plans?.[0];
  assert.ok(plan);
  plan.commitments[1] = { ...plan.commitments[1]!, leadInstitutionId: 'xk-nobody' };
  await assert.rejects(importFile(h.db, bad, 'bad.json'), (error: unknown) => {
    assert.ok(error instanceof ImportError);
    assert.match(error.message, /^bad\.json: \$\.plans\[0\]\.commitments\[1\]\.leadInstitutionId: .*"xk-nobody"/m);
    return true;
  });
  const shapeBad = { ...fixtureFile(), services: [{ id: 'Not An Id' }] };
  await assert.rejects(importFile(h.db, shapeBad, 'shape.json'), /shape\.json: \$\.services\[0\]\.id: /);
  assert.equal(await count('institutions'), 0, 'institutions from the failed file were rolled back');
  assert.equal(await count('plans'), 0);
});

test('a valid file imports everything in one go, and re-importing replaces instead of duplicating', async () => {
  const counts = await importFile(h.db, fixtureFile(), 'fixture.json');
  assert.deepEqual(
    { institutions: counts.institutions, plans: counts.plans, services: counts.services },
    { institutions: 2, plans: 1, services: 2 },
  );
  await importFile(h.db, fixtureFile(), 'fixture.json');
  assert.equal(await count('plans'), 1);
  assert.equal(await count('services'), 2);
});

test('every data file the SDK ships imports cleanly', async (t) => {
  const files = shippedFiles();
  // The demonstration files refer to the assembled Kosovo plan; until it is shipped, this check cannot run.
  if (!files.some((f) => f.endsWith('/data/xk-2026-2028.json')))
    return t.skip(`xk-2026-2028.json not yet in ${sdkDataDir()}`);
  for (const file of files) {
    assert.ok(existsSync(file));
    await importFile(h.db, JSON.parse(readFileSync(file, 'utf8')), file);
  }
  assert.ok(((await count('plans')) ?? 0) >= 1);
});
