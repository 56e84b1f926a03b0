// Apart from dates.ts: every block's `localize.date` writes Albanian days with it (the shared kit, on every page),
// while the rest of the date rules (Intl formats, the parser's month names, overdue) only the blocks that show
// due dates and months use (issue #20).
/**
 * Albanian month names, written out because browsers ship uneven locale data: Chromium's Intl has no Albanian
 * months and formats `sq` dates in English. Every other UI language formats its dates with `Intl` (`dates.ts`).
 */
export const SQ_MONTHS: readonly string[] = [
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
];

/** "31 dhjetor 2027": what a browser without Albanian locale data (Chromium) cannot write; month is 1–12. */
export const formatAlbanianDay = (year: number, month: number, day: number): string =>
  `${day} ${SQ_MONTHS[month - 1] ?? month} ${year}`;
