import type { DueWords } from '../due-wording.js';

export const dueWordsEn: DueWords = {
  quarter: (q, y) => `Q${q} ${y}`,
  half: (h, y) => `H${h} ${y}`,
  yearEnd: (y) => `by the end of ${y}`,
  between: (from, to) => `between ${from} and ${to}`,
  by: (day) => `by ${day}`,
  ongoing: 'ongoing',
  quarterly: 'every quarter',
  unreadable: 'no date we can place',
};
