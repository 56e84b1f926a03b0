import type { UiLanguage } from '@hapur/sdk';
import en from './en.js';
import type { FeedbackTranslation } from './feedback-translation.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

export type { FeedbackTranslation } from './feedback-translation.js';

/**
 * The feedback catalogues, loaded together: about 4 kB gzipped for all three, less than the
 * round trip a lazy chunk would cost on a slow phone connection at the moment of sending.
 * @internal
 */
const CATALOGUES: Record<UiLanguage, FeedbackTranslation> = { sq, 'sr-Latn': srLatn, en };

/** The feedback strings for a UI language (as resolved by the element's LocalizeController). @internal */
export function feedbackText(lang: UiLanguage): FeedbackTranslation {
  return CATALOGUES[lang];
}
