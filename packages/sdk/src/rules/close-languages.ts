/**
 * The language a UI language's readers read nearly as well as their own. Data text missing in the reader's language
 * is shown in it before the source language: a Bosnian reader of a Kosovo plan written in Albanian with a Serbian
 * translation gets the Serbian. It is also the language whose `Intl` data writes its dates, numbers and amounts, in
 * every browser: Chromium claims Bosnian yet writes it with root data ("2027 M01 20",
 * "€ 1.00"), so Bosnian is written as Serbian Latin writes it ("1,00 €"), in its own month names (`inOwnWords`).
 */
export const CLOSE_LANGUAGES: Readonly<Record<string, string>> = { bs: 'sr-Latn' };

/** The locale whose `Intl` data writes `lang`: its close language's, where it has one (above), else its own. */
export const intlAs = (lang: string): string => CLOSE_LANGUAGES[lang] ?? lang;

/**
 * Words the close language's `Intl` data writes that the language itself writes otherwise (CLDR's own data for it):
 * Bosnian months are "juni", "juli" and "august" where Serbian has "jun", "jul" and "avgust".
 */
const OWN_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  bs: { jun: 'juni', jul: 'juli', avgust: 'august' },
};

/** `text` written with `intlAs(lang)`'s data, in `lang`'s own words where they differ ("5. juni 2027."). */
export const inOwnWords = (lang: string, text: string): string => {
  const words = OWN_WORDS[lang];
  return words ? text.replace(/\p{L}+/gu, (word) => words[word] ?? word) : text;
};
