import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../../internal/catalogue.js';
import type { CommentsTranslation } from './comments-translation.js';

/**
 * Strings only `<hapur-comments>` uses, beside the shared feedback catalogue. One chunk per language, like the feedback
 * strings: a page pays only for the language it shows, however many languages the block speaks. They load with the
 * feedback blocks' common words, behind the same loading state.
 * @internal
 */
export const commentsStrings = defineCatalogue<CommentsTranslation>(
  'comments',
  languageFolder((file) => import(`./${file}.js`)),
  // Its counts, states and response label were feedback strings: what a site registered there still applies.
  'feedback',
);
