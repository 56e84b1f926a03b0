import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { csvDocument } from '@hapur/sdk/rules';
import type { Cell } from './flatten.js';
import { joinLongCells, splitLongCells } from './long-cells.js';
import { columnLetter, type Table } from './table.js';
import { inspectWorkbook, type WorkbookSheet } from './workbook.js';

/**
 * Sheets in and out of files. CSV is read by csv-parse (quotes, line breaks in cells, `,` or `;` as
 * spreadsheets in decimal-comma locales write it) and written by the SDK's one CSV writer; XLSX is read by
 * read-excel-file and written by write-excel-file (both small, maintained, with one zip dependency, fflate).
 */

export type SheetFormat = 'csv' | 'xlsx';

/** `.csv` or `.xlsx` by the file's name; undefined for anything else (a JSON data file). */
export function sheetFormatOf(file: string): SheetFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ext : undefined;
}

// What the CSV writer puts before a cell a spreadsheet would run as a formula; read back without it (CSV and XLSX). Before
// a text that itself starts with apostrophes and then such a character, the export puts one more (toWrite).
const NEUTRALISED = /^'(?='*[=+\-@\t\r])/;

/** A sheet file that cannot be read at one place (row and column as a spreadsheet program shows them), or at several. */
export class SheetReadError extends Error {
  override readonly name = 'SheetReadError';
  readonly row: number;
  readonly column: number;
  /** Every place, the first one included. */
  readonly places: readonly { row: number; column: number; reason: string }[];
  constructor(row: number, column: number, message: string, more: SheetReadError['places'] = []) {
    super(message);
    this.row = row;
    this.column = column;
    this.places = [{ row, column, reason: message }, ...more];
  }
}

// What Excel and LibreOffice show (and save in a CSV) where a formula failed: no value, so never read as one.
const FORMULA_ERROR =
  /^(?:#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)|Err:\d{3})$/;

/**
 * Refuses a table with a formula error in any cell, naming each one (and the sheet, in a workbook); `unsaved` are the
 * cells of a workbook whose formula has no saved result.
 */
function refuseFormulaErrors(table: Table, sheet?: string, unsaved: readonly { row: number; column: number }[] = []) {
  const inSheet = sheet === undefined ? '' : `sheet "${sheet}" `;
  const name = (column: number) => table.header[column] || `column ${columnLetter(column)}`;
  const places = [
    ...table.rows.flatMap((r) =>
      r.cells.flatMap((cell, column) => {
        if (typeof cell !== 'string' || !FORMULA_ERROR.test(cell.trim())) return [];
        const reason =
          `${name(column)}: ${inSheet}shows the formula error ${cell.trim()} here, ` +
          'not a value: correct the formula or type the value itself (or empty the cell), save, and import again';
        return [{ row: r.number, column, reason }];
      }),
    ),
    ...unsaved.map(({ row, column }) => ({
      row,
      column,
      reason:
        `${name(column)}: ${inSheet}has a formula saved without its result, so its value is not in the file: ` +
        'open the file in Excel or LibreOffice and save it again, or type the value itself',
    })),
  ].sort((a, b) => a.row - b.row || a.column - b.column);
  const [first, ...more] = places;
  if (first) throw new SheetReadError(first.row, first.column, first.reason, more);
  return table;
}

function fromCsv(bytes: Buffer): Table {
  const table = csvTable(bytes.toString('utf8'));
  if (isUtf8(bytes)) return refuseFormulaErrors(table);
  // Excel's plain "CSV" and LibreOffice's default save in the computer's code page (Windows-1250/1252),
  // where ë, ç, š, ž are not UTF-8: read on, they would be stored as "�". Say where the first one is.
  const broken = (cells: readonly Cell[]) => cells.findIndex((c) => String(c).includes('\uFFFD'));
  const row = [{ number: 1, cells: table.header }, ...table.rows].find((r) => broken(r.cells) >= 0);
  throw new SheetReadError(
    row?.number ?? 1,
    row ? broken(row.cells) : 0,
    'the file is not UTF-8, so letters such as ë, ç, š, ž would be lost: save it again as "CSV UTF-8" ' +
      '(Excel) or with the character set "Unicode (UTF-8)" (LibreOffice), or as .xlsx',
  );
}

function csvTable(text: string): Table {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  const [header = [], ...rows] = records;
  return {
    header: header.map((h) => h.trim()),
    rows: rows.map((cells, i) => ({
      number: i + 2,
      cells: cells.map((c) => (c === '' ? undefined : c.replace(NEUTRALISED, ''))),
    })),
  };
}

const fromXlsxCell = (value: unknown): Cell => {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  // The CSV export's apostrophe, kept when that CSV was opened in Excel or LibreOffice and saved as .xlsx.
  return typeof value === 'string' ? value.replace(NEUTRALISED, '') : (value as Cell);
};

/**
 * Which sheet of a workbook is the data: the one whose first row has a `plan.id` or `service.id` column, a visible
 * one before a hidden one (a hidden sheet is an old copy or a lookup list); else the first visible sheet. Two visible
 * sheets with such a column are refused: which one was meant cannot be told.
 */
function sheetToRead(sheets: readonly { sheet: string; data: unknown[][] }[], info: readonly WorkbookSheet[]): number {
  const hidden = (i: number) => info.find((s) => s.name === sheets[i]!.sheet)?.hidden === true;
  const isData = (i: number) => sheets[i]!.data[0]?.some((h) => h === 'plan.id' || h === 'service.id') === true;
  const order = sheets.map((_, i) => i).sort((a, b) => Number(hidden(a)) - Number(hidden(b)));
  const data = order.filter(isData);
  const visibleData = data.filter((i) => !hidden(i));
  if (visibleData.length > 1)
    throw new SheetReadError(
      1,
      0,
      `the workbook has ${visibleData.length} sheets with a "plan.id" or "service.id" column ` +
        `(${visibleData.map((i) => `"${sheets[i]!.sheet}"`).join(', ')}): delete or hide all but the one to import`,
    );
  return data[0] ?? order[0] ?? 0;
}

async function fromXlsx(bytes: Buffer): Promise<Table> {
  const sheets = await readXlsxFile(bytes, { trim: false });
  const info = inspectWorkbook(bytes);
  const index = sheetToRead(sheets, info);
  const [header = [], ...rows] = sheets[index]?.data ?? [];
  const table: Table = {
    header: header.map((h) => String(h ?? '').trim()),
    rows: rows.map((cells, i) => ({ number: i + 2, cells: cells.map(fromXlsxCell) })),
    ...(sheets.length > 1 && sheets[index] ? { sheet: sheets[index].sheet } : {}),
  };
  const { errors = [], shown = [] } = info.find((s) => s.name === sheets[index]?.sheet) ?? {};
  // A number as its cell shows it with trailing zeros: milestone 3.10, not 3.1.
  for (const s of shown) {
    const row = table.rows[s.row - 2];
    if (row && typeof row.cells[s.column] === 'number') row.cells[s.column] = s.text;
  }
  // read-excel-file reads a formula error as an empty cell: put the error's code back, to be refused by name.
  for (const e of errors) {
    const row = table.rows[e.row - 2];
    if (!e.code) continue;
    if (row) row.cells[e.column] = e.code;
    else if (e.row === 1) table.header[e.column] = e.code;
  }
  return refuseFormulaErrors(
    table,
    sheets[index]?.sheet,
    errors.filter((e) => !e.code),
  );
}

/** Reads a sheet file; throws with the library's words when the file is not a spreadsheet at all. */
export async function readTable(bytes: Buffer, format: SheetFormat): Promise<Table> {
  return joinLongCells(format === 'csv' ? fromCsv(bytes) : await fromXlsx(bytes));
}

/**
 * The table ready to write as CSV: long texts split (long-cells.ts), and a text that itself starts with an apostrophe
 * before `=`, `+`, `-`, `@` given one more, as the reading side takes the first for the CSV writer's formula guard
 * (`'=x` would come back as `=x`).
 */
function toWrite(sheet: Table): Table {
  const table = splitLongCells(sheet);
  const keep = (c: Cell) => (typeof c === 'string' && NEUTRALISED.test(c) ? `'${c}` : c);
  return { header: table.header, rows: table.rows.map((r) => ({ number: r.number, cells: r.cells.map(keep) })) };
}

/**
 * A sheet as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read ë, ç, š, ž); a text longer than a cell
 * holds goes on in continuation columns (long-cells.ts).
 */
export function tableToCsv(sheet: Table): string {
  const table = toWrite(sheet);
  return csvDocument([table.header, ...table.rows.map((r) => r.cells)], { bom: true });
}

/**
 * A sheet as an XLSX workbook: the header row bold and frozen, text cells as text (never formulas), a text longer than
 * a cell holds in continuation columns.
 */
export async function tableToXlsx(whole: Table, sheet: string): Promise<Buffer> {
  const table = splitLongCells(whole);
  const cell = (v: Cell) =>
    v === undefined
      ? null
      : typeof v === 'number'
        ? { value: v, type: Number }
        : typeof v === 'boolean'
          ? { value: v, type: Boolean }
          : { value: v, type: String };
  const data = [
    table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
    ...table.rows.map((r) => r.cells.map(cell)),
  ];
  return writeXlsxFile(data, {
    sheet,
    stickyRowsCount: 1,
    columns: table.header.map((h) => ({ width: Math.min(60, Math.max(12, h.length + 2)) })),
  }).toBuffer();
}
