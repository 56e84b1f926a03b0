import type { Table } from './table.js';

/**
 * Excel holds at most 32,767 characters in a cell: it refuses to open a workbook with a longer one without "repairing"
 * it, and cuts a longer CSV cell. A text can be longer (up to 100,000 characters), so the export writes the rest in
 * continuation columns next to it, `commitment.problem.sq (2)`, `(3)`, …, and the import joins them back.
 */
export const CELL_LIMIT = 32_767;

/** A piece's length: one under the limit, for the apostrophe the CSV writer puts before a piece starting with `=`, `-`, …. */
export const PIECE = CELL_LIMIT - 1;

const CONTINUED = /^(.+) \((\d+)\)$/;

/** `text` in pieces of at most `PIECE` UTF-16 units, never splitting a character written as two of them. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + PIECE, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** The table with every cell longer than Excel holds split over continuation columns (the table itself when none is). */
export function splitLongCells(table: Table): Table {
  const parts = table.header.map((_, i) =>
    Math.max(1, ...table.rows.map((r) => (typeof r.cells[i] === 'string' ? pieces(r.cells[i]).length : 1))),
  );
  if (parts.every((n) => n === 1)) return table;
  return {
    header: table.header.flatMap((h, i) => [h, ...Array.from({ length: parts[i]! - 1 }, (_, k) => `${h} (${k + 2})`)]),
    rows: table.rows.map((r) => ({
      number: r.number,
      cells: table.header.flatMap((_, i) => {
        const cell = r.cells[i];
        const split = typeof cell === 'string' ? pieces(cell) : [cell];
        return Array.from({ length: parts[i]! }, (_, k) => split[k]);
      }),
    })),
  };
}

/**
 * Continuation columns joined back onto the column they continue (in place): the continued cell gets the whole text, a
 * continuation column is left without a name and empty, so every other column keeps its letter for problems.
 */
export function joinLongCells(table: Table): Table {
  const continued = table.header
    .map((name, index) => ({ index, m: CONTINUED.exec(name) }))
    .flatMap(({ index, m }) => {
      const base = m ? table.header.indexOf(m[1]!) : -1;
      return m && base >= 0 && Number(m[2]) >= 2 ? [{ index, base, part: Number(m[2]) }] : [];
    })
    .sort((a, b) => a.part - b.part);
  for (const { index, base } of continued) {
    for (const row of table.rows) {
      const more = row.cells[index];
      if (more !== undefined) row.cells[base] = `${row.cells[base] ?? ''}${String(more)}`;
      row.cells[index] = undefined;
    }
    table.header[index] = '';
  }
  return table;
}
