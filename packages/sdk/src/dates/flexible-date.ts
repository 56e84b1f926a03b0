import type { FlexibleDate } from '../schemas/flexible-date.js';
import { findMonthYear } from '../rules/dates.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
const plausible = (y: number) => y >= 1990 && y <= 2100;

const ONGOING = /\b(vazhdon|vazhdimisht|në vazhdim|ne vazhdim|ongoing|continuous(?:ly)?|kontinuirano|u toku|stalno)\b/u;
const QUARTERLY = /(tremujor|quarterly|every quarter|kvartaln|tromesečn)/u;
const YEAR_END = /(\bfund|end of|\bkraj)/u;

/**
 * Reads a due date as a plan writes it, in Albanian, Serbian (Latin) or English, and says what it
 * is. Never throws and never guesses: what it cannot read is `unspecified`, text kept as written.
 *
 *   "Q 1 - 2027" → quarter `2027-33` · "Nga fundi i vitit 2027" → year_end · "Vazhdon (2026–2028)" → ongoing
 */
export function parseFlexibleDate(text: string, lang?: string): FlexibleDate {
  const base: FlexibleDate = { text, kind: 'unspecified', ...(lang ? { lang } : {}) };
  if (typeof text !== 'string') return { ...base, text: String(text) };
  const s = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length === 0 || s.length > 500) return base;

  const qFirst = /(?:^|[^\p{L}])(?:q|t|tm)\s*([1-4])\s*[-/,.]?\s*((?:19|20)\d{2})\b/u.exec(s);
  const yFirst = qFirst ? null : /\b((?:19|20)\d{2})\s*[-/]?\s*q([1-4])\b/u.exec(s);
  const worded = qFirst || yFirst ? null : wordedQuarter(s);
  if (qFirst || yFirst || worded) {
    const quarter = worded ? worded.quarter : Number(qFirst ? qFirst[1] : yFirst?.[2]);
    const year = worded ? worded.year : Number(qFirst ? qFirst[2] : yFirst?.[1]);
    if (!plausible(year)) return base;
    const mInside = findMonthYear(s);
    if (mInside && mInside.year === year && Math.ceil(mInside.month / 3) === quarter) {
      return monthDate(base, year, mInside.month);
    }
    const first = (quarter - 1) * 3 + 1;
    return {
      ...base,
      kind: 'quarter',
      edtf: `${year}-${32 + quarter}`,
      earliest: `${year}-${pad(first)}-01`,
      latest: monthEnd(year, first + 2),
    };
  }
  if (/(?:^|[^\p{L}])(?:q|tm)\s*\d/u.test(s)) return base; // "Q5 2027", "Q0": malformed quarter, no guess

  const range = /\b((?:19|20)\d{2})\s*(?:-|\/|deri|to|do)\s*((?:19|20)\d{2})\b/u.exec(s);
  const years = range ? ([Number(range[1]), Number(range[2])] as const) : null;
  if (years && years[0] > years[1]) return base;
  const window = years
    ? { edtf: `${years[0]}/${years[1]}`, earliest: `${years[0]}-01-01`, latest: `${years[1]}-12-31` }
    : null;

  if (QUARTERLY.test(s) && window) {
    return {
      ...base,
      kind: 'recurring_quarterly',
      ...window,
      recurrence: { frequency: 'quarterly', from: window.earliest, until: window.latest },
    };
  }
  if (ONGOING.test(s)) return { ...base, kind: 'ongoing', ...(window ?? {}) };

  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/u.exec(s);
  const dmy = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/u.exec(s);
  const full = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : null;
  if (full) {
    const [y, m, d] = full as [number, number, number];
    if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return base;
    const day = `${y}-${pad(m)}-${pad(d)}`;
    return { ...base, kind: 'date', edtf: day, earliest: day, latest: day };
  }
  if (window) return { ...base, kind: 'range', ...window };

  const my = findMonthYear(s);
  if (my && plausible(my.year)) return monthDate(base, my.year, my.month);

  const yearOnly = /\b((?:19|20)\d{2})\b/u.exec(s);
  if (yearOnly) {
    const y = Number(yearOnly[1]);
    if (YEAR_END.test(s)) return { ...base, kind: 'year_end', edtf: `../${y}-12-31`, latest: `${y}-12-31` };
    if (/^\d{4}\.?$/.test(s))
      return { ...base, kind: 'year', edtf: String(y), earliest: `${y}-01-01`, latest: `${y}-12-31` };
  }
  return base;
}

const ORDINALS: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  parë: 1,
  pare: 1,
  dytë: 2,
  dyte: 2,
  tretë: 3,
  trete: 3,
  katërt: 4,
  katert: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
};

/** "I kvartal 2027", "1. kvartal 2027.", "tremujori i parë 2027", "tremujori IV 2026", "second quarter 2027". */
function wordedQuarter(s: string): { quarter: number; year: number } | null {
  const m =
    /(?:^|[^\p{L}\d])(i{1,3}|iv|[1-4])\.?\s*(?:kvartal|tromese\u010dje|tremujor)\p{L}*\s+((?:19|20)\d{2})\b/u.exec(s) ??
    /tremujor\p{L}*\s+(?:i\s+)?(i{1,3}|iv|[1-4]|par\u00eb|pare|dyt\u00eb|dyte|tret\u00eb|trete|kat\u00ebrt|katert)(?!\p{L})\.?\s*(?:i\s+vitit\s+)?((?:19|20)\d{2})\b/u.exec(
      s,
    ) ??
    /\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?((?:19|20)\d{2})\b/u.exec(s);
  if (!m) return null;
  const q = ORDINALS[m[1] ?? ''] ?? Number(m[1]);
  return q >= 1 && q <= 4 ? { quarter: q, year: Number(m[2]) } : null;
}

function monthDate(base: FlexibleDate, year: number, month: number): FlexibleDate {
  return {
    ...base,
    kind: 'month',
    edtf: `${year}-${pad(month)}`,
    earliest: `${year}-${pad(month)}-01`,
    latest: monthEnd(year, month),
  };
}
