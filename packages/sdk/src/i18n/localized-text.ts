import type { LocalizedText, TranslationOrigin, UiLanguage } from '../schemas/common.js';

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
 * script/region (same script first); else `fallback` (default: the source language, then sq, then en);
 * else whatever exists. Returns undefined when there is no text at all.
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
    order.push(...same);
  }
  order.push(...(fallback ?? [text.source, 'sq', 'en'].filter((t): t is string => t !== undefined)), ...tags);
  const found = order.find((t) => tags.includes(t)) as string;
  const origin = text.origin?.[found]?.kind ?? (found === text.source || !text.source ? 'original' : 'human');
  return {
    text: text.values[found] as string,
    lang: found,
    isFallback: found !== lang,
    machine: origin === 'machine',
    origin,
  };
}

/**
 * Maps any BCP 47 tag (or a preference list like `navigator.languages`) to a UI language:
 * Albanian → `sq`; Serbian in Cyrillic (`sr-Cyrl`, `sr-Cyrl-RS`) → `sr-Cyrl`, Serbian otherwise (bare `sr`
 * included: Kosovo's sites write Latin) and Croatian/Montenegrin → `sr-Latn`; Bosnian → `bs`; Turkish → `tr`;
 * English → `en`. Unknown or invalid tags fall through to `fallback`.
 */
export function negotiateLanguage(
  tags: string | readonly string[] | undefined,
  fallback: UiLanguage = 'en',
): UiLanguage {
  const list = typeof tags === 'string' ? [tags] : (tags ?? []);
  for (const tag of list) {
    const found = parts(tag.trim());
    const language = found?.language ?? '';
    if (language === 'sr') return found?.script === 'Cyrl' ? 'sr-Cyrl' : 'sr-Latn';
    if (/^(hr|sh|cnr)$/.test(language)) return 'sr-Latn';
    if (/^(sq|en|tr|bs)$/.test(language)) return language as UiLanguage;
  }
  return fallback;
}
