import type * as z from 'zod/mini';
import {
  type Cell,
  CellProblem,
  closeGaps,
  coerce,
  flatten,
  parseOriginCell,
  placeColumn,
  setPath,
  unwrap,
} from './flatten.js';

/** A sheet: its first row names the columns; each row keeps its number as the spreadsheet shows it. */
export interface Table {
  header: string[];
  rows: { number: number; cells: Cell[] }[];
  /** The sheet read, in a workbook of several (problems name it); absent for a CSV or a workbook of one sheet. */
  sheet?: string;
}

/** One thing wrong, where a spreadsheet program shows it: row number and column (a letter, or a name not in the sheet). */
export interface SheetProblem {
  row: number;
  column: string;
  reason: string;
}

/** `0` → `A`, `26` → `AA`, as spreadsheets name columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * One level of nesting: plan → commitment → milestone, or just service. A row belongs to the current
 * object of a level when its `key` column names it; a level with `everyRow` starts an object on every
 * row that has a cell of it (milestones, services).
 */
export interface Level {
  prefix: string;
  schema: z.ZodMiniType;
  /** Where the level's objects sit in the parent: `commitments`, `milestones`; in the file: `plans`, `services`. */
  list: string;
  key: string;
  everyRow?: true;
  /** Columns shown in an export but never read back (derived state). */
  readOnly?: (column: string) => boolean;
  /** Fields the level sets itself after reading (a milestone's status is its progress log's). */
  defaults?: Record<string, unknown>;
}

/** Cell positions of what a sheet set, by JSON path (`$.plans[0].title.values.sq`), for problems the SDK finds. */
export interface Positions {
  cells: Map<string, { row: number; column: number }>;
  objects: Map<string, { row: number; prefix: string }>;
}

/**
 * A cell with nothing in it, or only spaces: it looks empty in a spreadsheet program (a space typed to "clear" it), and
 * no field takes it, so it is read as empty.
 */
const isBlank = (cell: Cell) => cell === undefined || String(cell).trim() === '';

const jsonPathOf = (path: readonly (string | number)[]) =>
  '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

/** Every required list the schema has, filled with `[]` where the sheet had no item (in place). */
function fillLists(value: unknown, schema: z.ZodMiniType): void {
  const def = unwrap(schema)._zod.def as unknown as {
    type: string;
    shape?: Record<string, z.ZodMiniType>;
    element?: z.ZodMiniType;
  };
  if (def.type === 'object' && value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(def.shape!)) {
      const fieldDef = field._zod.def as unknown as { type: string };
      if (obj[key] === undefined && fieldDef.type === 'array') obj[key] = [];
      if (obj[key] !== undefined) fillLists(obj[key], field);
    }
  } else if (def.type === 'array' && Array.isArray(value)) for (const v of value) fillLists(v, def.element!);
}

/**
 * Reads a sheet into nested objects along `levels`, with the position of every cell it used. Problems
 * are those of the sheet itself (a column that names no field, a cell of the wrong type, two rows that
 * disagree); the SDK's validation of the result comes after.
 */
export function readLevels(
  table: Table,
  levels: readonly Level[],
): { lists: Record<string, unknown[]>; positions: Positions; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const positions: Positions = { cells: new Map(), objects: new Map() };
  const columns = table.header.map((name, index) => {
    const level = levels.findIndex((l) => name.startsWith(`${l.prefix}.`));
    const at = { row: 1, column: columnLetter(index) };
    if (name === '') return undefined;
    // The rest of a long text (long-cells.ts), left after the column it continues was deleted.
    const continued = / \((\d+)\)$/.exec(name);
    if (continued) {
      const base = name.slice(0, continued.index);
      problems.push({
        ...at,
        reason: `"${name}" holds the rest of a long "${base}", which is not a column here: put "${base}" back, or move the text into a "${base}" column`,
      });
      return undefined;
    }
    if (level < 0) {
      problems.push({
        ...at,
        reason: `"${name}" is not a column Hapur knows: a column name starts with ${levels.map((l) => `"${l.prefix}."`).join(' or ')}`,
      });
      return undefined;
    }
    const l = levels[level]!;
    if (l.readOnly?.(name)) return undefined;
    const place = placeColumn(name.slice(l.prefix.length + 1).split('.'), l.schema);
    if (typeof place === 'string') {
      problems.push({ ...at, reason: `"${name}" is not a column Hapur knows: ${place}` });
      return undefined;
    }
    return { index, name, level, place };
  });
  const seen = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (name !== '' && seen.has(name))
      problems.push({
        row: 1,
        column: columnLetter(i),
        reason: `"${name}" is also column ${columnLetter(seen.get(name)!)}: keep one of them`,
      });
    seen.set(name, i);
  });
  // A value under a column without a name (a merged header cell names only its first column; a row longer than the
  // header) would be dropped without a word.
  const width = table.rows.reduce((w, r) => Math.max(w, r.cells.length), table.header.length);
  for (let i = 0; i < width; i++) {
    const row = table.header[i] ? undefined : table.rows.find((r) => !isBlank(r.cells[i]));
    if (row)
      problems.push({
        row: row.number,
        column: columnLetter(i),
        reason:
          'this column has a value but no name in row 1, so it would be lost: name the column (a merged cell in ' +
          'row 1 names only its first column; unmerge it) or delete its values',
      });
  }
  const keyIndex = levels.map((l) => table.header.indexOf(l.key));
  keyIndex.forEach((k, i) => {
    if (k < 0 && !levels[i]!.everyRow)
      problems.push({ row: 1, column: levels[i]!.key, reason: `the sheet needs a column "${levels[i]!.key}"` });
  });
  if (problems.length > 0) return { lists: {}, positions, problems };

  const top: Record<string, unknown[]> = { [levels[0]!.list]: [] };
  // The current object of each level and its JSON path; keyed objects are found again by their key.
  const current: ({ obj: Record<string, unknown>; path: (string | number)[]; key: string } | undefined)[] = [];
  const byKey = new Map<string, { obj: Record<string, unknown>; path: (string | number)[]; key: string }>();
  const setBy = new Map<string, number>();

  for (const { number, cells } of table.rows) {
    const filled = (i: number) => !isBlank(cells[i]);
    if (!cells.some((_, i) => filled(i))) continue;
    for (let li = 0; li < levels.length; li++) {
      const level = levels[li]!;
      const mine = columns.filter((c): c is NonNullable<typeof c> => c?.level === li && filled(c.index));
      const keyCell = keyIndex[li]! >= 0 ? cells[keyIndex[li]!] : undefined;
      const parent = li === 0 ? { obj: top, path: [] as (string | number)[], key: '' } : current[li - 1];
      if (level.everyRow) {
        if (mine.length === 0) {
          current[li] = undefined;
          break;
        }
      } else if (isBlank(keyCell)) {
        if (mine.length > 0 || li === 0)
          problems.push({
            row: number,
            column: columnLetter(Math.max(keyIndex[li]!, 0)),
            reason: `"${level.key}" is empty: every row must say which ${level.prefix} it belongs to`,
          });
        break;
      }
      if (!parent) break;
      // `3 ` and `3` name one commitment: the key is read as its cell is (codeCell, flatten.ts).
      const mapKey = `${parent.key}/${level.prefix}:${String(keyCell).trim()}`;
      let entry = level.everyRow ? undefined : byKey.get(mapKey);
      if (!entry) {
        const list = ((parent.obj[level.list] as unknown[] | undefined) ??= []);
        const obj: Record<string, unknown> = { ...structuredClone(level.defaults ?? {}) };
        entry = { obj, path: [...parent.path, level.list, list.length], key: mapKey };
        list.push(obj);
        if (!level.everyRow) byKey.set(mapKey, entry);
        positions.objects.set(jsonPathOf(entry.path), { row: number, prefix: level.prefix });
      }
      current[li] = entry;
      for (const c of mine) {
        const cell = cells[c.index]!;
        const where = { row: number, column: columnLetter(c.index) };
        const full = [...entry.path, ...c.place.path];
        const pathKey = `${jsonPathOf(full)}#${c.place.kind}`;
        const value = readCell(cell, c.place);
        if (value instanceof CellProblem) {
          problems.push({ ...where, reason: `${c.name}: ${value.reason}` });
          continue;
        }
        const first = setBy.get(pathKey);
        if (first !== undefined) {
          if (
            JSON.stringify(readCell(table.rows.find((r) => r.number === first)!.cells[c.index]!, c.place)) !==
            JSON.stringify(value)
          )
            problems.push({
              ...where,
              reason: `${c.name} differs from row ${first}, where this ${level.prefix} was given it first: leave it empty or make them the same`,
            });
          continue;
        }
        setBy.set(pathKey, number);
        if (c.place.kind === 'origin') {
          const o = value as Record<string, unknown>;
          for (const [k, v] of Object.entries(o)) setPath(entry.obj, [...c.place.path, k], v);
        } else setPath(entry.obj, c.place.path, value);
        positions.cells.set(jsonPathOf(full), { row: number, column: c.index });
      }
    }
  }
  for (const level of levels.slice(0, 1)) {
    closeGaps(top[level.list]);
    for (const item of top[level.list]!) fillLists(item, level.schema);
  }
  return { lists: top, positions, problems };
}

function readCell(cell: Exclude<Cell, undefined>, place: ReturnType<typeof placeColumn> & object) {
  if (place.kind === 'origin') {
    const o = parseOriginCell(String(cell));
    return typeof o === 'string' ? new CellProblem(o) : o;
  }
  if (place.kind === 'list') {
    const items = String(cell)
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const values = items.map((i) => coerce(i, place.leaf));
    return values.find((v) => v instanceof CellProblem) ?? values;
  }
  return coerce(cell, place.leaf);
}

/** The columns of many objects in one order: the schema's field order, languages in the order the data first uses them. */
export function columnsOf(rows: readonly (readonly [string, Cell][])[], fixedFirst: readonly string[] = []): string[] {
  const names: string[] = [...fixedFirst];
  const known = new Set(names);
  // Insert each new column after the last known column sharing the longest dotted prefix (schema order within a row
  // is kept; a fifth supporting actor lands after the fourth, not at the end).
  for (const row of rows) {
    let previous = -1;
    for (const [name] of row) {
      if (known.has(name)) {
        previous = names.indexOf(name);
        continue;
      }
      const at = previous + 1;
      names.splice(at, 0, name);
      known.add(name);
      previous = at;
    }
  }
  return names;
}

/** Cells of one row in the order of `columns`. */
export const rowOf = (columns: readonly string[], cells: readonly [string, Cell][]): Cell[] => {
  const map = new Map(cells);
  return columns.map((c) => map.get(c));
};

export { flatten };
