import type { DueWords } from '../due-wording.js';

export const dueWordsSrLatn: DueWords = {
  quarter: (q, y) => `${q}. kvartal ${y}.`,
  half: (h, y) => `${h > 1 ? 'druga' : 'prva'} polovina ${y}.`,
  yearEnd: (y) => `do kraja ${y}. godine`,
  between: (from, to) => `od ${from} do ${to}`,
  by: (day) => `do ${day}`,
  ongoing: 'u toku',
  quarterly: 'svakog tromesečja',
  unreadable: 'bez datuma koji se može smestiti u kalendar',
};
