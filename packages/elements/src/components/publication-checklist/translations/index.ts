import type { UiLanguage } from '@hapur/sdk';
import type { ChecklistTranslation } from './checklist-translation.js';

export type { ChecklistTranslation } from './checklist-translation.js';

/**
 * One chunk per language (about 1.6 kB gzipped each): a page pays only for the language it shows,
 * as with the shared catalogue. TODO(shared): fold into translations/ once it can be extended per component.
 * @internal
 */
const LOADERS: Record<UiLanguage, () => Promise<{ default: ChecklistTranslation }>> = {
  sq: () => import('./sq.js'),
  'sr-Latn': () => import('./sr-latn.js'),
  en: () => import('./en.js'),
};

const loaded = new Map<UiLanguage, ChecklistTranslation>();
const pending = new Map<UiLanguage, Promise<ChecklistTranslation>>();

/** The checklist strings for a UI language if already loaded (the synchronous render path). @internal */
export function checklistText(lang: UiLanguage): ChecklistTranslation | undefined {
  return loaded.get(lang);
}

/** Loads a language's strings once; concurrent callers share the promise. @internal */
export function loadChecklistText(lang: UiLanguage): Promise<ChecklistTranslation> {
  let promise = pending.get(lang);
  if (!promise) {
    promise = LOADERS[lang]().then((module) => {
      loaded.set(lang, module.default);
      return module.default;
    });
    pending.set(lang, promise);
  }
  return promise;
}
