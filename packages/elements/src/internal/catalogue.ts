import type { UiLanguage } from '@hapur/sdk';
import { importAgain, whenOnline } from './while-online.js';

/**
 * A language the blocks ship strings for: the SDK's UI languages (Serbian Cyrillic's catalogues are generated
 * from sr-Latn by scripts/sr-cyrl.ts).
 */
export type CatalogueLanguage = UiLanguage;

/** A language's strings: the object itself (bundled with the block), or a loader for its own chunk. */
export type CatalogueSource<T> = T | (() => Promise<{ default: T }>);

/**
 * One set of strings in every UI language: the shared strings (`src/translations/`), the feedback blocks'
 * (`src/translations/feedback/`) or one block's own (`<name>.translations.ts` and `translations/`). A block
 * lists the catalogues it renders with in `static catalogues`; its language is ready when each of them is
 * loaded for it (`HapurElement.languageReady`), the same way for every block.
 * @internal
 */
export interface Catalogue<T extends object> {
  /** The name `registerTranslation` uses for these strings (`shared`, `commitment-tracker`, …). */
  readonly id: string;
  /** An older id whose registered strings these take too (strings that moved from one catalogue to this one). */
  readonly alias?: string | undefined;
  /** The strings for a language once loaded (the synchronous path renders take), else `undefined`. */
  get(lang: string): T | undefined;
  /** Loads a language's strings once; callers at the same time share the promise. */
  load(lang: string): Promise<T>;
  /** Forgets what was loaded (after `registerTranslation`). */
  reset(): void;
}

/**
 * The strings a site adds for a language, by catalogue id: `{ shared: {…}, 'commitment-tracker': {…} }`.
 * Each may be partial; what it lacks comes from the language's fallback (docs/languages.md).
 */
export type TranslationOverrides = Record<string, Record<string, unknown>>;

/** What sites registered, by language tag. @internal */
export const registered: Record<string, TranslationOverrides> = {};
/** Every catalogue on the page, by id (registerTranslation, the docs and the tests read it). @internal */
export const catalogueIndex = new Map<string, Catalogue<object>>();

/** The registered language a tag asks for (`de-AT-1996` → `de-AT`, else `de`), if a site registered one. @internal */
export function registeredLanguage(tag: string): string | undefined {
  for (let t = tag; t; t = t.slice(0, Math.max(0, t.lastIndexOf('-')))) if (registered[t]) return t;
  return undefined;
}

/**
 * Defines a catalogue from its folder of language files, named once:
 * `defineCatalogue<TrackerTranslation>('commitment-tracker', languageFolder((file) => import(`./translations/${file}.js`)))`.
 * A language is there when its file is (`translations/mk.ts`, typed by the catalogue's interface, so a file missing
 * a term does not compile); every UI language has a file in every catalogue folder (test/shape/languages.test.ts).
 * One chunk per language: a page pays only for the language it shows; a language may be inside the block's own file
 * instead: `languageFolder((file) => import(…), { sq, 'sr-Latn': srLatn, en })` with those objects imported (no
 * chunk, no loader for them).
 * A language a site registered, or one this catalogue does not have, is
 * built by `catalogue-fallback.ts` (its own chunk: pages that need neither never load it).
 * @internal
 */
export function defineCatalogue<T extends object>(
  id: string,
  sources: Record<CatalogueLanguage, CatalogueSource<T>>,
  alias?: string,
): Catalogue<T> {
  const own: Partial<Record<string, CatalogueSource<T>>> = sources;
  let loaded: Record<string, T> = {};
  let pending: Record<string, Promise<T>> = {};
  const catalogue: Catalogue<T> = {
    id,
    alias,
    // A bundled language is there at once (registerTranslation loads a registered one before blocks render again).
    get: (lang) => loaded[lang] ?? (typeof own[lang] === 'function' ? undefined : (own[lang] as T)),
    // A language file is asked for online only (a module that failed offline stays failed for the page in some
    // browsers); one whose fetch failed is asked for again under a new URL (`importAgain`), at once and at the next render.
    load: (lang) => {
      const source = own[lang];
      return (pending[lang] ??= (
        !source || registered[lang]
          ? whenOnline()
              .then(() => import('./catalogue-fallback.js'))
              .then((m) => m.withFallback(catalogue, source, lang, registered))
          : typeof source === 'function'
            ? whenOnline()
                .then(source as () => Promise<{ default: T }>)
                .catch(importAgain<{ default: T }>)
                .then((m) => m.default)
            : Promise.resolve(source)
      ).then(
        (strings) => (loaded[lang] = strings),
        (error: unknown) => {
          delete pending[lang];
          throw error;
        },
      ));
    },
    reset: () => {
      loaded = {};
      pending = {};
    },
  };
  // One catalogue an id: a module defined twice (the CDN's service list carries a copy of the card's, ADR 0011) gets the
  // first, so registerTranslation reaches every block that uses it.
  const first = catalogueIndex.get(id) as Catalogue<T> | undefined;
  if (first) return first;
  catalogueIndex.set(id, catalogue as Catalogue<object>);
  return catalogue;
}
