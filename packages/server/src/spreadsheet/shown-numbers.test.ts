import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { readTable } from './files.js';

// A number cell is read as the text the spreadsheet shows: milestone 3.10 (the tenth of commitment 3) typed in a cell
// formatted with two decimals is stored as the number 3.1, but shows, and means, "3.10".
const header = ['plan.id', 'commitment.number', 'milestone.number', 'commitment.budget.amount'];
const cell = (value: number, format?: string) => ({ value, type: Number, ...(format ? { format } : {}) });
const workbook = (...rows: ReturnType<typeof cell>[][]) =>
  writeXlsxFile([header.map((value) => ({ value, type: String })), ...rows] as never, { sheet: 'Plan' }).toBuffer();

test('a number shown with trailing zeros (a "0.00" format) is read as the text it shows', async () => {
  const bytes = await workbook(
    [cell(1), cell(3), cell(3.1, '0.00'), cell(2500.5, '#,##0.00')],
    [cell(1), cell(3), cell(3.2, '0.000'), cell(7, '0.0')],
  );
  const rows = (await readTable(bytes, 'xlsx')).rows.map((r) => r.cells);
  assert.deepEqual(rows, [
    [1, 3, '3.10', '2500.50'],
    [1, 3, '3.200', '7.0'],
  ]);
});

test('a number in a General cell, or one its format would round, stays the number it is', async () => {
  const bytes = await workbook([cell(1), cell(3), cell(3.1), cell(3.14159, '0.00')]);
  assert.deepEqual((await readTable(bytes, 'xlsx')).rows[0]!.cells, [1, 3, 3.1, 3.14159]);
});

test("Excel's built-in two-decimal format (number format 2) is read the same way", async () => {
  const parts = unzipSync(await workbook([cell(1), cell(3), cell(3.1, '0.00'), cell(1)]));
  // As Excel saves "Number, 2 decimals": the built-in format 2, no numFmt of its own.
  const styles = strFromU8(parts['xl/styles.xml']!)
    .replace(/<numFmts[^>]*>.*?<\/numFmts>/, '')
    .replace(/numFmtId="\d+"/, 'numFmtId="2"');
  parts['xl/styles.xml'] = strToU8(styles);
  // An empty formatted cell before it, written as Excel writes one: its own tag, closed at once.
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!).replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2" s="1"/>');
  parts['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  const read = await readTable(Buffer.from(zipSync(parts)), 'xlsx');
  assert.deepEqual(read.rows[0]!.cells, [1, undefined, '3.10', 1]);
});
