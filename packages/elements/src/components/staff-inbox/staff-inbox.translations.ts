import { languageFolder } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';
import { feedbackCatalogues } from '../../translations/feedback-text.js';
import { staffStrings } from '../../translations/staff/index.js';
import type { InboxTranslation } from './translations/inbox-translation.js';

export type { InboxTranslation } from './translations/inbox-translation.js';

/** The inbox's own strings, one chunk per language: a page pays only for the language it shows. @internal */
export const inboxStrings = defineCatalogue<InboxTranslation>(
  'staff-inbox',
  languageFolder((file) => import(`./translations/${file}.js`)),
);

/**
 * The catalogues `<hapur-staff-inbox>` renders with besides the shared strings: its own, the staff sign-in's
 * (`src/translations/staff/`) and the feedback blocks' (status, type and decision names). @internal
 */
export const catalogues = [inboxStrings, staffStrings, ...feedbackCatalogues];
