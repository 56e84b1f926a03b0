import { continuedFrom, spreadLongCells } from '@hapur/sdk/rules';
import type { Cell } from './flatten.js';
import type { Table } from './table.js';

/**
 * Excel holds at most 32,767 characters in a cell, and a text can be longer (up to 100,000 characters): the export
 * writes the rest in continuation columns next to it, `commitment.problem.sq (2)`, `(3)`, …, and the import joins them
 * back. The limit, the pieces and the column names are the SDK's CSV rules (`@hapur/sdk/rules`), shared with the
 * blocks' and the self-assessment's exports.
 */

/** The table with every cell longer than Excel holds split over continuation columns (the table itself when none is). */
export function splitLongCells(table: Table): Table {
  const [header, ...rows] = spreadLongCells<Cell>([table.header, ...table.rows.map((r) => r.cells)]);
  if (header!.length === table.header.length) return table;
  return {
    header: header!.map(String),
    rows: table.rows.map((r, i) => ({ number: r.number, cells: rows[i]! })),
  };
}

/**
 * Continuation columns joined back onto the column they continue (in place): the continued cell gets the whole text, a
 * continuation column is left without a name and empty, so every other column keeps its letter for problems.
 */
export function joinLongCells(table: Table): Table {
  const continued = table.header
    .map((name, index) => ({ index, of: continuedFrom(name) }))
    .flatMap(({ index, of }) => {
      const base = of ? table.header.indexOf(of.column) : -1;
      return of && base >= 0 ? [{ index, base, part: of.part }] : [];
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
