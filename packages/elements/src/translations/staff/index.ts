import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import en from './en.js';
import type { StaffTranslation } from './staff-translation.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

export type { StaffTranslation } from './staff-translation.js';

/**
 * The staff sign-in's strings, shared by every staff block (inbox, and later the progress report and the
 * service editor). Bundled: under 1 kB gzipped for the three languages.
 * @internal
 */
export const staffStrings = defineCatalogue<StaffTranslation>(
  'staff',
  languageFolder((file) => import(`./${file}.js`), { sq, 'sr-Latn': srLatn, en }),
);
