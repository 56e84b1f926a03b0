/**
 * The counts tests (comments, participation calendar, staff inbox): a number written as the page's language writes
 * numbers, one test per language.
 */

/** An element's text, trimmed; Intl writes a group separator as a no-break space (U+00A0 or U+202F): read as a space. */
export const countText = (el: Element | null | undefined): string =>
  el!.textContent!.trim().replace(/[\u00a0\u202f]/g, ' ');

/** One test per language of `expected`: `title(lang)`, running `check(lang, text)`. */
export function eachLanguage(
  expected: Record<string, string>,
  title: (lang: string) => string,
  check: (lang: string, text: string) => Promise<void>,
): void {
  for (const [lang, text] of Object.entries(expected)) it(title(lang), () => check(lang, text));
}
