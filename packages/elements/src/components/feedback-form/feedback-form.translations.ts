import type { LocalizeController } from '../../internal/controllers/localize.js';
import { feedbackCatalogues, feedbackText, type FeedbackText } from '../../translations/feedback-text.js';
import type { FeedbackFormTranslation } from './translations/form-translation.js';
import { formStrings } from './translations/index.js';

export type { FeedbackFormTranslation } from './translations/form-translation.js';
export { formStrings } from './translations/index.js';

/**
 * The catalogues `<hapur-feedback-form>` renders with besides the shared strings: the feedback blocks' shared strings
 * (`src/translations/feedback/`, `feedback-common/`) and the form's own (`translations/`).
 * @internal
 */
export const catalogues = [...feedbackCatalogues, formStrings];

/** Every string the form's templates read: the feedback blocks' shared ones and the form's own. @internal */
export type FormStrings = FeedbackText & FeedbackFormTranslation;

/** The form's strings in the current language, as one object (a render's worth: about 70 keys). @internal */
export const formText = (localize: LocalizeController): FormStrings => ({
  ...feedbackText(localize),
  ...localize.text(formStrings),
});
