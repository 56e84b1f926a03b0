import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../../internal/catalogue.js';
import en from './en.js';
import type { FeedbackFormTranslation } from './form-translation.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

/**
 * `formStrings` as `hapur.all.js` holds it: every language inside the one file, like the feedback strings
 * (vite.config.ts puts this module in place of `index.ts` for `--mode bundle-all`; its budget counts them).
 * @internal
 */
export const formStrings = defineCatalogue<FeedbackFormTranslation>(
  'feedback-form',
  languageFolder((file) => import(`./${file}.js`), { sq, 'sr-Latn': srLatn, en }),
  'feedback',
);
