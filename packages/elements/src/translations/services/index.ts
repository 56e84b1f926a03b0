import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { ServicesTranslation } from './services-translation.js';

export type { ServicesTranslation } from './services-translation.js';

/**
 * The service card's and list's strings (and the editor's section names), one chunk per language, beside the shared
 * strings: the pages without a service block never load them (issue #20: 0.8 KB gzip on the ministry's pages). Strings
 * a site registered under `shared` apply too (they were there before).
 * @internal
 */
export const serviceStrings = defineCatalogue<ServicesTranslation>(
  'services',
  languageFolder((file) => import(`./${file}.js`)),
  'shared',
);
