import { LocalizedTextSchema, TRANSLATION_ORIGINS, type LocalizedText } from '@hapur/sdk';
import { searchFold } from '@hapur/sdk/rules';
import type * as z from 'zod/mini';

/**
 * Resources as spreadsheet columns, driven by the SDK's zod schemas, so a field added to a schema (or a
 * language added to the data) becomes a column without a change here. A column is a dotted path below a
 * prefix: `commitment.problem.sq` (a text in one language), `commitment.problem.origin` (which language
 * is the source and where each translation came from), `milestone.supportingActors.2.sector` (the
 * second item of a list, counted from 1), `commitment.ogpValues` (a list of codes, comma-separated).
 */

/** What one cell holds. */
export type Cell = string | number | boolean | undefined;

interface Def {
  type: string;
  innerType?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
}
const defOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;

/** The schema without its `optional` wrappers. */
export function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let s = schema;
  while (defOf(s).type === 'optional') s = defOf(s).innerType!;
  return s;
}

const isLocalized = (schema: z.ZodMiniType) => unwrap(schema) === (LocalizedTextSchema as unknown);
const LEAF_TYPES = new Set(['string', 'number', 'boolean', 'enum', 'literal']);
const isLeaf = (schema: z.ZodMiniType) => LEAF_TYPES.has(defOf(unwrap(schema)).type);

// "sq: source; en: machine from sq; sr-Latn: human from sq, reviewed"
const ORIGIN_ENTRY = /^([A-Za-z0-9-]+)\s*:\s*(.*)$/;

/** A localized text's `source` and `origin` in one cell (empty when it has neither). */
export function originCell(t: LocalizedText): string | undefined {
  const langs = new Set([...(t.source ? [t.source] : []), ...Object.keys(t.origin ?? {})]);
  const parts = [...langs].map((lang) => {
    const o = t.origin?.[lang];
    const words = [
      ...(t.source === lang ? ['source'] : []),
      ...(o ? [o.kind] : []),
      ...(o?.from ? [`from ${o.from}`] : []),
    ].join(' ');
    const reviewed = o?.reviewed === undefined ? '' : o.reviewed ? ', reviewed' : ', not reviewed';
    return `${lang}: ${words}${reviewed}`;
  });
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** Reads an origin cell back; a reason in words when it cannot. */
export function parseOriginCell(cell: string): Pick<LocalizedText, 'source' | 'origin'> | string {
  const out: { source?: string; origin?: NonNullable<LocalizedText['origin']> } = {};
  for (const entry of cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = ORIGIN_ENTRY.exec(entry);
    if (!m) return `"${entry}" should read like "en: machine from sq" (a language, a colon, then how it was written)`;
    const lang = m[1]!;
    const [main = '', ...flags] = m[2]!.split(',').map((s) => s.trim());
    const words = main.split(/\s+/).filter(Boolean);
    const origin: NonNullable<LocalizedText['origin']>[string] = { kind: 'original' };
    let hasOrigin = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w === 'source') out.source = lang;
      else if (w === 'from' && words[i + 1]) origin.from = words[++i]!;
      else if ((TRANSLATION_ORIGINS as readonly string[]).includes(w)) {
        origin.kind = w as (typeof TRANSLATION_ORIGINS)[number];
        hasOrigin = true;
      } else return `"${w}" in "${entry}" is not one of: source, ${TRANSLATION_ORIGINS.join(', ')}, from <language>`;
    }
    for (const flag of flags) {
      if (flag === 'reviewed' || flag === 'not reviewed') origin.reviewed = flag === 'reviewed';
      else return `"${flag}" in "${entry}" should be "reviewed" or "not reviewed"`;
    }
    if (hasOrigin) (out.origin ??= {})[lang] = origin;
  }
  return out;
}

/**
 * The columns of one value: `[column, cell]` in schema order. `skip` names fields left out (a plan's
 * commitments, which have their own rows).
 */
export function flatten(
  value: unknown,
  schema: z.ZodMiniType,
  prefix: string,
  skip: ReadonlySet<string> = new Set(),
  firstLang?: string,
): [string, Cell][] {
  if (value === undefined || value === null) return [];
  if (isLocalized(schema)) {
    const t = value as LocalizedText;
    // The first language first (a plan's source language), then the others alphabetically: stable whatever
    // order the database keeps the keys in.
    const rank = (l: string) => (l === firstLang ? '' : l);
    const langs = Object.keys(t.values).sort((a, b) => rank(a).localeCompare(rank(b)));
    const cells: [string, Cell][] = langs.map((lang) => [`${prefix}.${lang}`, t.values[lang]]);
    const origin = originCell(t);
    return origin === undefined ? cells : [...cells, [`${prefix}.origin`, origin]];
  }
  const def = defOf(unwrap(schema));
  if (def.type === 'object') {
    return Object.entries(def.shape!).flatMap(([key, field]) =>
      skip.has(key)
        ? []
        : flatten((value as Record<string, unknown>)[key], field, `${prefix}.${key}`, undefined, firstLang),
    );
  }
  if (def.type === 'array') {
    const items = value as unknown[];
    if (isLeaf(def.element!)) return items.length > 0 ? [[prefix, items.join(', ')]] : [];
    return items.flatMap((item, i) => flatten(item, def.element!, `${prefix}.${i + 1}`, undefined, firstLang));
  }
  return [[prefix, value as Cell]];
}

/** Where a column puts its cell, or why it cannot. */
export type Placement = { path: (string | number)[]; leaf: z.ZodMiniType; kind: 'value' | 'list' | 'origin' };

/** The path (below the resource) and leaf schema a column names; a reason in words when it names none. */
export function placeColumn(segments: readonly string[], schema: z.ZodMiniType): Placement | string {
  const path: (string | number)[] = [];
  let s = schema;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (isLocalized(s)) {
      if (i !== segments.length - 1) return `"${segments.slice(i).join('.')}" is not a language`;
      if (seg === 'origin') return { path, leaf: s, kind: 'origin' };
      return { path: [...path, 'values', seg], leaf: unwrap(s), kind: 'value' };
    }
    const def = defOf(unwrap(s));
    if (def.type === 'object' && def.shape![seg]) {
      path.push(seg);
      s = def.shape![seg]!;
    } else if (def.type === 'array' && /^[1-9]\d{0,3}$/.test(seg) && !isLeaf(def.element!)) {
      path.push(Number(seg) - 1);
      s = def.element!;
    } else return `"${seg}" is not a field here`;
  }
  if (isLocalized(s)) return 'a text needs its language after it (".sq", ".en", ".sr-Latn")';
  const def = defOf(unwrap(s));
  if (def.type === 'array' && isLeaf(def.element!)) return { path, leaf: def.element!, kind: 'list' };
  if (!isLeaf(s)) return 'this names a group of fields, not one field';
  return { path, leaf: s, kind: 'value' };
}

/** A cell as the leaf's type wants it; a reason in words when it cannot be. */
export function coerce(cell: Exclude<Cell, undefined>, leaf: z.ZodMiniType): unknown {
  const type = defOf(unwrap(leaf)).type;
  if (type === 'number') {
    const n = typeof cell === 'number' ? cell : sheetNumber(String(cell).trim());
    return Number.isFinite(n) && String(cell).trim() !== '' ? n : new CellProblem('this should be a number');
  }
  if (type === 'boolean') {
    if (typeof cell === 'boolean') return cell;
    const word = searchFold(String(cell).trim());
    if (YES.includes(word)) return true;
    if (NO.includes(word)) return false;
    return new CellProblem('this should be yes or no (po or jo, da or ne, evet or hayır, true or false)');
  }
  if (type === 'string' && (unwrap(leaf)._zod.def as { format?: string }).format === 'date') return sheetDay(cell);
  return codeCell(String(cell), leaf);
}

/**
 * Yes and no as a person types them (en, sq, sr, bs, tr) and as a spreadsheet saves a TRUE/FALSE cell in a CSV in its
 * language, folded by `searchFold` (case, accents, Turkish ı): LibreOffice writes its locale's words (i18npool's
 * trueWord/falseWord: sq "e vërtetë"/"e rremë", sr-Latn "tačno"/"netačno", sr-Cyrl "тачно"/"нетачно", bs
 * "tacno"/"netacno", tr "doğru"/"yanlış"), and Excel in Turkish DOĞRU/YANLIŞ.
 */
const YES = ['yes', 'true', '1', 'po', 'e vertete', 'da', 'да', 'tacno', 'тачно', 'evet', 'dogru'];
const NO = ['no', 'false', '0', 'jo', 'e rreme', 'ne', 'не', 'netacno', 'нетачно', 'hayir', 'yanlis'];

/**
 * A cell as written, or without the spaces around it where the field refuses them and takes the rest (an id, a
 * language tag, a link, a choice from a list: `xk-a ` as Excel users often leave it is `xk-a`). Free text keeps its
 * spaces, as every other text cell does. A space inside such a value is refused by name: the field's own message
 * ("not in the right format") does not say what is wrong.
 */
function codeCell(text: string, leaf: z.ZodMiniType): string | CellProblem {
  const accepts = (value: string) => {
    const result = leaf['~standard'].validate(value);
    return !(result instanceof Promise) && result.issues === undefined;
  };
  if (!/\s/.test(text) || accepts(text)) return text;
  const trimmed = text.trim();
  if (accepts(trimmed)) return trimmed;
  return accepts(trimmed.replace(/\s+/g, ''))
    ? new CellProblem('this has a space inside it, which this field cannot hold: remove the space')
    : text;
}

// `3 000 000,00`, `1.234.567,89`, `1,234,567.89`: thousands grouped (by a space, no-break space, dot or comma) with an
// optional decimal part after the other mark, as Excel and LibreOffice save a number formatted with separators.
const GROUPED = /^(-?\d{1,3})((?<mark>[ \u00A0\u202F.,])\d{3}(?:\k<mark>\d{3})*)(?:([.,])(\d+))?$/;

/** A number cell's text: `12,5` (decimal comma) or digits grouped by thousands; NaN when it is no number. */
function sheetNumber(text: string): number {
  const grouped = GROUPED.exec(text);
  const [, head, groups = '', mark, decimalMark, decimals] = grouped ?? [];
  // `1,234` and `1.234` stay a decimal comma or point: one mark and nothing after it is not grouping.
  const isGrouping = grouped && decimalMark !== mark && (decimalMark || /\s/.test(mark!) || groups.length > 4);
  if (isGrouping)
    return Number(`${head}${groups.replaceAll(mark!, '')}${decimals === undefined ? '' : `.${decimals}`}`);
  return Number(text.replace(',', '.'));
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's and LibreOffice's day numbers (1900 date system, with Excel's leap day 1900-02-29 counted). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date cell as ISO (`2027-03-31`) from what spreadsheet programs save: the ISO day itself, the day first with dots
 * (`31.03.2027`, `31.3.2027.`: how Excel and LibreOffice write a date back in Albanian, Serbian, Bosnian and Turkish)
 * or a day number (`46477`, a date cell formatted as a number). Anything else is left as written for the schema to refuse.
 */
function sheetDay(cell: Exclude<Cell, undefined>): string {
  const text = String(cell).trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(text);
  const serial = /^[1-9]\d{4}$/.test(text) ? new Date(SERIAL_EPOCH + Number(text) * DAY_MS) : undefined;
  const [year, month, day] = dotted
    ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : serial
      ? [serial.getUTCFullYear(), serial.getUTCMonth() + 1, serial.getUTCDate()]
      : [];
  if (year === undefined) return String(cell);
  const date = new Date(Date.UTC(year, month! - 1, day));
  // 31.02.2027 is no day: left as written, so the problem names the cell.
  if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return String(cell);
  return date.toISOString().slice(0, 10);
}

/** A cell that cannot be read, with the reason. */
export class CellProblem {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** Sets `value` at `path` in `target`, making objects and lists on the way. */
export function setPath(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}

/** Lists written with gaps (an item's columns deleted) closed up, in place. */
export function closeGaps(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined).map(closeGaps);
    value.splice(0, value.length, ...items);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) closeGaps(v);
  }
  return value;
}
