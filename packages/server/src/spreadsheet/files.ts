import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { csvDocument } from '@hapur/sdk/rules';
import type { Cell } from './flatten.js';
import type { Table } from './table.js';

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

// What the CSV writer puts before a cell a spreadsheet would run as a formula; read back without it (CSV and XLSX).
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** A sheet file that cannot be read at one place (row and column as a spreadsheet program shows them). */
export class SheetReadError extends Error {
  override readonly name = 'SheetReadError';
  readonly row: number;
  readonly column: number;
  constructor(row: number, column: number, message: string) {
    super(message);
    this.row = row;
    this.column = column;
  }
}

function fromCsv(bytes: Buffer): Table {
  const table = csvTable(bytes.toString('utf8'));
  if (isUtf8(bytes)) return table;
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

async function fromXlsx(bytes: Buffer): Promise<Table> {
  const [header = [], ...rows] = await readSheet(bytes, { trim: false });
  return {
    header: header.map((h) => String(h ?? '').trim()),
    rows: rows.map((cells, i) => ({ number: i + 2, cells: cells.map(fromXlsxCell) })),
  };
}

/** Reads a sheet file; throws with the library's words when the file is not a spreadsheet at all. */
export async function readTable(bytes: Buffer, format: SheetFormat): Promise<Table> {
  return format === 'csv' ? fromCsv(bytes) : fromXlsx(bytes);
}

/** A sheet as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read ë, ç, š, ž). */
export function tableToCsv(table: Table): string {
  return csvDocument([table.header, ...table.rows.map((r) => r.cells)], { bom: true });
}

/** A sheet as an XLSX workbook: the header row bold and frozen, text cells as text (never formulas). */
export async function tableToXlsx(table: Table, sheet: string): Promise<Buffer> {
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
