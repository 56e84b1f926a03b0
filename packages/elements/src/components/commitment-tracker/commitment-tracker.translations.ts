import { defineCatalogue } from '../../internal/catalogue.js';
import type { CommitmentTrackerTranslation } from './translations/tracker-translation.js';

export type { CommitmentTrackerTranslation } from './translations/tracker-translation.js';

/** Every string of `<hapur-commitment-tracker>`, one chunk per language: a page pays only for the language it shows. @internal */
export const trackerStrings = defineCatalogue<CommitmentTrackerTranslation>('commitment-tracker', {
  sq: () => import('./translations/sq.js'),
  'sr-Latn': () => import('./translations/sr-latn.js'),
  en: () => import('./translations/en.js'),
  tr: () => import('./translations/tr.js'),
  bs: () => import('./translations/bs.js'),
  'sr-Cyrl': () => import('./translations/sr-cyrl.js'),
});

/** The catalogues the tracker renders with besides the shared strings. @internal */
export const catalogues = [trackerStrings];
