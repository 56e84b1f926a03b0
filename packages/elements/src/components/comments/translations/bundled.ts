import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../../internal/catalogue.js';
import en from './en.js';
import type { CommentsTranslation } from './comments-translation.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

/**
 * `commentsStrings` as `hapur.all.js` holds it: every language inside the one file, like the feedback strings
 * (vite.config.ts puts this module in place of `index.ts` for `--mode bundle-all`; its budget counts them).
 * @internal
 */
export const commentsStrings = defineCatalogue<CommentsTranslation>(
  'comments',
  languageFolder((file) => import(`./${file}.js`), { sq, 'sr-Latn': srLatn, en }),
  // Its counts, states and response label were feedback strings: what a site registered there still applies.
  'feedback',
);
