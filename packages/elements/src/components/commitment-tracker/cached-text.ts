import type { LocalizedText, ResolvedText } from '@hapur/sdk';
import { dataText } from '../../internal/data-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { TextRenderer } from '../../internal/localized-text.js';

// TODO(shared): TextRenderer (internal/localized-text.ts) could memoize resolveText itself; resolving
// a title parses several Intl.Locale tags (~20–50 µs), which adds up over 1,000 rows × title and lead.
const cache = new WeakMap<LocalizedText, Map<string, ResolvedText | undefined>>();

/** `dataText.resolve` (the reader's script included) remembered per text object and language (plan data is immutable once loaded). @internal */
export function resolveCached(text: LocalizedText | undefined, lang: string): ResolvedText | undefined {
  if (!text) return undefined;
  let byLang = cache.get(text);
  if (!byLang) cache.set(text, (byLang = new Map()));
  if (!byLang.has(lang)) byLang.set(lang, dataText.resolve(text, lang));
  return byLang.get(lang);
}

/**
 * Same output as `TextRenderer.inline` (a `<span lang>` when the text is in another language, and the
 * language note kept up to date), with the resolution cached: for the hot path of the list rows. @internal
 */
export function inlineCached(
  renderer: TextRenderer,
  text: LocalizedText | undefined,
  lang: string,
): TemplateResult | typeof nothing | string {
  const resolved = resolveCached(text, lang);
  if (!resolved) return nothing;
  if (resolved.isFallback) renderer.fallbackLanguages.add(resolved.lang);
  if (resolved.machine) renderer.machine = true;
  if (resolved.origin === 'transliteration') renderer.transliterated = true;
  return resolved.isFallback ? html`<span lang=${resolved.lang}>${resolved.text}</span>` : resolved.text;
}
