import type { DueWords } from '../due-wording.js';

/** Serbian Cyrillic: the transliteration of {@link dueWordsSrLatn} (due-wording.test.ts checks it). */
export const dueWordsSrCyrl: DueWords = {
  quarter: (q, y) => `${q}. квартал ${y}.`,
  half: (h, y) => `${h > 1 ? 'друга' : 'прва'} половина ${y}.`,
  yearEnd: (y) => `до краја ${y}. године`,
  between: (from, to) => `од ${from} до ${to}`,
  by: (day) => `до ${day}`,
  ongoing: 'у току',
  quarterly: 'сваког тромесечја',
  unreadable: 'без датума који се може сместити у календар',
};
