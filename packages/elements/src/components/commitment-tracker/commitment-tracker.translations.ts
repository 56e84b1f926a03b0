import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { CommitmentTrackerTranslation } from './translations/tracker-translation.js';

export type { CommitmentTrackerTranslation } from './translations/tracker-translation.js';

/** Every string of `<hapur-commitment-tracker>`, one chunk per language: a page pays only for the language it shows. @internal */
export const trackerStrings = defineCatalogue<CommitmentTrackerTranslation>(
  'commitment-tracker',
  languageFolder((file) => import(`./translations/${file}.js`)),
);

/** The catalogues the tracker renders with besides the shared strings. @internal */
export const catalogues = [trackerStrings];
