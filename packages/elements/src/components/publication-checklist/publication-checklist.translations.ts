import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { ChecklistTranslation } from './translations/checklist-translation.js';

export type { ChecklistTranslation } from './translations/checklist-translation.js';

/** Every string of `<hapur-publication-checklist>`, one chunk per language (about 1.6 kB gzipped each). @internal */
export const checklistStrings = defineCatalogue<ChecklistTranslation>(
  'publication-checklist',
  languageFolder((file) => import(`./translations/${file}.js`)),
);

/** The catalogues the checklist renders with besides the shared strings. @internal */
export const catalogues = [checklistStrings];
