import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { ParticipationCalendarTranslation } from './translations/calendar-translation.js';
import sq from './translations/sq.js';
import srLatn from './translations/sr-latn.js';
import en from './translations/en.js';

export type { ParticipationCalendarTranslation } from './translations/calendar-translation.js';

/** Bundled with the block (about 1 KB per language). @internal */
export const calendarStrings = defineCatalogue<ParticipationCalendarTranslation>(
  'participation-calendar',
  languageFolder((file) => import(`./translations/${file}.js`), { sq, 'sr-Latn': srLatn, en }),
);

/** The catalogues `<hapur-participation-calendar>` renders with besides the shared strings. @internal */
export const catalogues = [calendarStrings];
