import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PublicService } from '@hapur/sdk';
import type { Database } from '../db/types.js';
import { readTable, tableToCsv, tableToXlsx } from './files.js';
import type { Cell } from './flatten.js';
import { importSpreadsheet, SpreadsheetError } from './import.js';
import { PLAN_LEVELS } from './plan-sheet.js';
import { SERVICE_LEVELS } from './service-sheet.js';
import { readLevels } from './table.js';

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

test('dates as Excel and LibreOffice save them back: "31.03.2027" in a CSV, a day number in either', async () => {
  const header = ['service.id', 'service.lastReviewedAt'];
  const read = (cells: Cell[]) =>
    (readLevels({ header, rows: [{ number: 2, cells }] }, SERVICE_LEVELS).lists['services']![0] as PublicService)
      .lastReviewedAt;
  assert.equal(read(['xk-a', '2027-03-31']), '2027-03-31');
  assert.equal(
    read(['xk-a', '31.03.2027']),
    '2027-03-31',
    'an export opened in Excel (sq, sr, bs, tr) and saved as CSV',
  );
  assert.equal(read(['xk-a', '1.3.2027.']), '2027-03-01', 'Serbian writes a dot after the year');
  assert.equal(read(['xk-a', 46477]), '2027-03-31', 'an .xlsx date cell formatted as a number');
  assert.equal(read(['xk-a', '46477']), '2027-03-31', 'the same, saved as CSV');
  // Not a day: left as written, so the schema names the cell.
  assert.equal(read(['xk-a', '31.02.2027']), '31.02.2027');
  assert.equal(read(['xk-a', '3/31/2027']), '3/31/2027', 'month-first or day-first cannot be told: not guessed');
});

test('numbers as a spreadsheet saves them with thousands separators', () => {
  const amount = (cell: string) => {
    const header = ['plan.id', 'commitment.number', 'commitment.budget.amount'];
    const { lists, problems } = readLevels({ header, rows: [{ number: 2, cells: ['xk-p', '1', cell] }] }, PLAN_LEVELS);
    if (problems.length > 0) return problems[0]!.reason;
    return (lists['plans']![0] as { commitments: { budget: { amount: number } }[] }).commitments[0]!.budget.amount;
  };
  assert.equal(amount('3 000 000,00'), 3_000_000, 'Albanian: spaces');
  assert.equal(amount('3\u00A0000\u00A0000,50'), 3_000_000.5, 'no-break spaces, as Excel writes them in sq');
  assert.equal(amount('1.234.567,89'), 1_234_567.89, 'Serbian, Bosnian, Turkish: dots, then a decimal comma');
  assert.equal(amount('1,234,567.89'), 1_234_567.89, 'English');
  assert.equal(amount('12 500'), 12_500);
  assert.equal(amount('1.234.567'), 1_234_567);
  // As before: one comma or point is the decimal mark.
  assert.equal(amount('12,5'), 12.5);
  assert.equal(amount('1,234'), 1.234);
  assert.equal(amount('1.234'), 1.234);
  assert.match(String(amount('1 23,5')), /this should be a number/);
  assert.match(String(amount('1.234,567.8')), /this should be a number/);
});

test('ids, codes and numbers with the space Excel users leave after them are read without it; free text keeps it', () => {
  const header = [
    'plan.id',
    'commitment.number',
    'commitment.title.sq',
    'commitment.leadInstitutionId',
    'milestone.id',
    'milestone.number',
  ];
  const rows = [
    { number: 2, cells: ['xk-p ', '1 ', 'Titulli ', 'xk-mf\u00A0', 'xk-p-c1-m1 ', ' 1.1'] },
    { number: 3, cells: ['xk-p', '1', undefined, undefined, 'xk-p-c1-m2', '1.2'] },
  ];
  const { lists, problems } = readLevels({ header, rows }, PLAN_LEVELS);
  assert.deepEqual(problems, []);
  const plans = lists['plans'] as {
    id: string;
    commitments: {
      number: string;
      title: { values: { sq: string } };
      leadInstitutionId: string;
      milestones: { id: string; number: string }[];
    }[];
  }[];
  assert.equal(plans.length, 1, '"xk-p " and "xk-p" are one plan');
  assert.equal(plans[0]!.id, 'xk-p');
  assert.equal(plans[0]!.commitments.length, 1, '"1 " and "1" are one commitment');
  const [c] = plans[0]!.commitments;
  assert.equal(c!.number, '1');
  assert.equal(c!.leadInstitutionId, 'xk-mf', 'a no-break space as well');
  assert.deepEqual(
    c!.milestones.map((m) => [m.id, m.number]),
    [
      ['xk-p-c1-m1', '1.1'],
      ['xk-p-c1-m2', '1.2'],
    ],
  );
  assert.equal(c!.title.values.sq, 'Titulli ', 'text is kept as written, as in every other text cell');
});

test('yes and no as Excel and LibreOffice save TRUE and FALSE in a CSV in Albanian, Serbian, Bosnian and Turkish', () => {
  const example = (cell: string) => {
    const { lists, problems } = readLevels(
      { header: ['service.id', 'service.example'], rows: [{ number: 2, cells: ['xk-a', cell] }] },
      SERVICE_LEVELS,
    );
    return problems.length > 0 ? problems[0]!.reason : (lists['services']![0] as PublicService).example;
  };
  // LibreOffice's locale words (i18npool trueWord/falseWord), upper-cased as it shows a TRUE/FALSE cell; Excel tr.
  for (const yes of ['E VËRTETË', 'TAČNO', 'ТАЧНО', 'TACNO', 'DOĞRU', 'doğru', 'TRUE', 'po', 'Da', 'да', 'Evet'])
    assert.equal(example(yes), true, yes);
  for (const no of ['E RREMË', 'NETAČNO', 'НЕТАЧНО', 'NETACNO', 'YANLIŞ', 'yanlış', 'FALSE', 'jo', 'NE', 'не', 'HAYIR'])
    assert.equal(example(no), false, no);
  assert.match(
    String(example('maybe')),
    /^service\.example: this should be yes or no \(po or jo, da or ne, evet or hayır/,
  );
});

test('a cell holding only spaces reads as the empty cell it looks like, and a row of them is skipped', () => {
  const header = ['plan.id', 'commitment.number', 'commitment.title.sq', 'commitment.title.en', 'milestone.id'];
  const rows = [
    { number: 2, cells: ['xk-p', '1', 'Titulli', '  ', 'xk-p-c1-m1'] },
    // A space typed to "clear" a cell: the row looks empty in the spreadsheet program.
    { number: 3, cells: [undefined, undefined, ' ', undefined, '\u00A0'] },
  ];
  const { lists, problems } = readLevels({ header, rows }, PLAN_LEVELS);
  assert.deepEqual(problems, []);
  const [plan] = lists['plans'] as { commitments: { title: { values: object }; milestones: unknown[] }[] }[];
  assert.deepEqual(plan!.commitments[0]!.title.values, { sq: 'Titulli' }, 'the English title stays missing');
  assert.equal(plan!.commitments[0]!.milestones.length, 1);
});

test('an id with a space inside is refused with a reason that says so, naming its cell', () => {
  const { problems } = readLevels(
    {
      header: ['service.id', 'service.name.sq', 'service.competentAuthorityIds'],
      rows: [{ number: 2, cells: ['xk a', 'Leje ndërtimi', 'xk-mf, xk m'] }],
    },
    SERVICE_LEVELS,
  );
  assert.deepEqual(problems, [
    {
      row: 2,
      column: 'A',
      reason: 'service.id: this has a space inside it, which this field cannot hold: remove the space',
    },
    {
      row: 2,
      column: 'C',
      reason:
        'service.competentAuthorityIds: this has a space inside it, which this field cannot hold: remove the space',
    },
  ]);
});

test('a text that starts with an apostrophe before "=", "+", "-" or "@" comes back from a CSV export with it', async () => {
  const table = {
    header: ['service.id', 'service.name.sq', 'service.name.en'],
    rows: [{ number: 2, cells: ['xk-a', "'=Leje", "'-5 °C"] as Cell[] }],
  };
  const read = await readTable(Buffer.from(tableToCsv(table)), 'csv');
  assert.deepEqual(read.rows[0]!.cells, table.rows[0]!.cells);
});
