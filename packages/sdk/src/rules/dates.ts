import type { UiLanguage } from '../schemas/common.js';
import { formatAlbanianDay, SQ_MONTHS } from './albanian-day.js';
import { inOwnWords, intlAs } from './close-languages.js';

/**
 * Month names the date parser reads first, in the languages plans are written in here (its other languages' words
 * are in `dates/words.ts`): parser data, not a UI language's table. A UI language writes its dates with `Intl` (Albanian
 * with its names in `albanian-day.ts`, which Chromium lacks), so adding one needs no entry here. Formatting does not read this table,
 * so blocks do not bundle it.
 */
export const MONTH_NAMES: Readonly<Record<'sq' | 'sr-Latn' | 'en' | 'tr' | 'bs' | 'sr-Cyrl', readonly string[]>> = {
  sq: SQ_MONTHS,
  'sr-Latn': [
    'januar',
    'februar',
    'mart',
    'april',
    'maj',
    'jun',
    'jul',
    'avgust',
    'septembar',
    'oktobar',
    'novembar',
    'decembar',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  bs: [
    'januar',
    'februar',
    'mart',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'septembar',
    'oktobar',
    'novembar',
    'decembar',
  ],
  'sr-Cyrl': [
    'јануар',
    'фебруар',
    'март',
    'април',
    'мај',
    'јун',
    'јул',
    'август',
    'септембар',
    'октобар',
    'новембар',
    'децембар',
  ],
};

const intlFormats = new Map<string, Intl.DateTimeFormat>();
/** A UTC day through Intl, long ("15 Mart 2026", "15. mart 2026.") or as month and year; English as in Britain. */
const intlDay = (lang: UiLanguage, long: boolean, y: number, m: number, d = 1) => {
  const key = lang + long;
  let format = intlFormats.get(key);
  if (!format)
    intlFormats.set(
      key,
      (format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : intlAs(lang), {
        ...(long ? { dateStyle: 'long' } : { month: 'long', year: 'numeric' }),
        timeZone: 'UTC',
      })),
    );
  return inOwnWords(lang, format.format(Date.UTC(y, m - 1, d)));
};

/** "korrik 2026" / "jul 2026." / "July 2026" / "Temmuz 2026"; month is 1–12. */
export function formatMonth(year: number, month: number, lang: UiLanguage): string {
  if (lang !== 'sq') return intlDay(lang, false, year, month);
  return `${SQ_MONTHS[month - 1] ?? String(month)} ${year}`;
}

/** "31 dhjetor 2027" / "31. decembar 2027." / "31 December 2027" / "31 Aralık 2027" from its parts; month is 1–12. */
export function formatDay(year: number, month: number, day: number, lang: UiLanguage): string | undefined {
  if (month < 1 || month > 12) return undefined;
  return lang === 'sq' ? formatAlbanianDay(year, month, day) : intlDay(lang, true, year, month, day);
}

/**
 * A calendar date (`YYYY-MM-DD…`) as people write it: "31 dhjetor 2027" / "31. decembar 2027." /
 * "31 December 2027". The same in every browser; unparseable input is returned unchanged.
 */
export function formatDate(iso: string, lang: UiLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return (m && formatDay(Number(m[1]), Number(m[2]), Number(m[3]), lang)) ?? iso;
}

/**
 * Extra stems the date parser accepts besides the names above (matched in lower case at the start of
 * a word, so inflected forms such as "korrikut" or "jula" are found too): English abbreviations and the
 * Serbian stems that inflect ("oktobra", "decembra"). Index 0 is January.
 */
const EXTRA_STEMS: readonly (readonly string[])[] = [
  ['jan'],
  ['feb'],
  ['mar'],
  ['apr'],
  [],
  [],
  [],
  ['aug'],
  ['septemb', 'sep'],
  ['oktob', 'oct'],
  ['nentor', 'novemb', 'nov'],
  ['decemb', 'dec'],
];

let stems: readonly (readonly string[])[] | undefined;
/** Every language's name for each month plus its extra stems, lower case; built on first use. */
function monthStems(): readonly (readonly string[])[] {
  stems ??= EXTRA_STEMS.map((extra, i) => [
    ...new Set([...Object.values(MONTH_NAMES).map((names) => (names[i] ?? '').toLowerCase()), ...extra]),
  ]);
  return stems;
}

/** Finds "<month> <year>" in lower-case text ("korrik 2026", "mart 2027", "december 2028"); month is 1–12. */
export function findMonthYear(lower: string): { month: number; year: number } | null {
  const re = /(\p{L}+)\.?\s+((?:19|20)\d{2})\b/gu;
  for (const m of lower.matchAll(re)) {
    const word = m[1] ?? '';
    const idx = monthStems().findIndex((list) =>
      list.some((s) => word.startsWith(s) && (word.length - s.length <= 3 || s.length >= 6)),
    );
    if (idx >= 0) return { month: idx + 1, year: Number(m[2]) };
  }
  return null;
}

/** The calendar day (`YYYY-MM-DD`) of `today`: a date string's first ten characters, or a Date's UTC day. */
const dayOf = (today: Date | string) => (typeof today === 'string' ? today : today.toISOString()).slice(0, 10);

/**
 * The overdue rule: the due window has closed when `today` is after its `latest` day. Without a
 * `latest` day ("Q" alone, "Ongoing") nothing is overdue.
 */
export function isOverdue(date: { latest?: string | undefined }, today: Date | string = new Date()): boolean {
  return date.latest ? dayOf(today) > date.latest : false;
}

/** Last day (`YYYY-MM-DD`) of the quarter `today` falls in. */
export function quarterEnd(today: Date | string): string {
  const day = dayOf(today);
  const year = Number(day.slice(0, 4));
  const month = Math.ceil(Number(day.slice(5, 7)) / 3) * 3;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${last}`;
}
