import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../db/types.js';
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
