// TODO: replace with @hapur/sdk `negotiateLanguage` / `resolveText` once src/i18n lands in the SDK.
// Kept deliberately small and with the same names, so the swap is an import change.

/** The UI languages every Hapur string exists in. Serbian is always Latin script. */
export const UI_LANGUAGES = ['sq', 'sr-Latn', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Shape of the SDK's LocalizedText as far as the elements need it. @internal */
export interface LocalizedTextLike {
  values: Record<string, string>;
  source?: string | undefined;
  origin?: Record<string, { kind: string; from?: string | undefined; reviewed?: boolean | undefined }> | undefined;
}

function parse(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}

/**
 * Picks the best of `available` for a requested BCP 47 tag, comparing language and script through
 * `Intl.Locale` (never `slice(0, 2)`): `sq-AL` → `sq`, `en-GB` → `en`, `sr`, `sr-Latn-XK` and
 * `sr-Cyrl` → `sr-Latn` (Kosovo publishes Serbian in Latin script; Cyrillic is produced from it).
 * @internal
 */
export function negotiateLanguage<T extends string>(requested: string | null | undefined, available: readonly T[], fallback: T): T {
  const want = requested ? parse(requested) : undefined;
  if (!want) return fallback;
  const candidates = available.map((tag) => ({ tag, loc: parse(tag) }));
  const exact = candidates.find((c) => c.loc?.language === want.language && c.loc.script === want.script);
  if (exact) return exact.tag;
  const sameLanguage = candidates.find((c) => c.loc?.language === want.language);
  return sameLanguage?.tag ?? fallback;
}

/** Fallback chains for data text: the UI language first, then the plan's source language, then English. */
const DATA_FALLBACK: Record<string, readonly string[]> = {
  sq: ['sq', 'en', 'sr-Latn'],
  'sr-Latn': ['sr-Latn', 'sq', 'en'],
  en: ['en', 'sq', 'sr-Latn'],
};

export interface ResolvedText {
  text: string;
  lang: string;
  isFallback: boolean;
  origin: string;
}

/** Chooses the value of a LocalizedText for `lang`, and says whether it fell back or was machine-translated. @internal */
export function resolveText(text: LocalizedTextLike | undefined, lang: string): ResolvedText | undefined {
  if (!text) return undefined;
  const keys = Object.keys(text.values);
  const wanted = negotiateLanguage(lang, UI_LANGUAGES, 'en');
  const chain = [...(DATA_FALLBACK[wanted] ?? [wanted]), ...(text.source ? [text.source] : []), ...keys];
  for (const candidate of chain) {
    const key = keys.find((k) => k === candidate) ?? keys.find((k) => negotiateLanguage(k, [candidate], '') === candidate);
    const value = key ? text.values[key] : undefined;
    if (key && value) {
      const origin = text.origin?.[key]?.kind ?? (key === text.source || !text.source ? 'original' : 'human');
      return { text: value, lang: key, isFallback: negotiateLanguage(key, UI_LANGUAGES, 'en') !== wanted, origin };
    }
  }
  return undefined;
}
