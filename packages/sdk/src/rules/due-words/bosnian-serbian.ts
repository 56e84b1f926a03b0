import type { DueWords } from '../due-wording.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  quarter: (q, y) => `${q}. kvartal ${y}.`,
  half: (h, y) => `${h > 1 ? 'druga' : 'prva'} polovina ${y}.`,
  yearEnd: (y) => `do kraja ${y}. godine`,
  between: (from, to) => `od ${from} do ${to}`,
  by: (day) => `do ${day}`,
  ongoing: 'u toku',
} satisfies Partial<DueWords>;

export default bosnianSerbian;
