import * as z from 'zod/mini';

/**
 * Languages every Hapur UI string exists in. Serbian is always Latin script (`sr-Latn`):
 * a bare `sr` makes CLDR and `Intl` resolve to Cyrillic.
 */
export const UI_LANGUAGES = ['sq', 'sr-Latn', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A BCP 47 language tag. Bare `sr` is refused because it resolves to Cyrillic. */
export const LangTagSchema = z.string().check(
  z.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/),
  z.refine((tag) => tag !== 'sr', { message: 'Use sr-Latn or sr-Cyrl; bare "sr" resolves to Cyrillic.' }),
);
export type LangTag = z.infer<typeof LangTagSchema>;

export const TRANSLATION_ORIGINS = ['original', 'human', 'machine', 'transliteration'] as const;

/** Text in several languages, with the language it was written in and where each translation came from. */
export const LocalizedTextSchema = z.object({
  values: z.record(LangTagSchema, z.string().check(z.minLength(1))),
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
