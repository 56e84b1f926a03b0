import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { ReasonedResponseTranslation } from './translations/response-translation.js';
import sq from './translations/sq.js';
import srLatn from './translations/sr-latn.js';
import en from './translations/en.js';

export type { ReasonedResponseTranslation } from './translations/response-translation.js';

/** Bundled with the block (about 1 KB per language). @internal */
export const responseStrings = defineCatalogue<ReasonedResponseTranslation>(
  'reasoned-response',
  languageFolder((file) => import(`./translations/${file}.js`), { sq, 'sr-Latn': srLatn, en }),
);

/** The catalogues `<hapur-reasoned-response>` renders with besides the shared strings. @internal */
export const catalogues = [responseStrings];
