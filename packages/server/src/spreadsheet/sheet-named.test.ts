import { test } from 'node:test';
import assert from 'node:assert/strict';
import writeXlsxFile from 'write-excel-file/node';
import type { Database } from '../db/types.js';
import { createHarness } from '../testing/harness.js';
import { importSpreadsheet, SpreadsheetError } from './import.js';

// In a workbook with several sheets, every problem names the sheet it is on (besides its row and column): a person
// told "row 3, column B" looks at the sheet open in front of them, which may be the notes.
const noDatabase = {} as Database;

const problemsOf = async (bytes: Buffer, file: string, db = noDatabase) => {
  try {
    await importSpreadsheet(db, bytes, file, 'xlsx');
  } catch (error) {
    assert.ok(error instanceof SpreadsheetError, String(error));
    return error.message.split('\n');
  }
  assert.fail('imported');
};

const sheet = (name: string, rows: (string | number)[][]) => ({
  sheet: name,
  data: rows.map((r) => r.map((value) => ({ value, type: typeof value === 'number' ? Number : String }))),
});
const notes = sheet('Notes', [['Read me first'], ['The services are on the next sheet']]);
const services = sheet('Shërbimet', [
  ['service.id', 'service.name.sq', 'service.colour', 'service.example'],
  ['xk-a', 'Leje ndërtimi', 'blu', 'maybe'],
]);

test('every problem in a workbook with several sheets names the sheet', async () => {
  const cases = [
    // The sheet's own: an unknown column; a cell of the wrong type; no data sheet at all (the first sheet is read).
    [notes, services],
    [
      notes,
      sheet('Shërbimet', [
        ['service.id', 'service.example'],
        ['xk-a', 'maybe'],
      ]),
    ],
    [sheet('Shërbimet', [['Read me first']]), notes],
    [
      sheet('Notes', [['x']]),
      sheet('Shërbimet', [
        ['service.id', 'service.name.sq'],
        ['xk a', 'Leje'],
      ]),
    ],
  ];
  for (const sheets of cases) {
    const lines = await problemsOf(await writeXlsxFile(sheets as never).toBuffer(), 'services.xlsx');
    for (const line of lines) assert.match(line, /^services\.xlsx:\d+:[A-Z]+: sheet "Shërbimet": /, line);
  }
});

test('a problem the import finds in the rows (a missing field) names the sheet too', async () => {
  const h = await createHarness();
  try {
    const rows = [
      ['service.id', 'service.name.sq', 'service.competentAuthorityIds'],
      ['xk-a', 'Leje', 'xk-nobody'],
    ];
    const bytes = await writeXlsxFile([notes, sheet('Shërbimet', rows)] as never).toBuffer();
    const lines = await problemsOf(bytes, 'services.xlsx', h.db);
    assert.ok(
      lines.some((l) => /service\.status: .*Choose one/.test(l)),
      lines.join('\n'),
    );
    for (const line of lines) assert.match(line, /^services\.xlsx:\d+:[\w.]+: sheet "Shërbimet": /, line);
  } finally {
    await h.close();
  }
});

test('a workbook of one sheet: the problems are as before, without the sheet', async () => {
  const bytes = await writeXlsxFile([services] as never).toBuffer();
  for (const line of await problemsOf(bytes, 'services.xlsx')) assert.doesNotMatch(line, /Shërbimet/, line);
});
