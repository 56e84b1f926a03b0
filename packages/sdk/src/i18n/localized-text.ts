import type { LocalizedText, TranslationOrigin } from '../schemas/common.js';
import { CLOSE_LANGUAGES } from '../rules/close-languages.js';
import { LANGUAGE_ALIASES, UI_LANGUAGES, type UiLanguage } from './languages.js';

export interface ResolvedText {
  text: string;
  /** The language `text` is actually in. */
  lang: string;
  /** True when `text` is not in the requested language (set `lang` on the element that shows it). */
  isFallback: boolean;
  /** True when `text` is a machine translation, which the UI labels. */
  machine: boolean;
  origin: TranslationOrigin;
}

type Parts = Readonly<{ language: string; script?: string | undefined; region?: string | undefined }>;
/** Parsed tags, kept: a page has a handful of tags but asks about them for every text it shows. */
const parsed = new Map<string, Parts | null>();

function parts(tag: string): Parts | null {
  let known = parsed.get(tag);
  if (known === undefined) {
    try {
      const l = new Intl.Locale(tag);
      known = { language: l.language, script: l.script, region: l.region };
    } catch {
      known = null;
    }
    if (parsed.size > 500) parsed.clear();
    parsed.set(tag, known);
  }
  return known;
}

/**
 * Picks the best text for `lang`: the requested tag; else the same language in another
 * script/region (same script first); else a close language the reader reads as well (`CLOSE_LANGUAGES`: Serbian
 * for a Bosnian reader); else `fallback` (default: the source language, then sq, then en); else whatever exists. Returns undefined when there is no text at all.
 */
export function resolveText(
  text: LocalizedText | undefined,
  lang: string,
  fallback?: readonly string[],
): ResolvedText | undefined {
  if (!text) return undefined;
  const tags = Object.keys(text.values).filter((t) => (text.values[t] ?? '') !== '');
  if (tags.length === 0) return undefined;
  const want = parts(lang);
  const order: string[] = [lang];
  if (want) {
    const same = tags.filter((t) => t !== lang && parts(t)?.language === want.language);
    const rank = (t: string) => (parts(t)?.script === want.script ? 0 : 1);
    same.sort((a, b) => rank(a) - rank(b));
    order.push(...same, CLOSE_LANGUAGES[want.language] ?? lang);
  }
  order.push(...(fallback ?? [text.source ?? 'sq', 'sq', 'en']), ...tags);
  const found = order.find((t) => tags.includes(t)) as string;
  const made = text.origin?.[found];
  const origin = made?.kind ?? (found === text.source || !text.source ? 'original' : 'human');
  return {
    text: text.values[found] as string,
    lang: found,
    isFallback: found !== lang,
    // A transliteration of a machine translation (Serbian Latin machine-translated, read in Cyrillic) is one too.
    machine: origin === 'machine' || text.origin?.[made?.from as string]?.kind === 'machine',
    origin,
  };
}

/**
 * Maps any BCP 47 tag (or a preference list like `navigator.languages`) to a UI language:
 * Albanian → `sq`; Serbian in Cyrillic (`sr-Cyrl`, `sr-Cyrl-RS`) → `sr-Cyrl`, Serbian otherwise (bare `sr`
 * included: Kosovo's sites write Latin) and Croatian/Montenegrin → `sr-Latn`; Bosnian → `bs`; Turkish → `tr`;
 * English → `en`. Unknown or invalid tags fall through to `fallback`. Worked out from `UI_LANGUAGES` (the language in
 * the tag's script, else the language) and `LANGUAGE_ALIASES`, so a language added to the list is negotiated as is.
 */
export function negotiateLanguage(tags: string | readonly string[] | undefined, fallback?: UiLanguage): UiLanguage;
/** With `null` for `fallback`: `null` when no tag maps to a UI language (a file that exists only in the UI languages). */
export function negotiateLanguage(tags: string | readonly string[] | undefined, fallback: null): UiLanguage | null;
export function negotiateLanguage(
  tags: string | readonly string[] | undefined,
  fallback: UiLanguage | null = 'en',
): UiLanguage | null {
  const list = typeof tags === 'string' ? [tags] : (tags ?? []);
  for (const tag of list) {
    const found = parts(tag.trim());
    if (!found) continue;
    // The language in the tag's script (`sr-Cyrl-RS` → sr-Cyrl), else the language (`sq-XK` → sq), else an alias.
    const ui =
      UI_LANGUAGES.find((l) => l === `${found.language}-${found.script}` || l === found.language) ??
      LANGUAGE_ALIASES[found.language];
    if (ui) return ui;
  }
  return fallback;
}
