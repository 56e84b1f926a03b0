import { feedbackCatalogues } from '../../translations/feedback-text.js';

/**
 * The catalogues `<hapur-feedback-status>` renders with besides the shared strings: the feedback blocks' strings
 * (`src/translations/feedback/`, its "<hapur-feedback-status>" section, and `feedback-common/`), shared with the
 * other feedback blocks.
 * @internal
 */
export const catalogues = feedbackCatalogues;
