import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import en from './en.js';
import type { FeedbackTranslation } from './feedback-translation.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

/**
 * `feedbackStrings` as `hapur.all.js` holds it: every language inside the one file (vite.config.ts puts this module
 * in place of `index.ts` for `--mode bundle-all`). That file carries all four feedback blocks anyway, and its
 * budget counts their strings in the file (test/size/budgets.json). The loader's chunks and npm use `index.ts`:
 * one chunk per language.
 * @internal
 */
export const feedbackStrings = defineCatalogue<FeedbackTranslation>(
  'feedback',
  languageFolder((file) => import(`./${file}.js`), { sq, 'sr-Latn': srLatn, en }),
);
