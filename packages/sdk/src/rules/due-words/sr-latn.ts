import type { DueWords } from '../due-wording.js';
import bosnianSerbian from './bosnian-serbian.js';

export const dueWordsSrLatn: DueWords = {
  ...bosnianSerbian,
  quarterly: 'svakog tromesečja',
  unreadable: 'bez datuma koji se može smestiti u kalendar',
};
