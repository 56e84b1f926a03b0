import { strFromU8, unzipSync } from 'fflate';

/**
 * What read-excel-file does not say about a workbook: which sheets are hidden, which cells hold a formula error
 * (`#N/A`, `#REF!`, …), which it reads as empty cells, and which numbers show trailing zeros. Read from the workbook's
 * XML: `xl/workbook.xml` lists the sheets in order with their state, its relationships name each sheet's file, an
 * error cell is `<c t="e">`, and a cell's style (`s`) names its number format in `xl/styles.xml`.
 */
export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /**
   * Cells showing a formula error (`code` the error, `''` for a formula saved without its result): row and column
   * counted from 1 and 0, as `SheetReadError` takes them.
   */
  errors: { row: number; column: number; code: string }[];
  /**
   * Number cells whose format shows trailing zeros (`0.00`: 3.1 shows `3.10`), with the text shown: milestone 3.10 is
   * not 3.1. Only zeros are added; a format that rounds (3.14159 as `3.14`) leaves the number as it is.
   */
  shown: { row: number; column: number; text: string }[];
}

const attributes = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1]!.replace(/^\w+:/, ''), m[2]!]));
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** `C12` → row 12, column 2. */
function cellPlace(ref: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]), column };
}

// Excel's built-in fixed-decimal formats (ECMA-376 18.8.30), by id; a workbook's own are in its numFmts.
const BUILT_IN: Record<string, string> = { 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00' };

/** The decimals each cell style (`s`, an index into cellXfs) shows, for the styles with a fixed-decimal format. */
function styleDecimals(xml: string): Map<number, number> {
  const own = new Map(
    [...xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)].map((m) => {
      const a = attributes(m[0]);
      return [a['numFmtId'], unescapeXml(a['formatCode'] ?? '')] as const;
    }),
  );
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out = new Map<number, number>();
  [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)].forEach((m, index) => {
    const id = attributes(m[1]!)['numFmtId'] ?? '0';
    const code = (own.get(id) ?? BUILT_IN[id] ?? '').split(';')[0]!;
    const decimals = /^[#,]*0(?:\.(0+))?$/.exec(code)?.[1]?.length;
    if (decimals) out.set(index, decimals);
  });
  return out;
}

/** Formula-error cells and numbers shown with trailing zeros, of one worksheet's XML, in order. */
function notedCells(xml: string, decimals: Map<number, number>): Pick<WorkbookSheet, 'errors' | 'shown'> {
  const errors: WorkbookSheet['errors'] = [];
  const shown: WorkbookSheet['shown'] = [];
  // An empty cell with a style only (a formatted column) is `<c r="A2" s="1"/>`: no content, not the next cell's.
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const a = attributes(m[1]!);
    const inner = m[2] ?? '';
    const code = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(inner)?.[1];
    const place = a['r'] ? cellPlace(a['r']) : undefined;
    if (!place) continue;
    const places = decimals.get(Number(a['s'] ?? 0));
    if ((a['t'] ?? 'n') === 'n' && places && code !== undefined) {
      const text = Number(code).toFixed(places);
      if (Number(text) === Number(code) && text !== code) shown.push({ ...place, text });
    }
    // A formula saved without its result (a program that writes formulas but does not calculate them): code ''.
    const unsaved = code === undefined && /<(?:\w+:)?f\b/.test(inner);
    if (a['t'] === 'e' || unsaved) errors.push({ ...place, code: unsaved ? '' : unescapeXml(code ?? '#ERROR') });
  }
  return { errors, shown };
}

/** The sheets of an .xlsx in the workbook's order; empty when the file's parts cannot be found (read-excel-file says why). */
export function inspectWorkbook(bytes: Uint8Array): WorkbookSheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels'),
    });
  } catch {
    return [];
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const targets = new Map(
    [...text('xl/_rels/workbook.xml.rels').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
      const a = attributes(m[0]);
      const target = a['Target'] ?? '';
      return [a['Id'], target.startsWith('/') ? target.slice(1) : `xl/${target}`] as const;
    }),
  );
  const styles = [...targets.values()].find((t) => t.endsWith('/styles.xml'));
  const decimals = styleDecimals(styles ? text(styles) : '');
  return [...text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    const file = targets.get(a['id']);
    return {
      name: unescapeXml(a['name'] ?? ''),
      hidden: a['state'] === 'hidden' || a['state'] === 'veryHidden',
      ...(file ? notedCells(text(file), decimals) : { errors: [], shown: [] }),
    };
  });
}
