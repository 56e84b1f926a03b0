import { feedbackCatalogues } from '../../translations/feedback-text.js';
import { statsStrings } from './translations/index.js';

export type { ParticipationStatsTranslation } from './translations/stats-translation.js';
export { statsStrings } from './translations/index.js';

/** The catalogues `<hapur-participation-stats>` renders with besides the shared strings. @internal */
export const catalogues = [...feedbackCatalogues, statsStrings];
