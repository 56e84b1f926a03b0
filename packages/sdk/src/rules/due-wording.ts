import type { UiLanguage } from '../schemas/common.js';
import type { FlexibleDate } from '../schemas/flexible-date.js';
import { formatDate, formatMonth } from './dates.js';

/** The words a due date is written with in one language (`due-words.ts`). */
export interface DueWords {
  /** A quarter, short: "TM1 2027" / "1. kvartal 2027." / "Q1 2027". */
  quarter: (quarter: number, year: string) => string;
  /** A half year, short: "H1 2023". */
  half: (half: number, year: string) => string;
  /** "by the end of 2027", for the short form of a year-end date. */
  yearEnd: (year: string) => string;
  /** A window between two formatted days. */
  between: (from: string, to: string) => string;
  /** A deadline on a formatted day. */
  by: (day: string) => string;
  ongoing: string;
  quarterly: string;
  /** Said when the plan's date cannot be placed in a calendar. */
  unreadable: string;
}

export interface FormattedDate {
  text: string;
  /** Language of `text`: `lang`, or the original's language for an unspecified date shown as written. */
  lang: string;
  /** True when `text` is the original wording, because the date could not be read. */
  asWritten: boolean;
}

const year = (iso?: string) => (iso ?? '').slice(0, 4);
const monthOf = (iso: string, lang: UiLanguage) => formatMonth(Number(year(iso)), Number(iso.slice(5, 7)), lang);

/**
 * A parsed FlexibleDate in the reader's language, short ("Q 1 - 2027" → "TM1 2027" / "1. kvartal 2027." /
 * "Q1 2027"). An unspecified date is shown exactly as written, in its own language. `words` are the language's
 * (`DUE_WORDS[lang]`, or one language's `dueWordsSq`, … so a bundle carries only the languages it shows).
 */
export function formatFlexibleDate(date: FlexibleDate, lang: UiLanguage, words: DueWords): FormattedDate {
  const w = words;
  const range =
    date.earliest && date.latest
      ? year(date.earliest) === year(date.latest)
        ? year(date.latest)
        : `${year(date.earliest)}–${year(date.latest)}`
      : '';
  const done = (text: string): FormattedDate => ({ text, lang, asWritten: false });
  switch (date.kind) {
    case 'quarter':
      if (date.earliest)
        return done(w.quarter(Math.floor(Number(date.earliest.slice(5, 7)) / 3) + 1, year(date.earliest)));
      break;
    case 'month':
      if (date.earliest) return done(monthOf(date.earliest, lang));
      break;
    case 'date':
      if (date.latest) return done(formatDate(date.latest, lang));
      break;
    case 'half':
      if (date.earliest) return done(w.half(date.earliest.slice(5, 7) > '06' ? 2 : 1, year(date.earliest)));
      break;
    case 'range':
      // A range of months reads as one ("shtator 2021 – qershor 2022"), never as its first month or its years only.
      if (date.earliest && date.latest && !(date.earliest.endsWith('01-01') && date.latest.endsWith('12-31')))
        return done(`${monthOf(date.earliest, lang)} – ${monthOf(date.latest, lang)}`);
      if (range) return done(range);
      break;
    case 'year':
      if (range) return done(range);
      break;
    case 'year_end':
      if (date.latest) return done(w.yearEnd(year(date.latest)));
      break;
    case 'recurring_quarterly':
      if (range) return done(`${w.quarterly}, ${range}`);
      break;
    case 'ongoing':
      return done(range ? `${w.ongoing} (${range})` : w.ongoing);
    default:
      break;
  }
  return { text: date.text, lang: date.lang ?? lang, asWritten: true };
}

/**
 * A due date read back in full words, as the commitment tracker shows it beside the plan's own text:
 * "between 1 April 2026 and 30 June 2026", "by 31 December 2027", "ongoing, between …", "every
 * quarter, between …", or "no date we can place". `day` writes one calendar day (`YYYY-MM-DD`); it
 * defaults to {@link formatDate}, and an element passes its locale-aware formatter so the page's region
 * is kept. No trailing punctuation is added, so Serbian dates ("31. decembar 2027.") end with one stop.
 * `words` as for {@link formatFlexibleDate}.
 */
export function describeDue(
  due: FlexibleDate,
  lang: UiLanguage,
  words: DueWords,
  day: (iso: string) => string = (iso) => formatDate(iso, lang),
): string {
  const w = words;
  const between = due.earliest && due.latest ? w.between(day(due.earliest), day(due.latest)) : '';
  switch (due.kind) {
    case 'unspecified':
      return w.unreadable;
    case 'ongoing':
      return [w.ongoing, between].filter(Boolean).join(', ');
    case 'recurring_quarterly':
      return [w.quarterly, between].filter(Boolean).join(', ');
    case 'date':
      return due.latest ? day(due.latest) : w.unreadable;
    case 'year_end':
      return due.latest ? w.by(day(due.latest)) : w.unreadable;
    default:
      return between || (due.latest ? w.by(day(due.latest)) : w.unreadable);
  }
}
