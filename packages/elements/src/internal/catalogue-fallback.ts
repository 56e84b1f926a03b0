// Types only: a value import would pull catalogue.ts into a chunk it shares with every block's entry (+0.3 KB).
import type { Catalogue, CatalogueSource, TranslationOverrides } from './catalogue.js';

/**
 * Where a language's missing strings come from: its parent tag when a site registered one (`de-AT` → `de`), else
 * English. Never another script: `sr-Cyrl` falls back to English, not to `sr-Latn`, so a Cyrillic page never
 * shows a Latin string (its built-in strings are complete: they are generated from `sr-Latn`).
 * @internal
 */
export function fallbackOf(lang: string, registered: Record<string, TranslationOverrides>): string | undefined {
  if (lang === 'en') return undefined;
  const parent = lang.slice(0, Math.max(0, lang.lastIndexOf('-')));
  return parent && registered[parent] ? parent : 'en';
}

const warned = new Set<string>();

/** Development only (localhost, `*.localhost`, `*.test`, or `<html data-hapur-dev>`): one warning per gap. */
function warnMissing(id: string, lang: string, to: string, keys: string[]): void {
  const dev =
    /^(localhost|127\.0\.0\.1|\[::1\]|.+\.localhost|.+\.test)$/.test(location.hostname) ||
    document.documentElement.hasAttribute('data-hapur-dev');
  if (!dev || !keys.length || warned.has(`${id}|${lang}`)) return;
  warned.add(`${id}|${lang}`);
  console.warn(`Hapur: "${lang}" has no ${id} strings for ${keys.join(', ')}; showing ${to}.`);
}

/**
 * A catalogue's strings for a language a site registered strings for, or one it has no built-in strings for:
 * the built-in strings (or, without them, the fallback language's) with the registered ones over them. A gap
 * filled from the fallback is said once in the console during development.
 * @internal
 */
export async function withFallback<T extends object>(
  catalogue: Catalogue<T>,
  source: CatalogueSource<T> | undefined,
  lang: string,
  registered: Record<string, TranslationOverrides>,
): Promise<T> {
  const base = typeof source === 'function' ? (await source()).default : source;
  const mine = registered[lang];
  // Strings registered under the catalogue's older id (`feedback` for the form's own strings) count as its own.
  const extra = mine && ({ ...(catalogue.alias && mine[catalogue.alias]), ...mine[catalogue.id] } as Partial<T>);
  const to = fallbackOf(lang, registered) ?? 'en';
  const fallback = base ?? (await catalogue.load(to));
  if (!base)
    warnMissing(
      catalogue.id,
      lang,
      to,
      Object.keys(fallback).filter((k) => k !== 'lang' && !(extra && k in extra)),
    );
  // A catalogue that names its language (`lang`, for the block's `lang` attribute) names the one shown.
  return { ...fallback, ...('lang' in fallback ? { lang } : {}), ...extra };
}
