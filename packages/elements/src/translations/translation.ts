/**
 * The strings every block shares (states, errors, formatting fallbacks, language notes), in one typed interface: a
 * catalogue that misses a term does not compile. The service card's and list's are in `services/`. Parameterised and
 * plural terms are functions, because plural rules differ between languages (`Intl.PluralRules` in each catalogue).
 */
export interface Translation {
  /** BCP 47 tag of the catalogue (`sq`, `sr-Latn`, `en`). */
  readonly lang: string;

  // Formatting the catalogue owns, because Intl data is missing for some languages in some
  // browsers (Chromium ships no Albanian locale data: Intl falls back to English). Month names and
  // calendar dates are not here: they come from `@hapur/sdk/rules` (`formatDay`), the one list.
  /** Decimal separator for money when Intl lacks the language. */
  decimalSeparator: string;
  /** "15 days", "1 dan", "2 vjet": one unit of a duration with its plural form. */
  durationUnit: (unit: DurationUnit, count: number) => string;
  /**
   * Language names `Intl.DisplayNames` gets wrong or lacks in this language (all of them where browsers have no
   * data for it, as with Albanian; `sr-Latn` as plain "Serbian" rather than "Serbian (Latin)"); others come from Intl.
   */
  languageNames: Readonly<Record<string, string>>;

  // Data states
  loading: string;
  retry: string;
  errorTitle: string;
  /** Any block's data answered 404/410 (a service, a plan, a checklist, a message): names none of them. */
  errorNotFound: string;
  errorNetwork: string;
  errorTimeout: string;
  errorInvalidData: string;
  errorServer: string;
  errorUnknown: string;
  errorNoSource: string;
  /** Before the request id the server gave a failed request (shown as code), so a reader can quote it to support. */
  errorReference: string;

  // Language notes on data text that is not in the reader's language
  shownInOriginal: (languageName: string) => string;
  machineTranslation: string;
  /** Data text shown in the reader's script by Serbian's standard transliteration (origin.kind 'transliteration'). */
  transliteration: string;
}

/** Units an ISO 8601 duration is spelled out in. */
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';
