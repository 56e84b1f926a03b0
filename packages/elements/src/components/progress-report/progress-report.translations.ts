import { defineCatalogue } from '../../internal/catalogue.js';
import { staffStrings } from '../../translations/staff/index.js';
import type { ProgressTranslation } from './translations/progress-translation.js';

export type { ProgressTranslation } from './translations/progress-translation.js';

/** The progress report's own strings, one chunk per language: a page pays only for the language it shows. @internal */
export const progressStrings = defineCatalogue<ProgressTranslation>('progress-report', {
  sq: () => import('./translations/sq.js'),
  'sr-Latn': () => import('./translations/sr-latn.js'),
  en: () => import('./translations/en.js'),
  tr: () => import('./translations/tr.js'),
  bs: () => import('./translations/bs.js'),
  'sr-Cyrl': () => import('./translations/sr-cyrl.js'),
});

/** The catalogues `<hapur-progress-report>` renders with besides the shared strings: its own and the staff sign-in's. @internal */
export const catalogues = [progressStrings, staffStrings];
