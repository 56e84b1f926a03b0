/**
 * Month-name stems in Albanian, Serbian (Latin) and English, matched at the start of a word
 * so inflected forms ("korrikut", "jula") are found too. Index 0 is January.
 */
const STEMS: readonly (readonly string[])[] = [
  ['janar', 'januar', 'january', 'jan'],
  ['shkurt', 'februar', 'february', 'feb'],
  ['mars', 'mart', 'march', 'mar'],
  ['prill', 'april', 'apr'],
  ['maj', 'may'],
  ['qershor', 'jun', 'june'],
  ['korrik', 'jul', 'july'],
  ['gusht', 'avgust', 'august', 'aug'],
  ['shtator', 'septemb', 'septembar', 'sep'],
  ['tetor', 'oktob', 'october', 'oct'],
  ['nëntor', 'nentor', 'novemb', 'nov'],
  ['dhjetor', 'decemb', 'december', 'dec'],
];

/** Finds "<month> <year>" (e.g. "Korrik 2026", "mart 2027", "December 2028"); month is 1–12. */
export function findMonthYear(lower: string): { month: number; year: number } | null {
  const re = /(\p{L}+)\.?\s+((?:19|20)\d{2})\b/gu;
  for (const m of lower.matchAll(re)) {
    const word = m[1] ?? '';
    const idx = STEMS.findIndex((stems) =>
      stems.some((s) => word.startsWith(s) && (word.length - s.length <= 3 || s.length >= 6)),
    );
    if (idx >= 0) return { month: idx + 1, year: Number(m[2]) };
  }
  return null;
}
