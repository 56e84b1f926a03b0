import type { LocalizeController } from '../internal/controllers/localize.js';
import { feedbackCommonStrings, type FeedbackCommonTranslation } from './feedback-common/index.js';
import { feedbackStrings, type FeedbackTranslation } from './feedback/index.js';

/** The feedback blocks' strings with the words they share with the comments. @internal */
export type FeedbackText = FeedbackTranslation & FeedbackCommonTranslation;

/** The two catalogues a feedback block (form, status, statistics, inbox) renders with. @internal */
export const feedbackCatalogues = [feedbackCommonStrings, feedbackStrings];

/** The feedback strings and the common words in the current language, as one object. Read when `ready`. @internal */
export const feedbackText = (localize: Pick<LocalizeController, 'text'>): FeedbackText => ({
  ...localize.text(feedbackCommonStrings),
  ...localize.text(feedbackStrings),
});
