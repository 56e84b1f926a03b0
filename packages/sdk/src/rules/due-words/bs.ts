import type { DueWords } from '../due-wording.js';

/** Awaiting review by native speakers (docs/languages.md). */
export const dueWordsBs: DueWords = {
  quarter: (q, y) => `${q}. kvartal ${y}.`,
  half: (h, y) => `${h > 1 ? 'druga' : 'prva'} polovina ${y}.`,
  yearEnd: (y) => `do kraja ${y}. godine`,
  between: (from, to) => `od ${from} do ${to}`,
  by: (day) => `do ${day}`,
  ongoing: 'u toku',
  quarterly: 'svakog tromjesečja',
  unreadable: 'bez datuma koji se može smjestiti u kalendar',
};
