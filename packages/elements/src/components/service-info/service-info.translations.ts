import { serviceStrings } from '../../translations/services/index.js';

export type { ServicesTranslation } from '../../translations/services/index.js';

/**
 * The catalogues `<hapur-service-info>` renders with besides the shared strings: the service strings it shares with
 * the list and the editor (`src/translations/services/`). @internal
 */
export const catalogues = [serviceStrings];
