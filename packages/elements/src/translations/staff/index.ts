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
export const staffStrings = defineCatalogue<StaffTranslation>('staff', {
  sq,
  'sr-Latn': srLatn,
  en,
  // Languages added since the block's budget was set: one chunk each, loaded when a page shows it.
  tr: () => import('./tr.js'),
  bs: () => import('./bs.js'),
  'sr-Cyrl': () => import('./sr-cyrl.js'),
});
