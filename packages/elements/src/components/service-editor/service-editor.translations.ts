import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import { serviceStrings } from '../../translations/services/index.js';
import { staffStrings } from '../../translations/staff/index.js';
import type { EditorTranslation } from './translations/editor-translation.js';

export type { EditorTranslation } from './translations/editor-translation.js';

/** The editor's own strings, one chunk per language: a page pays only for the language it shows. @internal */
export const editorStrings = defineCatalogue<EditorTranslation>(
  'service-editor',
  languageFolder((file) => import(`./translations/${file}.js`)),
);

/**
 * The catalogues `<hapur-service-editor>` renders with besides the shared strings: its own, the staff sign-in's and
 * the service strings (its section names are the card's). @internal
 */
export const catalogues = [editorStrings, staffStrings, serviceStrings];
