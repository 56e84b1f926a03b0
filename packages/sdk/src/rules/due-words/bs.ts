import type { DueWords } from '../due-wording.js';
import bosnianSerbian from './bosnian-serbian.js';

/** Awaiting review by native speakers (docs/languages.md). */
export const dueWordsBs: DueWords = {
  ...bosnianSerbian,
  quarterly: 'svakog tromjesečja',
  unreadable: 'bez datuma koji se može smjestiti u kalendar',
};
