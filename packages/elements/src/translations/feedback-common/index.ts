import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { FeedbackCommonTranslation } from './feedback-common-translation.js';

export type { FeedbackCommonTranslation } from './feedback-common-translation.js';

/**
 * The words every feedback block shares, the comments too (kind and status names, the answer date, paging). One chunk
 * per language, beside the feedback strings (`../feedback/`), which the comments do not load (issue #20). Strings a
 * site registered under `feedback` apply too (they were there before).
 * @internal
 */
export const feedbackCommonStrings = defineCatalogue<FeedbackCommonTranslation>(
  'feedback-common',
  languageFolder((file) => import(`./${file}.js`)),
  'feedback',
);
