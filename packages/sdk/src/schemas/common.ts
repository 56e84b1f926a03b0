import * as z from 'zod/mini';
import { visibleLength } from '../shapes/visible.js';

import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.js';

// The UI languages are listed in i18n/languages.ts (no zod: display bundles read them); schemas and types here.
export { UI_LANGUAGES, type UiLanguage };
/**
 * The languages staff forms offer for text they write (a public note's translations, a progress narrative):
 * Kosovo's official languages and English, the languages the shipped data is kept in. A UI language is not one
 * of these by being a UI language.
 */
export const STAFF_TEXT_LANGUAGES = ['sq', 'sr-Latn', 'en'] as const satisfies readonly UiLanguage[];
export const UiLanguageSchema = z.enum(UI_LANGUAGES);

/** False for bare `sr`; named so the shape compiler (`shapes/`) can recognise the refinement. @internal */
export const isNotBareSerbian = (tag: string) => tag !== 'sr';

/**
 * True when `tag` is a BCP 47 tag in its canonical form (`Intl.getCanonicalLocales`): `sr-Latn`, `mk`,
 * `de-CH`, `zh-Hant-TW`, `ca-ES-valencia`. Non-canonical spellings (`sr-latn`, `iw`) are refused so that
 * the keys of a `LocalizedText` compare as strings. Named so the shape compiler can recognise it. @internal
 */
export function isCanonicalLangTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/**
 * `tag` in its canonical form (`SQ` → `sq`, `sr-latn` → `sr-Latn`, `iw` → `he`: BCP 47 tags ignore letter case), or
 * `undefined` when it is not a language tag. For what people type (a query parameter); stored data is canonical.
 */
export function canonicalLangTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * A BCP 47 language tag in canonical form, any language (`mk`, `tr`, `sr-Cyrl`, `uk`, `ca-ES-valencia`).
 * Bare `sr` is refused because it resolves to Cyrillic: write `sr-Latn` or `sr-Cyrl`. The pattern gives
 * JSON Schema the outline; `Intl.getCanonicalLocales` decides the rest (grammar, aliases, letter case).
 */
export const LangTagSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^[a-z]{2,3}(?:-[a-zA-Z\d]{1,8})*$/),
    z.refine(isNotBareSerbian, { message: 'bare_sr', params: { reason: 'bare_sr' } }),
    z.refine(isCanonicalLangTag, { message: 'not_canonical', params: { reason: 'not_canonical' } }),
  );
export type LangTag = z.infer<typeof LangTagSchema>;

export const TRANSLATION_ORIGINS = ['original', 'human', 'machine', 'transliteration'] as const;
export type TranslationOrigin = (typeof TRANSLATION_ORIGINS)[number];

/**
 * Characters a text field holds: anything but control characters (tab and line breaks excepted), lone
 * surrogates and Unicode non-characters. Postgres cannot store NUL in JSON, and none of them is text a
 * person wrote. A regular expression (not a refinement) so JSON Schema and the shape checker carry it too.
 */
export const TEXT_CHARACTERS = /^(?:[^\p{Cc}\p{Cs}\p{NChar}]|[\t\n\r])*$/u;
/** At least one visible character: white space, zero-width and other default-ignorable characters do not count. */
export const NOT_BLANK = /[^\p{space}\p{DI}\u2800]/u;

/** A text field of `min`–`max` UTF-16 units made of {@link TEXT_CHARACTERS}. */
/* @__NO_SIDE_EFFECTS__ */
export function text(min: number, max: number) {
  return z
    .string()
    .check(
      z.minLength(min),
      z.maxLength(max),
      z.regex(TEXT_CHARACTERS, 'Text must not contain control characters, lone surrogates or non-characters.'),
    );
}

/** Text in several languages, with the language it was written in and where each translation came from. */
export const LocalizedTextSchema = z.object({
  values: z.record(
    LangTagSchema,
    /* @__PURE__ */ text(1, 100_000).check(z.regex(NOT_BLANK, 'Text must have a visible character.')),
  ),
  source: z.optional(LangTagSchema),
  origin: z.optional(
    z.record(
      LangTagSchema,
      z.object({
        kind: z.enum(TRANSLATION_ORIGINS),
        from: z.optional(LangTagSchema),
        reviewed: z.optional(z.boolean()),
      }),
    ),
  ),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * The languages a text is missing: its `source` language, and each of `languages` (a service card's texts are
 * written in every language the card declares). The one rule; the service input schema applies it.
 */
export function missingLanguages(
  text: { values: Readonly<Record<string, unknown>>; source?: unknown },
  languages: readonly unknown[] = [],
): string[] {
  const want = typeof text.source === 'string' ? [text.source, ...languages] : languages;
  return [...new Set(want)].filter(
    (lang): lang is string => typeof lang === 'string' && text.values[lang] === undefined,
  );
}

/** Lower-case slug id: `xk-mapl`, `xk-2026-2028-c1-m1`, `prishtina-birth-certificate`. */
export const IdSchema = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9._-]{0,118}[a-z0-9])?$/));
export type Id = z.infer<typeof IdSchema>;

/**
 * The 249 ISO 3166-1 alpha-2 codes, plus `XK` (Kosovo's user-assigned code, used by the EU and the World
 * Bank), as one pattern so JSON Schema and the shape checker carry the list too.
 */
export const COUNTRY_CODE =
  /^(?:A[D-GILMOQ-UWXZ]|B[ABD-JL-OQ-TVWYZ]|C[ACDF-IK-ORU-Z]|D[EJKMOZ]|E[CEGHR-T]|F[I-KMOR]|G[ABD-IL-NP-UWY]|H[KMNRTU]|I[DEL-OQ-T]|J[EMOP]|K[EG-IMNPRWYZ]|L[A-CIKR-VY]|M[AC-HK-Z]|N[ACE-GILOPRUZ]|OM|P[AE-HK-NR-TWY]|QA|R[EOSUW]|S[A-EG-OR-TVX-Z]|T[CDF-HJ-ORTVWZ]|U[AGMSYZ]|V[ACEGINU]|W[FS]|Y[ET]|Z[AMW]|XK)$/;
/** A country: an ISO 3166-1 alpha-2 code in upper case (`MK`, `ME`, `UA`), or `XK` for Kosovo. */
export const CountrySchema = /* @__PURE__ */ z.string().check(z.regex(COUNTRY_CODE));
export type Country = z.infer<typeof CountrySchema>;

/** An ISO 4217 currency code (`EUR`, `ALL`, `MKD`, `UAH`), formatted for the reader with `Intl.NumberFormat`. */
export const CurrencySchema = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{3}$/));

/** Calendar date `YYYY-MM-DD` (validated, so `2026-02-30` fails). */
export const IsoDateSchema = z.iso.date();
/** Date and time with an offset or `Z`: `2026-03-01T09:30:00Z`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
/** ISO 8601 duration: `P15D`, `PT48H`. */
export const IsoDurationSchema = z.iso.duration();
/**
 * A public DNS name: dot-separated labels of letters, digits and inner hyphens (each ≤ 63), ending in an
 * alphabetic top-level label. Written out here rather than read from `z.regexes`, whose namespace object
 * would put all of zod's regular expressions (~2.5 KB gzip) into every browser bundle.
 */
const PUBLIC_HOSTNAME = /^(?=.{1,253}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
/**
 * `UrlSchema`'s rule beyond zod's url format: no user name or password before the host. Such a link
 * (`https://e-kosova.rks-gov.net@evil.example/`) reads as one site and opens another, so it is refused as an address
 * that is not a public https URL, with the url format's issue (forms and the API already word it). The light checker
 * applies the rule in its url check (`shapes/check.ts`; `shapes/targets.ts` names this function to the compiler).
 */
export const noUserinfo = (ctx: z.core.ParsePayload<string>): void => {
  try {
    // zod's url check has trimmed the value.
    const url = new URL(ctx.value);
    if (url.username + url.password) ctx.issues.push({ code: 'invalid_format', format: 'url', input: ctx.value });
  } catch {
    // Not a URL at all: the url format has said so.
  }
};
export const UrlSchema = /* @__PURE__ */ z.url({ protocol: /^https$/, hostname: PUBLIC_HOSTNAME }).check(noUserinfo);

/**
 * A `.check()` issue for a rule across fields: its message and `params.reason` are the same
 * machine-readable reason (`subject_one_of`, `required`, …), which the API and forms translate.
 */
export function reasonIssue(path: PropertyKey[], reason: string, input: unknown) {
  return { code: 'custom' as const, path, message: reason, params: { reason }, input };
}

/**
 * Plain text from a person: {@link text}, whose minimum counts the trimmed text without invisible
 * characters (twelve zero-width spaces are not a message); stored and rendered as text only.
 */
/* @__NO_SIDE_EFFECTS__ */
export function plainText(min: number, max: number) {
  // `shape` is the rule's data form: the shape compiler (`shapes/compile.ts`) reads it, the checker applies it.
  const visibleMinimum = Object.assign(
    (ctx: z.core.ParsePayload<string>) => {
      if (ctx.value.length >= min && visibleLength(ctx.value) < min) {
        ctx.issues.push({ code: 'too_small', origin: 'string', minimum: min, inclusive: true, input: ctx.value });
      }
    },
    { shape: { vmin: min } },
  );
  return text(min, max).check(visibleMinimum);
}
