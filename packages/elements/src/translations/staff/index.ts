import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { StaffTranslation } from './staff-translation.js';

export type { StaffTranslation } from './staff-translation.js';

/**
 * The staff sign-in's strings, shared by every staff block (the inbox, the progress report and the service editor):
 * one file per language, loaded with the block's own strings as every catalogue is. Bundled, the three first
 * languages cost each staff block ~0.9 KB gzip more (issue #20).
 * @internal
 */
export const staffStrings = defineCatalogue<StaffTranslation>(
  'staff',
  languageFolder((file) => import(`./${file}.js`)),
);
