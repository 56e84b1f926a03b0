import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Database } from '../db/types.js';
import writeXlsxFile from 'write-excel-file/node';
import { readTable, tableToXlsx } from './files.js';
import { importSpreadsheet, SpreadsheetError } from './import.js';
import type { Table } from './table.js';

// Workbooks as Excel and LibreOffice save them after a person worked in them. Every one here is refused before the
// database is used.
const noDatabase = {} as Database;

const problemsOf = async (bytes: Buffer | Uint8Array, file: string) => {
  try {
    await importSpreadsheet(noDatabase, Buffer.from(bytes), file, file.endsWith('.csv') ? 'csv' : 'xlsx');
  } catch (error) {
    assert.ok(error instanceof SpreadsheetError, String(error));
    return error.message;
  }
  assert.fail('imported');
};

/** An .xlsx made by the export, with its XML parts changed as a spreadsheet program would save them. */
async function edited(table: Table, edit: (xml: Record<string, string>) => void): Promise<Uint8Array> {
  const parts = unzipSync(await tableToXlsx(table, 'Services'));
  const xml = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strFromU8(v)]));
  edit(xml);
  return zipSync(Object.fromEntries(Object.entries(xml).map(([k, v]) => [k, strToU8(v)])));
}

const services: Table = {
  header: ['service.id', 'service.name.sq', 'service.description.sq'],
  rows: [
    { number: 2, cells: ['xk-a', 'Leje ndërtimi', 'Leja për ndërtim'] },
    { number: 3, cells: ['xk-b', 'Certifikatë lindjeje', 'Certifikata'] },
  ],
};

/** The cell `ref` replaced by a formula that failed with `code`, as Excel saves it. */
const failedFormula = (xml: Record<string, string>, ref: string, code: string) => {
  const sheet = 'xl/worksheets/sheet1.xml';
  xml[sheet] = xml[sheet]!.replace(
    new RegExp(`<c r="${ref}"[^>]*>.*?</c>`),
    `<c r="${ref}" t="e"><f>VLOOKUP(A2,Names!A:B,2,FALSE)</f><v>${code}</v></c>`,
  );
};

test('a formula error in an .xlsx cell is refused where it is, not read as an empty cell', async () => {
  const bytes = await edited(services, (xml) => {
    failedFormula(xml, 'B3', '#N/A');
    failedFormula(xml, 'C2', '#DIV/0!');
  });
  const lines = (await problemsOf(bytes, 'services.xlsx')).split('\n');
  assert.deepEqual(lines, [
    'services.xlsx:2:C: service.description.sq: sheet "Services" shows the formula error #DIV/0! here, not a value: ' +
      'correct the formula or type the value itself (or empty the cell), save, and import again',
    'services.xlsx:3:B: service.name.sq: sheet "Services" shows the formula error #N/A here, not a value: ' +
      'correct the formula or type the value itself (or empty the cell), save, and import again',
  ]);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('every error code Excel and LibreOffice show is refused, from an .xlsx and from the CSV they save', async () => {
  for (const code of ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', 'Err:502']) {
    const bytes = await edited(services, (xml) => failedFormula(xml, 'C3', code));
    assert.match(
      await problemsOf(bytes, 'services.xlsx'),
      new RegExp(`^services\\.xlsx:3:C: .*error ${escape(code)} `),
    );
    const csv = `service.id;service.name.sq;service.description.sq\r\nxk-a;Leje;${code}\r\n`;
    assert.match(
      await problemsOf(Buffer.from(csv), 'services.csv'),
      new RegExp(`^services\\.csv:2:C: service\\.description\\.sq: shows the formula error ${escape(code)} `),
    );
  }
});

test('a workbook with other sheets: the visible sheet with the columns is read, hidden copies and notes are not', async () => {
  const header = ['service.id', 'service.name.sq'];
  const sheet = (name: string, rows: string[][], hidden = false) => ({
    sheet: name,
    data: rows.map((r) => r.map((value) => ({ value, type: String }))),
    hidden,
  });
  const workbook = async (...sheets: ReturnType<typeof sheet>[]) => {
    const bytes = await writeXlsxFile(sheets.map(({ hidden: _, ...s }) => s)).toBuffer();
    // write-excel-file cannot hide a sheet: set the state as Excel saves it.
    const parts = unzipSync(bytes);
    let book = strFromU8(parts['xl/workbook.xml']!);
    for (const s of sheets.filter((x) => x.hidden))
      book = book.replace(`name="${s.sheet}"`, `name="${s.sheet}" state="hidden"`);
    parts['xl/workbook.xml'] = strToU8(book);
    return Buffer.from(zipSync(parts));
  };
  const notes = sheet('Notes', [['Read me first'], ['Edit the plan on the next sheet']]);
  const old = sheet('Services (old)', [header, ['xk-a', 'Emri i vjetër']], true);
  const current = sheet('Services', [header, ['xk-a', 'Emri i ri']]);
  const read = await readTable(await workbook(notes, old, current), 'xlsx');
  assert.deepEqual(read.rows[0]!.cells, ['xk-a', 'Emri i ri'], 'the notes and the hidden old copy are passed over');

  const copy = sheet('Services (2)', [header, ['xk-a', 'Emri tjetër']]);
  assert.equal(
    await problemsOf(await workbook(current, copy), 'services.xlsx'),
    'services.xlsx:1:A: the workbook has 2 sheets with a "plan.id" or "service.id" column ("Services", "Services (2)"): ' +
      'delete or hide all but the one to import',
  );
});

test('a value under a column without a name (merged header cells, a row longer than the header) is refused', async () => {
  // Excel keeps a merged cell's text in its first cell only: "service.name.sq" over B and C names B alone.
  const merged = await edited(
    {
      header: ['service.id', 'service.name.sq', 'service.name.en'],
      rows: [{ number: 2, cells: ['xk-a', 'Leje ndërtimi', 'Building permit'] }],
    },
    (xml) => {
      const sheet = 'xl/worksheets/sheet1.xml';
      xml[sheet] = xml[sheet]!.replace(/<c r="C1"[^>]*>.*?<\/c>/, '').replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
      );
    },
  );
  assert.match(await problemsOf(merged, 'services.xlsx'), /^services\.xlsx:2:C: this column has a value but no name/);
  const csv = 'service.id,service.name.sq\r\nxk-a,Leje ndërtimi\r\nxk-b,Certifikatë,lindjeje\r\n';
  assert.match(
    await problemsOf(Buffer.from(csv), 'services.csv'),
    /^services\.csv:3:C: this column has a value but no name/,
  );
});

test('a formula saved without its result (a program that does not calculate) is refused, not read as empty', async () => {
  const bytes = await edited(services, (xml) => {
    const sheet = 'xl/worksheets/sheet1.xml';
    xml[sheet] = xml[sheet]!.replace(/<c r="B3"[^>]*>.*?<\/c>/, '<c r="B3" t="str"><f>CONCATENATE(A3,"!")</f></c>');
  });
  assert.equal(
    await problemsOf(bytes, 'services.xlsx'),
    'services.xlsx:3:B: service.name.sq: sheet "Services" has a formula saved without its result, so its value is ' +
      'not in the file: open the file in Excel or LibreOffice and save it again, or type the value itself',
  );
});
