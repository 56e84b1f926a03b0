import { defineCatalogue } from '../../internal/catalogue.js';
import type { ReasonedResponseTranslation } from './translations/response-translation.js';
import sq from './translations/sq.js';
import srLatn from './translations/sr-latn.js';
import en from './translations/en.js';

export type { ReasonedResponseTranslation } from './translations/response-translation.js';

/** Bundled with the block (about 1 KB per language). @internal */
export const responseStrings = defineCatalogue<ReasonedResponseTranslation>('reasoned-response', {
  sq,
  'sr-Latn': srLatn,
  en,
  // Languages added since the block's budget was set: one chunk each, loaded when a page shows it.
  tr: () => import('./translations/tr.js'),
  bs: () => import('./translations/bs.js'),
  'sr-Cyrl': () => import('./translations/sr-cyrl.js'),
});

/** The catalogues `<hapur-reasoned-response>` renders with besides the shared strings. @internal */
export const catalogues = [responseStrings];
