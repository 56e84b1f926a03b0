import type { UiLanguage } from '../schemas/common.js';
import type { FlexibleDate } from '../schemas/flexible-date.js';
import { formatDate, formatMonth } from './calendar.js';

type Phrases = Record<UiLanguage, (a: string) => string>;
const QUARTER: Record<UiLanguage, (q: number, y: string) => string> = {
  sq: (q, y) => `TM${q} ${y}`,
  'sr-Latn': (q, y) => `${q}. kvartal ${y}.`,
  en: (q, y) => `Q${q} ${y}`,
};
const YEAR_END: Phrases = {
  sq: (y) => `deri në fund të vitit ${y}`,
  'sr-Latn': (y) => `do kraja ${y}. godine`,
  en: (y) => `by the end of ${y}`,
};
const QUARTERLY: Phrases = {
  sq: (r) => `çdo tremujor, ${r}`,
  'sr-Latn': (r) => `svakog kvartala, ${r}`,
  en: (r) => `every quarter, ${r}`,
};
const ONGOING: Phrases = {
  sq: (r) => (r ? `në vazhdim (${r})` : 'në vazhdim'),
  'sr-Latn': (r) => (r ? `u toku (${r})` : 'u toku'),
  en: (r) => (r ? `ongoing (${r})` : 'ongoing'),
};

export interface FormattedDate {
  text: string;
  /** Language of `text`: `lang`, or the original's language for an unspecified date shown as written. */
  lang: string;
  /** True when `text` is the original wording, because the date could not be read. */
  asWritten: boolean;
}

/**
 * A parsed FlexibleDate in the reader's language ("Q 1 - 2027" → "TM1 2027" / "1. kvartal 2027." /
 * "Q1 2027"). An unspecified date is shown exactly as written, in its own language.
 */
export function formatFlexibleDate(date: FlexibleDate, lang: UiLanguage): FormattedDate {
  const y = (iso?: string) => (iso ?? '').slice(0, 4);
  const range =
    date.earliest && date.latest
      ? y(date.earliest) === y(date.latest)
        ? y(date.latest)
        : `${y(date.earliest)}–${y(date.latest)}`
      : '';
  const done = (text: string): FormattedDate => ({ text, lang, asWritten: false });
  switch (date.kind) {
    case 'quarter':
      if (date.earliest)
        return done(QUARTER[lang](Math.floor(Number(date.earliest.slice(5, 7)) / 3) + 1, y(date.earliest)));
      break;
    case 'month':
      if (date.earliest) return done(formatMonth(Number(y(date.earliest)), Number(date.earliest.slice(5, 7)), lang));
      break;
    case 'date':
      if (date.latest) return done(formatDate(date.latest, lang));
      break;
    case 'year':
    case 'range':
      if (range) return done(range);
      break;
    case 'year_end':
      if (date.latest) return done(YEAR_END[lang](y(date.latest)));
      break;
    case 'recurring_quarterly':
      if (range) return done(QUARTERLY[lang](range));
      break;
    case 'ongoing':
      return done(ONGOING[lang](range));
    default:
      break;
  }
  return { text: date.text, lang: date.lang ?? lang, asWritten: true };
}
