import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../../internal/catalogue.js';
import type { ParticipationStatsTranslation } from './stats-translation.js';

/**
 * Strings only `<hapur-participation-stats>` uses, beside the shared feedback catalogue. One chunk per language, like the feedback
 * strings: a page pays only for the language it shows, however many languages the block speaks. They load with the
 * feedback strings, behind the same loading state.
 * @internal
 */
export const statsStrings = defineCatalogue<ParticipationStatsTranslation>(
  'participation-stats',
  languageFolder((file) => import(`./${file}.js`)),
);
