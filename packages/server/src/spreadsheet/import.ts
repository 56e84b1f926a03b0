import { basename } from 'node:path';
import type { PROVENANCE_KINDS } from '@hapur/sdk';
import type { Database } from '../db/types.js';
import { ImportError, importFile, type ImportCounts } from '../seed/import.js';
import { readTable, SheetReadError, type SheetFormat } from './files.js';
import { PLAN_LEVELS } from './plan-sheet.js';
import { SERVICE_LEVELS } from './service-sheet.js';
import { columnLetter, readLevels, type Positions, type SheetProblem, type Table } from './table.js';

/**
 * A sheet that cannot be imported: `message` has one `file:row:column: reason` line per problem, the reason after
 * `sheet "…": ` when the workbook has several sheets (`sheet`).
 */
export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';
  readonly file: string;
  readonly problems: readonly SheetProblem[];
  readonly sheet: string | undefined;
  constructor(file: string, problems: readonly SheetProblem[], sheet?: string) {
    const on = sheet === undefined ? '' : `sheet "${sheet}": `;
    super(problems.map((p) => `${file}:${p.row}:${p.column}: ${on}${p.reason}`).join('\n'));
    this.file = file;
    this.problems = problems;
    this.sheet = sheet;
  }
}

export interface SpreadsheetOptions {
  /** What the rows are: `real` (default), `example` or `demonstration` (docs/import-format.md). */
  provenance?: (typeof PROVENANCE_KINDS)[number];
}

/** The SDK's reason without its machine code: `invalid_type (expected string): Required.` → `Required.` */
const plainReason = (reason: string) => reason.replace(/^[a-z_]+(?: \([^)]*\))?: /, '');

/** The column a JSON path below an object names: `title.values.sq` below a milestone → `milestone.title.sq`. */
const columnName = (prefix: string, rest: readonly string[]) =>
  [prefix, ...rest.filter((s) => s !== 'values').map((s) => (/^\d+$/.test(s) ? String(Number(s) + 1) : s))].join('.');

/** Where in the sheet a problem the SDK found at a JSON path (`$.plans[0].commitments[1].title`) is. */
function locate(path: string, positions: Positions, table: Table, reason: string): { row: number; column: string } {
  const cell = positions.cells.get(path);
  if (cell) return { row: cell.row, column: columnLetter(cell.column) };
  // A value that must be unique: the last row that has it.
  const dup = /^duplicate [a-z ]+ "(.+)"(?: \(first at [^)]*\))?$/.exec(reason)?.[1];
  if (dup !== undefined) {
    for (const r of [...table.rows].reverse()) {
      const i = r.cells.findIndex((c, ci) => String(c) === dup && /\.(id|number)$/.test(table.header[ci] ?? ''));
      if (i >= 0) return { row: r.number, column: columnLetter(i) };
    }
  }
  const rest: string[] = [];
  let p = path;
  while (p.length > 1) {
    const obj = positions.objects.get(p);
    if (obj) {
      const name = columnName(obj.prefix, rest);
      const index = table.header.findIndex((h) => h === name || h.startsWith(`${name}.`));
      return { row: obj.row, column: index >= 0 ? columnLetter(index) : name };
    }
    const m = /(?:\.([^.[\]]+)|\[(\d+)\])$/.exec(p);
    if (!m) break;
    rest.unshift(m[1] ?? m[2]!);
    p = p.slice(0, m.index);
  }
  return { row: 1, column: 'A' };
}

/**
 * Imports a plan sheet (a `plan.id` column) or a service sheet (`service.id`) from CSV or XLSX, in one
 * transaction: everything or nothing. The rows become a `hapur/v1` file that the SDK validates as any
 * other; every problem names the row and column it comes from.
 */
export async function importSpreadsheet(
  db: Database,
  bytes: Buffer,
  file: string,
  format: SheetFormat,
  options: SpreadsheetOptions = {},
): Promise<ImportCounts> {
  let table: Table;
  try {
    table = await readTable(bytes, format);
  } catch (error) {
    if (error instanceof SheetReadError)
      throw new SpreadsheetError(
        file,
        error.places.map((p) => ({ row: p.row, column: columnLetter(p.column), reason: p.reason })),
      );
    const why = error instanceof Error ? error.message : String(error);
    throw new SpreadsheetError(file, [
      { row: 1, column: 'A', reason: `this is not a ${format.toUpperCase()} file Hapur can read (${why})` },
    ]);
  }
  const kind = table.header.includes('plan.id')
    ? 'plans'
    : table.header.includes('service.id')
      ? 'services'
      : undefined;
  if (!kind)
    throw new SpreadsheetError(
      file,
      [
        {
          row: 1,
          column: 'A',
          reason:
            'the first row must name the columns: a plan sheet has a "plan.id" column, a service sheet a "service.id" column',
        },
      ],
      table.sheet,
    );
  const { lists, positions, problems } = readLevels(table, kind === 'plans' ? PLAN_LEVELS : SERVICE_LEVELS);
  if (problems.length > 0) throw new SpreadsheetError(file, problems, table.sheet);
  const data = {
    format: 'hapur/v1',
    provenance: { kind: options.provenance ?? 'real', source: basename(file) },
    [kind]: lists[kind] ?? [],
  };
  try {
    return await importFile(db, data, file);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    throw new SpreadsheetError(
      file,
      error.problems.map((p) => {
        const path = p.path.startsWith('$') ? p.path : `$.${p.path}`;
        const where = locate(path, positions, table, p.reason);
        const column = /^[A-Z]+$/.test(where.column) ? table.header[columnIndex(where.column)] : undefined;
        // "(first at $.plans[0]…)": the row a spreadsheet program shows instead of the JSON path.
        const reason = plainReason(p.reason).replace(
          / \(first at (\$[^)]*)\)$/,
          (_, first: string) => ` (first in row ${locate(first, positions, table, '').row})`,
        );
        return { ...where, reason: `${column ? `${column}: ` : ''}${reason}` };
      }),
      table.sheet,
    );
  }
}

const columnIndex = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
