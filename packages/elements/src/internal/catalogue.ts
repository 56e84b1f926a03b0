import type { UiLanguage } from '@hapur/sdk';

/** A language's strings: the object itself (bundled with the block), or a loader for its own chunk. */
export type CatalogueSource<T> = T | (() => Promise<{ default: T }>);

/**
 * One set of strings in every UI language: the shared strings (`src/translations/`), the feedback blocks'
 * (`src/translations/feedback/`) or one block's own (`<name>.translations.ts` or `translations/`). A block
 * lists the catalogues it renders with in `static catalogues`; its language is ready when each of them is
 * loaded for it (`HapurElement.languageReady`), the same way for every block.
 * @internal
 */
export interface Catalogue<T extends object> {
  /** The strings for a language once loaded (the synchronous path renders take), else `undefined`. */
  get(lang: UiLanguage): T | undefined;
  /** Loads a language's strings once; callers at the same time share the promise. */
  load(lang: UiLanguage): Promise<T>;
}

/**
 * Defines a catalogue from one source per UI language, typed by one interface so a language missing a
 * term does not compile. A loader (`() => import('./sq.js')`) makes one chunk per language, so a page pays
 * only for the language it shows; an object is bundled with the block (worth it when all three are small).
 * @internal
 */
export function defineCatalogue<T extends object>(sources: Record<UiLanguage, CatalogueSource<T>>): Catalogue<T> {
  const loaded: Partial<Record<UiLanguage, T>> = {};
  const pending: Partial<Record<UiLanguage, Promise<T>>> = {};
  for (const [lang, source] of Object.entries(sources) as [UiLanguage, CatalogueSource<T>][])
    if (typeof source !== 'function') loaded[lang] = source;
  return {
    get: (lang) => loaded[lang],
    load: (lang) =>
      (pending[lang] ??= loaded[lang]
        ? Promise.resolve(loaded[lang])
        : (sources[lang] as () => Promise<{ default: T }>)().then((module) => (loaded[lang] = module.default))),
  };
}
