import type { LocalizedText } from '../schemas/common.js';
/** What a CSV cell can hold; `undefined` and `null` are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** Cell starts a spreadsheet would run as a formula or command (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that force quoting: the quote itself, line breaks, and both separators in use (`,` and `;`). */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One CSV cell, the one writer in Hapur. Formula-safe: a text starting with `=`, `+`, `-`, `@`, tab or
 * CR gets a leading apostrophe, so a spreadsheet shows plan and monitor text as text and never runs it.
 * RFC 4180 quoting, the same for `,` and `;` files: a cell with a quote, a line break, a comma or a
 * semicolon is wrapped in quotes and its quotes doubled.
 */
export function csvCell(value: CsvValue): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Field separator: `,` (default) or `;` (what spreadsheets expect in locales that write decimal commas). */
  separator?: ',' | ';';
  /** Start with a UTF-8 byte-order mark, so spreadsheet programs read ë, ç, š, ž correctly. */
  bom?: boolean;
}

/** A CSV document: rows of cells, CRLF after every row (RFC 4180), optionally starting with a BOM. */
export function csvDocument(rows: Iterable<readonly CsvValue[]>, options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  let out = options.bom ? '\uFEFF' : '';
  for (const row of rows) out += `${row.map(csvCell).join(separator)}\r\n`;
  return out;
}

/**
 * Excel holds at most 32,767 characters in a cell: it cuts a longer CSV cell and refuses to open a workbook with one
 * without "repairing" it. Hapur's texts can be longer (up to 100,000 characters), so exports continue them in columns
 * beside (`spreadLongCells`) and the spreadsheet import joins them back (the server's `joinLongCells`).
 */
export const CELL_LIMIT = 32_767;

/** A piece's length: one under the limit, for the apostrophe `csvCell` puts before a piece starting with `=`, `-`, …. */
export const CELL_PIECE = CELL_LIMIT - 1;

/** `text` in pieces of at most `CELL_PIECE` UTF-16 units, never splitting a character written as two of them. */
export function cellPieces(text: string): string[] {
  const out: string[] = [];
  for (let at = 0, end; at < text.length; at = end) {
    end = Math.min(at + CELL_PIECE, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
    out.push(text.slice(at, end));
  }
  return out;
}

/** The name of a continuation column: `notes (2)`, `notes (3)`, … after `notes`. */
export const continuedColumn = (column: string, part: number): string => `${column} (${part})`;

/** `notes (2)` → `{ column: 'notes', part: 2 }`: the column a continuation column continues; undefined for any other name. */
export function continuedFrom(name: string): { column: string; part: number } | undefined {
  const m = /^(.+) \((\d+)\)$/.exec(name);
  return m && Number(m[2]) >= 2 ? { column: m[1]!, part: Number(m[2]) } : undefined;
}

/**
 * Rows (the first one naming the columns) with every text longer than an Excel cell holds continued in
 * `<column> (2)`, `(3)`, … columns right after its own, so no text is cut when the file is opened. Rows are returned
 * as they are when no text is that long.
 */
export function spreadLongCells<T extends CsvValue>(rows: readonly (readonly T[])[]): T[][] {
  const [header = [], ...body] = rows;
  const split = body.map((r) => header.map((_, i) => (typeof r[i] === 'string' ? cellPieces(r[i]) : [r[i]])));
  const widths = header.map((_, i) => Math.max(1, ...split.map((r) => r[i]!.length)));
  if (widths.every((w) => w === 1)) return rows.map((r) => [...r]);
  return [
    header.flatMap((h, i) => [
      h,
      ...Array.from({ length: widths[i]! - 1 }, (_, k) => continuedColumn(String(h), k + 2) as T),
    ]),
    ...split.map((r) => r.flatMap((cells, i) => Array.from({ length: widths[i]! }, (_, k) => cells[k] as T))),
  ];
}

/**
 * Every language some texts are written in, for export columns: each text's source language first, then the
 * others in the order the data uses them. Exports keep all of them, never a fixed list.
 */
export function languagesIn(texts: Iterable<LocalizedText | undefined>): string[] {
  const tags = new Set<string>();
  for (const t of texts) if (t) for (const tag of [t.source, ...Object.keys(t.values)]) if (tag) tags.add(tag);
  return [...tags];
}
