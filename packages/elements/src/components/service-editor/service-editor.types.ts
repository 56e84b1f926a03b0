import type { ServiceEditorCalls } from '../../internal/client/service-editor-calls.js';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { ServicesTranslation } from '../../translations/services/index.js';
import type { Translation } from '../../translations/translation.js';
import type { StaffTranslation } from '../../translations/staff/index.js';
import type { EditorTranslation } from './translations/editor-translation.js';

/** What the block's `client` property takes: a staff client (`createClient({ baseUrl, token })`) or those methods. */
export type EditorClient = ServiceEditorCalls;

/** Everything a view function needs: the catalogues, the localizer, the heading level and the institution's languages. @internal */
export interface EditorView {
  t: EditorTranslation;
  s: StaffTranslation;
  /** The shared strings with the service strings (the editor's sections are the card's). */
  shared: Translation & ServicesTranslation;
  localize: LocalizeController;
  level: number;
  /** The languages the institution's services are written in (checkboxes of the form). */
  knownLanguages: readonly string[];
}
