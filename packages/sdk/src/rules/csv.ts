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
 * Every language some texts are written in, for export columns: each text's source language first, then the
 * others in the order the data uses them. Exports keep all of them, never a fixed list.
 */
export function languagesIn(texts: Iterable<LocalizedText | undefined>): string[] {
  const tags = new Set<string>();
  for (const t of texts) if (t) for (const tag of [t.source, ...Object.keys(t.values)]) if (tag) tags.add(tag);
  return [...tags];
}
