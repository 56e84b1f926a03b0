import { defineCatalogue } from '../../internal/catalogue.js';
import type { ChecklistTranslation } from './translations/checklist-translation.js';

export type { ChecklistTranslation } from './translations/checklist-translation.js';

/** Every string of `<hapur-publication-checklist>`, one chunk per language (about 1.6 kB gzipped each). @internal */
export const checklistStrings = defineCatalogue<ChecklistTranslation>('publication-checklist', {
  sq: () => import('./translations/sq.js'),
  'sr-Latn': () => import('./translations/sr-latn.js'),
  en: () => import('./translations/en.js'),
  tr: () => import('./translations/tr.js'),
  bs: () => import('./translations/bs.js'),
  'sr-Cyrl': () => import('./translations/sr-cyrl.js'),
});

/** The catalogues the checklist renders with besides the shared strings. @internal */
export const catalogues = [checklistStrings];
