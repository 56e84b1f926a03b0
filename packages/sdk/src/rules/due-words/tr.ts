import type { DueWords } from '../due-wording.js';

/** Awaiting review by native speakers (docs/languages.md). */
export const dueWordsTr: DueWords = {
  quarter: (q, y) => `${q}. çeyrek ${y}`,
  half: (h, y) => `${y} yılının ${h > 1 ? 'ikinci' : 'ilk'} yarısı`,
  yearEnd: (y) => `${y} yılı sonuna kadar`,
  between: (from, to) => `${from} ile ${to} arasında`,
  by: (day) => `${day} tarihine kadar`,
  ongoing: 'devam ediyor',
  quarterly: 'her çeyrekte',
  unreadable: 'takvime yerleştirilebilecek bir tarih yok',
};
