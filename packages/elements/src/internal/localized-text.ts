import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from './controllers/localize.js';
import type { LocalizedText } from '@hapur/sdk';
import { dataText } from './data-text.js';

/**
 * Renders data text (LocalizedText) as text only, in the reader's language when it exists.
 * Text from another language keeps its own `lang` (screen readers switch voice) and is recorded so
 * the element can show one quiet note ("shown in the original language", "machine translation").
 * @internal
 */
export class TextRenderer {
  readonly #localize: LocalizeController;
  readonly fallbackLanguages = new Set<string>();
  machine = false;
  /** True once some text shown is a transliteration (Serbian in the reader's script: `data-text.ts`). */
  transliterated = false;

  constructor(localize: LocalizeController) {
    this.#localize = localize;
  }

  /** The plain string in the best language (for attributes, search, JSON-LD). */
  plain(text: LocalizedText | undefined): string {
    return dataText.resolve(text, this.#localize.lang)?.text ?? '';
  }

  /** Inline text: a `<span lang>` when the language differs from the element's. */
  inline(text: LocalizedText | undefined): TemplateResult | string | typeof nothing {
    const resolved = this.#track(text);
    if (!resolved) return nothing;
    return resolved.isFallback ? html`<span lang=${resolved.lang}>${resolved.text}</span>` : resolved.text;
  }

  /** Block text: paragraphs split on blank lines, with `lang` on each paragraph when it differs. */
  paragraphs(text: LocalizedText | undefined, part = 'text'): TemplateResult | typeof nothing {
    const resolved = this.#track(text);
    if (!resolved) return nothing;
    const lang = resolved.isFallback ? resolved.lang : undefined;
    return html`${resolved.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => html`<p part=${part} lang=${lang ?? nothing}>${p}</p>`)}`;
  }

  /** The quiet note under the title, when any text on the card came from another language or a machine. */
  note(): TemplateResult | typeof nothing {
    const notes: string[] = [];
    if (this.fallbackLanguages.size > 0) {
      const names = [...this.fallbackLanguages].map((tag) => this.#localize.languageName(tag));
      notes.push(this.#localize.t.shownInOriginal(names.join(', ')));
    }
    if (this.machine) notes.push(`${this.#localize.t.machineTranslation}.`);
    if (this.transliterated) notes.push(`${this.#localize.t.transliteration}.`);
    return notes.length ? html`<p class="language-note" part="language-note">${notes.join(' ')}</p>` : nothing;
  }

  #track(text: LocalizedText | undefined) {
    const resolved = dataText.resolve(text, this.#localize.lang);
    // "Shown in the original language" only of the original: a fallback that is itself a translation (a Bosnian reader
    // shown Serbian machine-translated from Albanian) keeps its `lang`, and a machine translation says so.
    if (resolved?.isFallback && resolved.origin === 'original') this.fallbackLanguages.add(resolved.lang);
    if (resolved?.machine) this.machine = true;
    if (resolved?.origin === 'transliteration') this.transliterated = true;
    return resolved;
  }
}
