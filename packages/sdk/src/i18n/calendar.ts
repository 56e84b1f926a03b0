import type { UiLanguage } from '../schemas/common.js';

/**
 * Month names per UI language. Written out because browsers ship uneven locale data: Chromium's
 * Intl has no Albanian months and formats `sq` dates in English.
 */
export const MONTH_NAMES: Record<UiLanguage, readonly string[]> = {
  sq: [
    'janar',
    'shkurt',
    'mars',
    'prill',
    'maj',
    'qershor',
    'korrik',
    'gusht',
    'shtator',
    'tetor',
    'nëntor',
    'dhjetor',
  ],
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
};

/** "korrik 2026" / "jul 2026." / "July 2026"; month is 1–12. */
export function formatMonth(year: number, month: number, lang: UiLanguage): string {
  const name = MONTH_NAMES[lang][month - 1] ?? String(month);
  return lang === 'sr-Latn' ? `${name} ${year}.` : `${name} ${year}`;
}

/**
 * A calendar date (`YYYY-MM-DD…`) as people write it: "31 dhjetor 2027" / "31. decembar 2027." /
 * "31 December 2027". The same in every browser; unparseable input is returned unchanged.
 */
export function formatDate(iso: string, lang: UiLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const name = MONTH_NAMES[lang][month - 1];
  if (!name) return iso;
  return lang === 'sr-Latn' ? `${day}. ${name} ${year}.` : `${day} ${name} ${year}`;
}
