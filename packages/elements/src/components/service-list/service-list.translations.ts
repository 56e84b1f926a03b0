import type { Catalogue } from '../../internal/catalogue.js';

/**
 * The catalogues `<hapur-service-list>` renders with besides the shared strings: none. Its terms are in the shared
 * strings (`src/translations/`), which the service card and list both use.
 * @internal
 */
export const catalogues: readonly Catalogue<object>[] = [];
