import { defineCatalogue } from '../../internal/catalogue.js';
import en from './en.js';
import type { FeedbackTranslation } from './feedback-translation.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

export type { FeedbackTranslation } from './feedback-translation.js';

/**
 * The strings of the feedback blocks (form, status, comments, statistics), bundled together: about 4 kB
 * gzipped for all three languages, less than the round trip a lazy chunk would cost on a slow phone
 * connection at the moment of sending.
 * @internal
 */
export const feedbackStrings = defineCatalogue<FeedbackTranslation>({ sq, 'sr-Latn': srLatn, en });
