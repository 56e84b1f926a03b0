import { UI_LANGUAGES, type UiLanguage } from './languages.js';

/**
 * A catalogue's folder of language files, named once: `languageFolder((file) => import(`./translations/${file}.js`))`
 * gives a loader per UI language, each importing the language's file (`translations/sr-latn.ts` for `sr-Latn`). That is
 * what runs in Node; the builds (Vite, web-test-runner) write the call out as the same table of loaders with plain
 * `import()`s, one chunk per language file there (scripts/language-files.mjs), so this function is in no bundle.
 * `bundled` holds languages inside the calling file instead (`{ sq, 'sr-Latn': srLatn, en }`, imported): no chunk, no
 * loader. Every UI language has a file in every catalogue folder (test/shape/languages.test.ts). docs/languages.md.
 */
export function languageFolder<T>(
  load: (file: string) => Promise<{ default: T }>,
  bundled: Partial<Record<UiLanguage, T>> = {},
): Record<UiLanguage, T | (() => Promise<{ default: T }>)> {
  return Object.fromEntries(
    UI_LANGUAGES.map((lang) => [lang, bundled[lang] ?? (() => load(lang.toLowerCase()))]),
  ) as Record<UiLanguage, T | (() => Promise<{ default: T }>)>;
}
