import type { DueWords } from '../due-wording.js';

export const dueWordsSq: DueWords = {
  quarter: (q, y) => `TM${q} ${y}`,
  half: (h, y) => `gjysma e ${h > 1 ? 'dytë' : 'parë'} e ${y}`,
  yearEnd: (y) => `deri në fund të vitit ${y}`,
  between: (from, to) => `nga ${from} deri më ${to}`,
  by: (day) => `deri më ${day}`,
  ongoing: 'në vazhdim',
  quarterly: 'çdo tremujor',
  unreadable: 'pa datë që mund të vendoset në kalendar',
};
