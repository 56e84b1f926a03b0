import { UI_LANGUAGES } from './ui-languages.js';

/**
 * Languages every Hapur UI string exists in: Kosovo's official languages and English, Turkish and Bosnian
 * (issue 18; awaiting review by native speakers) and Serbian Cyrillic (generated from `sr-Latn`). Serbian always
 * names its script: a bare `sr` makes CLDR and `Intl` resolve to Cyrillic. A site can add more UI languages to the
 * blocks with `registerTranslation` (@hapur/elements) without a release. Not a hand-written list: a language is built
 * in when its catalogue files are there (`ui-languages.ts` is written from them by `npm run i18n:languages`), and
 * `negotiateLanguage` maps tags to it by itself (docs/languages.md, "Adding a language"). No zod here, so display
 * bundles can read it.
 */
export { UI_LANGUAGES };
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Languages whose readers a UI language serves without being named by them: Serbian with no script (Kosovo's sites
 * write Latin), Serbo-Croatian, Croatian and Montenegrin read Serbian Latin.
 */
export const LANGUAGE_ALIASES: Readonly<Record<string, UiLanguage>> = {
  sr: 'sr-Latn',
  sh: 'sr-Latn',
  hr: 'sr-Latn',
  cnr: 'sr-Latn',
};
