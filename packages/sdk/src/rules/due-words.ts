/**
 * The words a due date is written with, one module per UI language (`due-words/<lang>.ts`), so a bundle carries only the languages it
 * shows (the tracker's `translations/<lang>.ts` each import one); `DUE_WORDS` has them all, for servers and scripts.
 * `describeDue` and `formatFlexibleDate` take them. The one place this wording lives.
 */
export { dueWordsSq } from './due-words/sq.js';
export { dueWordsSrLatn } from './due-words/sr-latn.js';
export { dueWordsEn } from './due-words/en.js';
export { dueWordsTr } from './due-words/tr.js';
export { dueWordsBs } from './due-words/bs.js';
export { dueWordsSrCyrl } from './due-words/sr-cyrl.js';

import type { DueWords } from './due-wording.js';
import { dueWordsBs } from './due-words/bs.js';
import { dueWordsEn } from './due-words/en.js';
import { dueWordsSq } from './due-words/sq.js';
import { dueWordsSrCyrl } from './due-words/sr-cyrl.js';
import { dueWordsSrLatn } from './due-words/sr-latn.js';
import { dueWordsTr } from './due-words/tr.js';

/**
 * The due-date words the SDK ships, by language (a display bundle imports one language's module instead). A UI language
 * added later may write its words in the tracker's catalogue file (`due` in `commitment-tracker/translations/<tag>.ts`,
 * typed by `DueWords`) without an entry here.
 */
export const DUE_WORDS: Readonly<Record<'sq' | 'sr-Latn' | 'en' | 'tr' | 'bs' | 'sr-Cyrl', DueWords>> = {
  sq: dueWordsSq,
  'sr-Latn': dueWordsSrLatn,
  en: dueWordsEn,
  tr: dueWordsTr,
  bs: dueWordsBs,
  'sr-Cyrl': dueWordsSrCyrl,
};
