import { strFromU8, unzipSync } from 'fflate';

/**
 * What read-excel-file does not say about a workbook: which sheets are hidden, and which cells hold a formula error
 * (`#N/A`, `#REF!`, …), which it reads as empty cells. Read from the workbook's XML: `xl/workbook.xml` lists the
 * sheets in order with their state, its relationships name each sheet's file, and an error cell is `<c t="e">`.
 */
export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /**
   * Cells showing a formula error (`code` the error, `''` for a formula saved without its result): row and column
   * counted from 1 and 0, as `SheetReadError` takes them.
   */
  errors: { row: number; column: number; code: string }[];
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

/** Formula-error cells of one worksheet's XML, in order. */
function errorCells(xml: string): WorkbookSheet['errors'] {
  const errors: WorkbookSheet['errors'] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)>([\s\S]*?)<\/(?:\w+:)?c>/g)) {
    const a = attributes(m[1]!);
    const code = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(m[2]!)?.[1];
    // A formula saved without its result (a program that writes formulas but does not calculate them): code ''.
    const unsaved = code === undefined && /<(?:\w+:)?f\b/.test(m[2]!);
    if ((a['t'] !== 'e' && !unsaved) || !a['r']) continue;
    const place = cellPlace(a['r']);
    if (place) errors.push({ ...place, code: unsaved ? '' : unescapeXml(code ?? '#ERROR') });
  }
  return errors;
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
  return [...text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    const file = targets.get(a['id']);
    return {
      name: unescapeXml(a['name'] ?? ''),
      hidden: a['state'] === 'hidden' || a['state'] === 'veryHidden',
      errors: file ? errorCells(text(file)) : [],
    };
  });
}
