import type { UiLanguage } from '../../../internal/i18n-adapter.js';
import type { ChecklistTranslation } from './checklist-translation.js';
import en from './en.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

export type { ChecklistTranslation } from './checklist-translation.js';

/**
 * The checklist catalogues, loaded together (about 3 kB gzipped for all three): a lazy chunk per
 * language would cost a round trip on a slow connection for very little.
 * @internal
 */
export const CHECKLIST_CATALOGUES: Record<UiLanguage, ChecklistTranslation> = { sq, 'sr-Latn': srLatn, en };

/** The checklist strings for a UI language (as resolved by the element's LocalizeController). @internal */
export function checklistText(lang: UiLanguage): ChecklistTranslation {
  return CHECKLIST_CATALOGUES[lang];
}
