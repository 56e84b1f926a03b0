import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../internal/catalogue.js';
import type { Translation } from './translation.js';

export type { Translation } from './translation.js';

/**
 * The strings every block shares (states, errors, formatting fallbacks, service card and list). One chunk
 * per language: bundlers split each loader into its own file, so a page pays only for the language it
 * shows (the CDN bundle loads `sq` or `sr-Latn` on first use). Every block renders with it.
 * @internal
 */
export const sharedStrings = defineCatalogue<Translation>(
  'shared',
  languageFolder((file) => import(`./${file}.js`)),
);
