import { serviceStrings } from '../../translations/services/index.js';

/**
 * The catalogues `<hapur-service-list>` renders with besides the shared strings: the service strings it shares with
 * the card and the editor (`src/translations/services/`). @internal
 */
export const catalogues = [serviceStrings];
