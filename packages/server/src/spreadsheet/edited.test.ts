import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionPlan, PublicService } from '@hapur/sdk';
import { createHarness, freshDatabaseUrl, tempDir, type Harness } from '../testing/harness.js';
import { importFile } from '../seed/import.js';
import { sdkDataDir } from '../seed/shipped.js';
import { readTable, tableToCsv, tableToXlsx } from './files.js';
import { importSpreadsheet, SpreadsheetError } from './import.js';
import { plansToTable } from './plan-sheet.js';
import { servicesToTable } from './service-sheet.js';
import { columnLetter, type Table } from './table.js';

let h: Harness;
const data = (f: string) => JSON.parse(readFileSync(join(sdkDataDir(), f), 'utf8')) as Record<string, unknown>;
before(async () => {
  h = await createHarness();
  await importFile(h.db, data('xk-2026-2028.json'), 'xk-2026-2028.json');
});
after(() => h.close());

const storedPlan = async (id: string) =>
  (await h.db.query<{ doc: ActionPlan }>('SELECT doc FROM plans WHERE id = $1', [id])).rows[0]?.doc;
const kosovo = async () => plansToTable([(await storedPlan('xk-2026-2028'))!]);

/** The table with its columns in a new order and some removed, as a person would in a spreadsheet program. */
function reshape(t: Table, order: (names: string[]) => string[]): Table {
  const names = order([...t.header]);
  const index = names.map((n) => t.header.indexOf(n));
  return { header: names, rows: t.rows.map((r) => ({ number: r.number, cells: index.map((i) => r.cells[i]) })) };
}

test('a human-edited sheet: columns reordered, empty optional columns removed, a milestone added', async () => {
  const original = (await storedPlan('xk-2026-2028'))!;
  const t = await kosovo();
  const empty = t.header.filter((_, i) => t.rows.every((r) => r.cells[i] === undefined));
  assert.ok(empty.includes('milestone.completion'), 'the export has empty optional columns');
  // Reversed column order, every empty column gone, and the derived due window removed as well.
  const edited = reshape(t, (names) =>
    names.filter((n) => !empty.includes(n) && !n.startsWith('milestone.due.earliest')).reverse(),
  );
  const col = (name: string) => edited.header.indexOf(name);
  const cells: (string | undefined)[] = edited.header.map(() => undefined);
  cells[col('plan.id')] = 'xk-2026-2028';
  cells[col('commitment.number')] = '3';
  cells[col('milestone.id')] = 'xk-2026-2028-c3-m4';
  cells[col('milestone.number')] = '3.4';
  cells[col('milestone.title.sq')] = 'Publikimi i raportit vjetor të shërbimeve';
  cells[col('milestone.title.en')] = 'Publishing the annual services report';
  cells[col('milestone.due.text')] = 'Q4 2027';
  cells[col('milestone.leadInstitutionId')] = original.commitments[2]!.leadInstitutionId;
  const afterC3 = edited.rows.findLastIndex((r) => r.cells[col('commitment.number')] === '3');
  edited.rows.splice(afterC3 + 1, 0, { number: 0, cells });
  edited.rows.forEach((r, i) => (r.number = i + 2));

  for (const [format, bytes] of [
    ['csv', Buffer.from(tableToCsv(edited))],
    ['xlsx', await tableToXlsx(edited, 'Plan')],
  ] as const) {
    await importSpreadsheet(h.db, bytes, `edited.${format}`, format);
    const after = (await storedPlan('xk-2026-2028'))!;
    const added = after.commitments[2]!.milestones.at(-1)!;
    assert.deepEqual(added, {
      id: 'xk-2026-2028-c3-m4',
      number: '3.4',
      title: { values: { sq: cells[col('milestone.title.sq')], en: cells[col('milestone.title.en')] } },
      expectedResults: [],
      due: {
        text: 'Q4 2027',
        lang: 'sq',
        kind: 'quarter',
        edtf: '2027-36',
        earliest: '2027-10-01',
        latest: '2027-12-31',
      },
      leadInstitutionId: original.commitments[2]!.leadInstitutionId,
      supportingActors: [],
      status: 'planned',
      evidence: [],
    });
    // Everything else is as it was.
    const withoutNew = structuredClone(after);
    withoutNew.commitments[2]!.milestones.pop();
    assert.deepEqual(withoutNew, original, format);
  }
});

test('a semicolon-separated CSV (decimal-comma locales) reads the same', async () => {
  const t = await kosovo();
  const semicolon = tableToCsv(t).replace(/^\uFEFF/, '');
  const read = await readTable(Buffer.from(semicolon.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, ';')), 'csv');
  assert.deepEqual(read.header, t.header);
  assert.equal(read.rows.length, t.rows.length);
});

test('every problem is reported as file:row:column: reason, and nothing is imported', async () => {
  const t = await kosovo();
  const col = (name: string) => t.header.indexOf(name);
  const bad: Table = structuredClone(t);
  bad.header.push('commitment.colour');
  bad.rows[2]!.cells[col('commitment.budget.amount')] = 'a lot';
  bad.rows[3]!.cells[col('milestone.title.sq')] = undefined;
  bad.rows[3]!.cells[col('milestone.title.en')] = undefined;
  bad.rows[3]!.cells[col('milestone.title.sr-Latn')] = undefined;
  bad.rows[3]!.cells[col('milestone.title.origin')] = undefined;
  const letter = (name: string) => columnLetter(col(name));
  await h.db.query('DELETE FROM plans');
  // The sheet's own problems come first: an unknown column.
  await assert.rejects(importSpreadsheet(h.db, Buffer.from(tableToCsv(bad)), 'plan.csv', 'csv'), (e: unknown) => {
    assert.ok(e instanceof SpreadsheetError);
    assert.match(
      e.message,
      /^plan\.csv:1:[A-Z]+: "commitment\.colour" is not a column Hapur knows: "colour" is not a field/m,
    );
    return true;
  });
  bad.header.pop();
  await assert.rejects(importSpreadsheet(h.db, Buffer.from(tableToCsv(bad)), 'plan.csv', 'csv'), (e: unknown) => {
    assert.ok(e instanceof SpreadsheetError);
    assert.match(e.message, /^plan\.csv:4:[A-Z]+: commitment\.budget\.amount: this should be a number$/m);
    return true;
  });
  bad.rows[2]!.cells[col('commitment.budget.amount')] = undefined;
  bad.rows[5]!.cells[col('milestone.leadInstitutionId')] = 'xk-nobody';
  await assert.rejects(importSpreadsheet(h.db, Buffer.from(tableToCsv(bad)), 'plan.csv', 'csv'), (e: unknown) => {
    assert.ok(e instanceof SpreadsheetError);
    assert.match(
      e.message,
      new RegExp(`^plan\\.csv:5:${letter('milestone.title.sq')}: milestone\\.title\\.sq: Fill in`, 'm'),
    );
    return true;
  });
  // References are checked once the shape is right.
  bad.rows[3]!.cells[col('milestone.title.sq')] = 'Titulli';
  await assert.rejects(importSpreadsheet(h.db, Buffer.from(tableToCsv(bad)), 'plan.csv', 'csv'), (e: unknown) => {
    assert.ok(e instanceof SpreadsheetError);
    assert.match(
      e.message,
      new RegExp(
        `^plan\\.csv:7:${letter('milestone.leadInstitutionId')}: milestone\\.leadInstitutionId: institution "xk-nobody"`,
        'm',
      ),
    );
    return true;
  });
  // A milestone number given twice: the row that repeats it, in the sheet's words (a row, not a JSON path).
  bad.rows[5]!.cells[col('milestone.leadInstitutionId')] = t.rows[5]!.cells[col('milestone.leadInstitutionId')];
  const number = col('milestone.number');
  const [first, second] = bad.rows.filter(
    (r) => r.cells[col('commitment.number')] === bad.rows[0]!.cells[col('commitment.number')],
  );
  second!.cells[number] = first!.cells[number];
  await assert.rejects(importSpreadsheet(h.db, Buffer.from(tableToCsv(bad)), 'plan.csv', 'csv'), (e: unknown) => {
    assert.ok(e instanceof SpreadsheetError);
    assert.match(
      e.message,
      new RegExp(
        `^plan\\.csv:${second!.number}:${letter('milestone.number')}: milestone\\.number: duplicate milestone number "${first!.cells[number]}" \\(first in row ${first!.number}\\)$`,
        'm',
      ),
    );
    return true;
  });
  assert.equal((await h.db.query('SELECT 1 FROM plans')).rowCount, 0, 'all or nothing');
});

test('services: a sheet of the example services imports to the same services', async () => {
  const examples = data('examples/services.json');
  await importFile(h.db, examples, 'services.json');
  const stored = async () =>
    (await h.db.query<{ doc: PublicService }>('SELECT doc FROM services ORDER BY id')).rows.map((r) => r.doc);
  const before = await stored();
  assert.ok(before.length > 0);
  const t = servicesToTable(before);
  await h.db.query('DELETE FROM services');
  await importSpreadsheet(h.db, await tableToXlsx(t, 'Services'), 'services.xlsx', 'xlsx', { provenance: 'example' });
  assert.deepEqual(await stored(), before);
});

test('hapur-server import reads a CSV sheet and says where each problem is', { timeout: 120_000 }, async () => {
  const dir = tempDir('hapur-sheet-cli-');
  const env: NodeJS.ProcessEnv = { ...process.env, HAPUR_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
  // PGlite in the data directory; a fresh database on the real server in the postgres-tests step.
  const postgres = await freshDatabaseUrl();
  if (postgres) env['DATABASE_URL'] = postgres.url;
  else delete env['DATABASE_URL'];
  const bin = fileURLToPath(new URL('../../bin/hapur-server.js', import.meta.url));
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { env, cwd: dir, encoding: 'utf8' });
  try {
    writeFileSync(join(dir, 'xk.json'), JSON.stringify({ ...data('xk-2026-2028.json'), plans: [] }));
    assert.equal(cli('import', 'xk.json').status, 0);
    const t = plansToTable(data('xk-2026-2028.json')['plans'] as ActionPlan[]);
    writeFileSync(join(dir, 'plan.csv'), tableToCsv(t));
    const noTitle = structuredClone(t);
    noTitle.rows[0]!.cells[noTitle.header.indexOf('plan.status')] = 'finished';
    writeFileSync(join(dir, 'bad.csv'), tableToCsv(noTitle));
    const rejected = cli('import', 'bad.csv');
    assert.equal(rejected.status, 1, rejected.stderr);
    assert.match(rejected.stderr, /^bad\.csv:2:[A-Z]+: plan\.status: /m);
    const ok = cli('import', 'plan.csv');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Imported plan\.csv: 1 plans/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await postgres?.drop();
  }
});
