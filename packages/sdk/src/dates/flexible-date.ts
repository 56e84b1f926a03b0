import type { FlexibleDate, FlexibleDateKind } from '../schemas/flexible-date.js';
import {
  END_STEMS,
  FILLERS,
  fold,
  HALF_STEMS,
  MONTH_STEMS,
  ONGOING_PAIRS,
  ONGOING_STEMS,
  ORDINALS,
  QUARTER_STEMS,
  QUARTERLY_STEMS,
} from './words.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

/** One date the text names: its kind, EDTF value and window (`from` is absent for "end of 2027"). */
interface Point {
  kind: Exclude<FlexibleDateKind, 'recurring_quarterly' | 'ongoing' | 'unspecified'>;
  edtf: string;
  from?: string;
  to: string;
}

const span = (kind: Point['kind'], edtf: string, y: number, first: number, last: number): Point => ({
  kind,
  edtf,
  from: `${y}-${pad(first)}-01`,
  to: monthEnd(y, last),
});
const quarter = (q: number, y: number) => span('quarter', `${y}-${32 + q}`, y, q * 3 - 2, q * 3);
const half = (h: number, y: number) => span('half', `${y}-${39 + h}`, y, h * 6 - 5, h * 6);
const month = (m: number, y: number) => span('month', `${y}-${pad(m)}`, y, m, m);
const year = (y: number) => span('year', String(y), y, 1, 12);
const day = (y: number, m: number, d: number): Point | null => {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return { kind: 'date', edtf: iso, from: iso, to: iso };
};

/** A word matches a stem it starts with, adding at most three letters, or any ending for a stem of six or more. */
const stemOf = (word: string, stems: readonly string[]) =>
  stems.find((s) => word === s || (word.startsWith(s) && (word.length - s.length <= 3 || s.length >= 6)));
const ordinal = (w: string) =>
  ORDINALS[w] ??
  (/^[1-4]$/.test(w)
    ? Number(w)
    : ORDINALS[
        stemOf(
          w,
          Object.keys(ORDINALS).filter((k) => k.length >= 3),
        ) ?? ''
      ]);

/** Token classes a date is made of; each returns the token's value, or undefined when the token is not one. */
const CLASSES: Record<string, (w: string) => number | undefined> = {
  Y: (w) => (/^(?:19|20)\d\d$/.test(w) ? Number(w) : undefined),
  D: (w) => (/^\d{1,2}$/.test(w) && Number(w) >= 1 && Number(w) <= 31 ? Number(w) : undefined),
  N: (w) => (/^[1-4]$/.test(w) ? Number(w) : undefined),
  O: ordinal,
  M: (w) => {
    const i = MONTH_STEMS.findIndex((stems) => stemOf(w, stems) !== undefined);
    return i >= 0 ? i + 1 : undefined;
  },
  Q: (w) => (stemOf(w, QUARTER_STEMS) ? 1 : undefined),
  H: (w) => (stemOf(w, HALF_STEMS) ? 1 : undefined),
  E: (w) => (stemOf(w, END_STEMS) ? 1 : undefined),
  q: (w) => (w === 'q' || w === 't' || w === 'tm' ? 1 : undefined),
  h: (w) => (w === 'h' || w === 's' ? 1 : undefined),
};

/** Patterns over token classes, most specific first, and the point each makes from its values. */
const PATTERNS: readonly (readonly [string, (v: number[]) => Point | null])[] = [
  ['D M Y', ([d, m, y]) => day(y!, m!, d!)],
  [
    'M M Y',
    ([a, b, y]) =>
      a! < b!
        ? { ...month(a!, y!), kind: 'range', edtf: `${y}-${pad(a!)}/${y}-${pad(b!)}`, to: month(b!, y!).to }
        : null,
  ],
  ['M Y', ([m, y]) => month(m!, y!)],
  ['q N Y', ([, q, y]) => quarter(q!, y!)],
  ['N q Y', ([q, , y]) => quarter(q!, y!)],
  ['Y q N', ([y, , q]) => quarter(q!, y!)],
  ['O Q Y', ([q, , y]) => (q! <= 4 ? quarter(q!, y!) : null)],
  ['Q O Y', ([, q, y]) => (q! <= 4 ? quarter(q!, y!) : null)],
  ['Y O Q', ([y, q]) => (q! <= 4 ? quarter(q!, y!) : null)],
  ['h N Y', ([, h, y]) => (h! <= 2 ? half(h!, y!) : null)],
  ['Y h N', ([y, , h]) => (h! <= 2 ? half(h!, y!) : null)],
  ['O H Y', ([h, , y]) => (h! <= 2 ? half(h!, y!) : null)],
  ['H O Y', ([, h, y]) => (h! <= 2 ? half(h!, y!) : null)],
  ['Y O H', ([y, h]) => (h! <= 2 ? half(h!, y!) : null)],
  ['E Y', ([, y]) => ({ kind: 'year_end', edtf: `../${y}-12-31`, to: `${y}-12-31` })],
  ['Y E', ([y]) => ({ kind: 'year_end', edtf: `../${y}-12-31`, to: `${y}-12-31` })],
  ['Y', ([y]) => year(y!)],
];

/**
 * Matches `pattern` at token `i`; words in FILLERS and `-`/`/` may stand between its parts, tried both ways:
 * "tremujori I parë 2027" reads that "i" as "of", "I kvartal 2027" reads it as 1.
 */
function match(
  tokens: readonly string[],
  i: number,
  pattern: readonly string[],
  inside = false,
): { values: number[]; end: number } | null {
  if (pattern.length === 0) return { values: [], end: i };
  const word = tokens[i];
  if (word === undefined) return null;
  const value = CLASSES[pattern[0]!]!(word);
  if (value !== undefined) {
    const rest = match(tokens, i + 1, pattern.slice(1), true);
    if (rest) return { values: [value, ...rest.values], end: rest.end };
  }
  return inside && (FILLERS.has(word) || word === '-' || word === '/') ? match(tokens, i + 1, pattern, true) : null;
}

/** Every date the folded text names, in order. */
function pointsIn(tokens: readonly string[]): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < tokens.length;) {
    let found: { point: Point; end: number } | undefined;
    for (const [pattern, make] of PATTERNS) {
      const parts = pattern.split(' ');
      const m = match(tokens, i, parts);
      if (!m) continue;
      const point = make(m.values);
      if (point) {
        found = { point, end: m.end };
        break;
      }
    }
    if (found) {
      points.push(found.point);
      i = found.end;
    } else i++;
  }
  return points;
}

/** "Q5 2027", "Q0", "H3 2023": a quarter or half that does not exist. */
const MALFORMED_PERIOD = /(?<![\p{L}\d])(?:(?:q|tm)\s*(?:[05-9]|\d\d)|h\s*(?:[03-9]|\d\d))/u;
/** Days written in digits, `2027-03-15` and `15.03.2027`, with the order of year, month and day in the match. */
const NUMERIC_DAYS = [
  [/(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/gu, [1, 2, 3]],
  [/(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)/gu, [3, 2, 1]],
] as const;
const folded = (text: string) =>
  fold(text.normalize('NFC'))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether a due date's text names a day, quarter or half the calendar does not have ("31.13.2026", "2026-02-30",
 * "Q5 2027"): a typing mistake, which {@link parseFlexibleDate} reads as `unspecified` and an import refuses.
 */
export function namesImpossibleDate(text: string): boolean {
  const s = folded(text);
  if (MALFORMED_PERIOD.test(s)) return true;
  return NUMERIC_DAYS.some(([re, order]) =>
    [...s.matchAll(re)].some((m) => !day(Number(m[order[0]]), Number(m[order[1]]), Number(m[order[2]]))),
  );
}

const has = (tokens: readonly string[], stems: readonly string[]) => tokens.some((w) => stemOf(w, stems) !== undefined);
const startOf = (p: Point) => p.from ?? `${p.to.slice(0, 4)}-01-01`;
const within = (inner: Point, outer: Point) => startOf(outer) <= startOf(inner) && inner.to <= outer.to;

/**
 * Reads a due date as a plan writes it and says what it is. Never throws and never guesses: what it cannot
 * read is `unspecified`, text kept as written. Forms, in English, Albanian, Serbian (both scripts),
 * Macedonian, Bosnian, Croatian, Montenegrin and Turkish (the words are in `words.ts`):
 *
 * - quarters: "Q 1 - 2027", "2027 Q1", "I kvartal 2027", "tremujori i parë 2027", "прв квартал 2027", "2027 1. çeyrek"
 * - halves: "H1 2023", "first half of 2023", "prva polovina 2023", "второ полугодие 2023", "2023'ün ilk yarısı"
 * - months and days: "Korrik 2026", "31. decembar 2027.", "септември 2021", "15 Eylül 2023", "31.12.2027"
 * - ends of years: "End of 2023", "Nga fundi i vitit 2027", "do kraja 2027. godine", "до крајот на 2023"
 * - ranges: "September 2021 – June 2022" is due at the end (June 2022) and its window is the whole range;
 *   "2026–2028"; "Q1 2022 – Q3 2023". A range is never reduced to its first month.
 * - "Ongoing"/"Continuous" ("Vazhdon (2026–2028)", "u toku", "континуирано", "sürekli"), "quarterly during 2026–2028".
 */
export function parseFlexibleDate(text: string, lang?: string): FlexibleDate {
  const base: FlexibleDate = { text, kind: 'unspecified', ...(lang ? { lang } : {}) };
  if (typeof text !== 'string') return { ...base, text: String(text) };
  let s = folded(text);
  if (s.length === 0 || s.length > 500) return base;
  // "Q5 2027", "Q0", "H3 2023": a malformed quarter or half, no guess.
  if (MALFORMED_PERIOD.test(s)) return base;

  const points: Point[] = [];
  for (const [re, order] of NUMERIC_DAYS) {
    for (const m of s.matchAll(re)) {
      const point = day(Number(m[order[0]]), Number(m[order[1]]), Number(m[order[2]]));
      if (!point) return base;
      points.push(point);
    }
    s = s.replace(re, ' ');
  }
  const tokens = s.match(/\p{L}+|\d+|[-/]/gu) ?? [];
  points.push(...pointsIn(tokens));

  const years = points.filter((p) => p.kind === 'year');
  const window = points.length > 1 ? rangeOf(points) : undefined;
  if (window === null) return base;
  const ongoing =
    has(tokens, ONGOING_STEMS) || ONGOING_PAIRS.some(([a, b]) => tokens.some((w, i) => w === a && tokens[i + 1] === b));
  if (ongoing) return { ...base, ...(window ? windowOf(window) : {}), kind: 'ongoing' };
  if (window && years.length === points.length && (has(tokens, QUARTERLY_STEMS) || has(tokens, QUARTER_STEMS))) {
    const w = windowOf(window);
    return {
      ...base,
      ...w,
      kind: 'recurring_quarterly',
      recurrence: { frequency: 'quarterly', from: w.earliest!, until: w.latest },
    };
  }
  if (points.length === 0) return base;
  // A year on its own counts only as the whole text ("2027"): "asdf 2027" says nothing we can place.
  if (points.length === 1 && points[0]!.kind === 'year' && !/^\d{4}\.?$/.test(s)) return base;
  return { ...base, ...windowOf(window ?? points[0]!) };
}

/**
 * What several points in one text mean: the narrowest when the others contain it ("Q3 2026 (Korrik 2026)"
 * is July), else a range from the first start to the last end; null when it runs backwards ("2028–2026").
 */
function rangeOf(points: readonly Point[]): Point | null {
  const narrowest = [...points].sort((a, b) => (a.to < b.to ? -1 : 1)).find((p) => points.every((o) => within(p, o)));
  if (narrowest) return narrowest;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (startOf(first) > last.to) return null;
  const start = points.reduce((a, b) => (startOf(b) < startOf(a) ? b : a));
  const end = points.reduce((a, b) => (b.to > a.to ? b : a));
  const edtf = (p: Point) =>
    p.kind === 'year_end' ? p.to.slice(0, 4) : p.kind === 'range' ? p.edtf.split('/')[0]! : p.edtf;
  const endEdtf =
    end.kind === 'year_end' ? end.to.slice(0, 4) : end.kind === 'range' ? end.edtf.split('/')[1]! : end.edtf;
  return { kind: 'range', edtf: `${edtf(start)}/${endEdtf}`, from: startOf(start), to: end.to };
}

function windowOf(p: Point): Pick<FlexibleDate, 'kind' | 'edtf' | 'earliest' | 'latest'> & { latest: string } {
  return { kind: p.kind, edtf: p.edtf, ...(p.from ? { earliest: p.from } : {}), latest: p.to };
}
