import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import en from './en.js';
import type { FeedbackCommonTranslation } from './feedback-common-translation.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

/**
 * `feedbackCommonStrings` as `hapur.all.js` holds it: sq, sr-Latn and en inside the one file, like the feedback strings
 * (vite.config.ts puts this module in place of `index.ts` for `--mode bundle-all`).
 * @internal
 */
export const feedbackCommonStrings = defineCatalogue<FeedbackCommonTranslation>(
  'feedback-common',
  languageFolder((file) => import(`./${file}.js`), { sq, 'sr-Latn': srLatn, en }),
  'feedback',
);
