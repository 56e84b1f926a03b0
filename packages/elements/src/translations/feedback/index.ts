import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { FeedbackTranslation } from './feedback-translation.js';

export type { FeedbackTranslation } from './feedback-translation.js';

/**
 * The strings of the feedback blocks (form, status, comments, statistics). One chunk per language (about
 * 2 kB gzip each), like the shared strings: a page pays only for the language it shows, whatever number
 * of languages the blocks speak (issue #20: the three together were 6.4 kB on every page with a feedback block).
 * @internal
 */
export const feedbackStrings = defineCatalogue<FeedbackTranslation>(
  'feedback',
  languageFolder((file) => import(`./${file}.js`)),
);
