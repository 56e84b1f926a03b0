import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../../internal/catalogue.js';
import type { FeedbackFormTranslation } from './form-translation.js';

/**
 * Strings only `<hapur-feedback-form>` uses, beside the feedback blocks' shared ones. One chunk per language: a page
 * with comments or a status only never loads them (issue #20: they were most of the feedback strings). Strings a site
 * registered under `feedback` before they moved here still reach the form (`alias`).
 * @internal
 */
export const formStrings = defineCatalogue<FeedbackFormTranslation>(
  'feedback-form',
  languageFolder((file) => import(`./${file}.js`)),
  'feedback',
);
