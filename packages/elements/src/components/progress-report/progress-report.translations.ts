import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import { staffStrings } from '../../translations/staff/index.js';
import type { ProgressTranslation } from './translations/progress-translation.js';

export type { ProgressTranslation } from './translations/progress-translation.js';

/** The progress report's own strings, one chunk per language: a page pays only for the language it shows. @internal */
export const progressStrings = defineCatalogue<ProgressTranslation>(
  'progress-report',
  languageFolder((file) => import(`./translations/${file}.js`)),
);

/** The catalogues `<hapur-progress-report>` renders with besides the shared strings: its own and the staff sign-in's. @internal */
export const catalogues = [progressStrings, staffStrings];
