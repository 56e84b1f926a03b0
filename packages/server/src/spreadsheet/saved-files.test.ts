import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../db/types.js';
import { readTable, tableToCsv, tableToXlsx } from './files.js';
import { importSpreadsheet, SpreadsheetError } from './import.js';

// Sheets as Excel and LibreOffice really save them. Every file here is refused before the database is used.
const noDatabase = {} as Database;

const problemsOf = async (bytes: Buffer, file: string) => {
  try {
    await importSpreadsheet(noDatabase, bytes, file, file.endsWith('.csv') ? 'csv' : 'xlsx');
  } catch (error) {
    assert.ok(error instanceof SpreadsheetError, String(error));
    return error.message;
  }
  assert.fail('imported');
};

test('a CSV in the computer\'s code page (Excel\'s plain "CSV", Windows-1252) is refused where its first ë is', async () => {
  const csv = 'service.id;service.name.sq;service.name.en\r\nxk-a;Leje ndërtimi;Building permit\r\n';
  const message = await problemsOf(Buffer.from(csv, 'latin1'), 'services.csv');
  assert.match(message, /^services\.csv:2:B: the file is not UTF-8, .*"CSV UTF-8"/);
  assert.doesNotMatch(message, /\uFFFD/);
});

test('a CSV saved as UTF-16 is refused with the same advice, not as a sheet without columns', async () => {
  const csv = 'service.id,service.name.sq\r\nxk-a,Leje ndërtimi\r\n';
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
  assert.match(await problemsOf(bytes, 'services.csv'), /^services\.csv:1:A: the file is not UTF-8/);
});

test('an exported CSV opened in Excel and saved as .xlsx: the apostrophes the export put before "+" and "=" go', async () => {
  // Excel shows a CSV's leading apostrophe as part of the text, so the workbook keeps it.
  const table = {
    header: ['service.id', 'service.channels.1.phone', 'service.name.sq'],
    rows: [{ number: 2, cells: ['xk-a', "'+383 38 200 100", "'=Leje"] }],
  };
  const read = await readTable(await tableToXlsx(table, 'Services'), 'xlsx');
  assert.deepEqual(read.rows[0]!.cells, ['xk-a', '+383 38 200 100', '=Leje']);
  assert.deepEqual((await readTable(Buffer.from(tableToCsv(read)), 'csv')).rows, read.rows, 'as a CSV reads it');
});
