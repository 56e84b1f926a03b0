import { defineCatalogue } from '../../internal/catalogue.js';
import { staffStrings } from '../../translations/staff/index.js';
import type { EditorTranslation } from './translations/editor-translation.js';

export type { EditorTranslation } from './translations/editor-translation.js';

/** The editor's own strings, one chunk per language: a page pays only for the language it shows. @internal */
export const editorStrings = defineCatalogue<EditorTranslation>('service-editor', {
  sq: () => import('./translations/sq.js'),
  'sr-Latn': () => import('./translations/sr-latn.js'),
  en: () => import('./translations/en.js'),
  tr: () => import('./translations/tr.js'),
  bs: () => import('./translations/bs.js'),
  'sr-Cyrl': () => import('./translations/sr-cyrl.js'),
});

/** The catalogues `<hapur-service-editor>` renders with besides the shared strings: its own and the staff sign-in's. @internal */
export const catalogues = [editorStrings, staffStrings];
