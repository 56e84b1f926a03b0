import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import type { ActionPlan } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { importFile } from '../seed/import.js';
import { sdkDataDir } from '../seed/shipped.js';
import { importSpreadsheet } from './import.js';
import { CELL_LIMIT, CELL_PIECE as PIECE } from '@hapur/sdk/rules';

// A commitment's problem text of 70,000 characters (the schema allows 100,000), with a letter written as two UTF-16
// units ("𝔸") right where a cell would be cut, and the third piece starting with "-" (the CSV writer's apostrophe
// before it must still leave the cell within Excel's limit).
const long = `${'Problemi. '.repeat(3276)}Abcde𝔸${'Shkaku tjetër. '.repeat(2184)}Fund-${'Shkaku tjetër. '.repeat(300)}`;

let h: Harness;
before(async () => {
  h = await createHarness();
  const file = JSON.parse(readFileSync(join(sdkDataDir(), 'xk-2026-2028.json'), 'utf8')) as {
    plans: ActionPlan[];
  };
  file.plans[0]!.commitments[0]!.problem!.values['sq'] = long;
  await importFile(h.db, file, 'xk-2026-2028.json');
});
after(() => h.close());

const storedPlan = async (id: string) =>
  (await h.db.query<{ doc: ActionPlan }>('SELECT doc FROM plans WHERE id = $1', [id])).rows[0]?.doc;

test('a text longer than an Excel cell holds is exported over continuation columns and imported back whole', async () => {
  assert.ok(long.length > 2 * CELL_LIMIT);
  assert.equal(long.codePointAt(PIECE - 1), '𝔸'.codePointAt(0), 'the cut would fall inside "𝔸"');
  const before = await storedPlan('xk-2026-2028');
  assert.equal(before!.commitments[0]!.problem!.values['sq'], long);
  for (const format of ['xlsx', 'csv'] as const) {
    const res = await h.request(`/api/v1/plans/xk-2026-2028/export.${format}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const rows =
      format === 'xlsx'
        ? (await readXlsxFile(bytes, { trim: false }))[0]!.data
        : (parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as string[][]);
    const header = rows[0]!.map(String);
    const at = header.indexOf('commitment.problem.sq');
    assert.deepEqual(header.slice(at, at + 3), [
      'commitment.problem.sq',
      'commitment.problem.sq (2)',
      'commitment.problem.sq (3)',
    ]);
    for (const row of rows) for (const cell of row) assert.ok(String(cell ?? '').length <= CELL_LIMIT, format);
    const pieces = rows[1]!.slice(at, at + 3).map(String);
    if (format === 'csv') assert.equal(pieces[2]!.slice(0, 3), "'-S", 'the CSV writer guards the third piece');
    const unguarded = pieces.map((p) => p.replace(/^'(?=-)/, ''));
    assert.equal(unguarded.join(''), long, `${format}: the pieces are the text, in order`);

    await h.db.query('DELETE FROM plans WHERE id = $1', ['xk-2026-2028']);
    await importSpreadsheet(h.db, bytes, `xk-2026-2028.${format}`, format);
    assert.deepEqual(await storedPlan('xk-2026-2028'), before, `${format}: the same plan`);
  }
});

test('the rest of a long text whose first column was deleted is refused, named, not read as a language "sq (2)"', async () => {
  const csv = 'service.id,service.name.en,service.name.sq (2)\r\nxk-a,Permit,rest of the text\r\n';
  await assert.rejects(
    importSpreadsheet(h.db, Buffer.from(csv), 'services.csv', 'csv'),
    (error: Error) =>
      error.message ===
      'services.csv:1:C: "service.name.sq (2)" holds the rest of a long "service.name.sq", which is not a column here: ' +
        'put "service.name.sq" back, or move the text into a "service.name.sq" column',
  );
});
