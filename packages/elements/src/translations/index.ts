import type { UiLanguage } from '@hapur/sdk';
import type { Translation, TranslationLoader } from './translation.js';

export type { Translation } from './translation.js';

/**
 * One loader per catalogue: bundlers split each into its own chunk, so a page pays only for the
 * language it shows (the CDN bundle loads `sq` or `sr-Latn` on first use).
 */
export const CATALOGUES: Record<UiLanguage, TranslationLoader> = {
  sq: () => import('./sq.js'),
  'sr-Latn': () => import('./sr-latn.js'),
  en: () => import('./en.js'),
};

const loaded = new Map<UiLanguage, Translation>();
const pending = new Map<UiLanguage, Promise<Translation>>();

/** The catalogue if it is already loaded (synchronous path for re-renders). @internal */
export function getCatalogue(lang: UiLanguage): Translation | undefined {
  return loaded.get(lang);
}

/** Loads a catalogue once; concurrent callers share the same promise. @internal */
export function loadCatalogue(lang: UiLanguage): Promise<Translation> {
  const existing = pending.get(lang);
  if (existing) return existing;
  const promise = CATALOGUES[lang]().then((module) => {
    loaded.set(lang, module.default);
    return module.default;
  });
  pending.set(lang, promise);
  return promise;
}
