import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../../internal/catalogue.js';
import type { CommentsTranslation } from './comments-translation.js';

/**
 * Strings only `<hapur-comments>` uses, beside the shared feedback catalogue. One chunk per language, like the feedback
 * strings: a page pays only for the language it shows, however many languages the block speaks. They load with the
 * feedback strings, behind the same loading state.
 * @internal
 */
export const commentsStrings = defineCatalogue<CommentsTranslation>(
  'comments',
  languageFolder((file) => import(`./${file}.js`)),
);
