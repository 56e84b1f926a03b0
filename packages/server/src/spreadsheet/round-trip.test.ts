import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionPlan } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { importFile } from '../seed/import.js';
import { sdkDataDir } from '../seed/shipped.js';
import { importSpreadsheet } from './import.js';

let h: Harness;
before(async () => {
  h = await createHarness();
  for (const f of ['xk-2026-2028.json', 'al-2020-2022.json'])
    await importFile(h.db, JSON.parse(readFileSync(join(sdkDataDir(), f), 'utf8')), f);
});
after(() => h.close());

const storedPlan = async (id: string) =>
  (await h.db.query<{ doc: ActionPlan }>('SELECT doc FROM plans WHERE id = $1', [id])).rows[0]?.doc;

async function download(id: string, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const res = await h.request(`/api/v1/plans/${id}/export.${format}`);
  assert.equal(res.status, 200);
  return Buffer.from(await res.arrayBuffer());
}

for (const id of ['xk-2026-2028', 'al-2020-2022']) {
  for (const format of ['csv', 'xlsx'] as const) {
    test(`${id}: exported to ${format.toUpperCase()} and imported back, it is the same plan`, async () => {
      const before = await storedPlan(id);
      assert.ok(before);
      const bytes = await download(id, format);
      await h.db.query('DELETE FROM plans WHERE id = $1', [id]);
      const counts = await importSpreadsheet(h.db, bytes, `${id}.${format}`, format);
      assert.equal(counts.plans, 1);
      assert.deepEqual(await storedPlan(id), before);
    });
  }
}
