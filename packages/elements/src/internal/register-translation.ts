import { catalogueIndex, registered, type TranslationOverrides } from './catalogue.js';
import { connectedElements } from './hapur-element.js';

/**
 * Adds a UI language to every Hapur block on the page, or overrides some strings of one, without a release
 * (docs/languages.md): `registerTranslation('mk', { shared: { … }, 'commitment-tracker': { … } })`. The keys of
 * each catalogue are listed in docs/blocks/ and in custom-elements.json. What a catalogue lacks falls back along
 * the chain (`de-AT` → `de` → `en`; `sr-Cyrl` → `en`, never Latin), and in development the console says which,
 * once. Blocks already on the page render again with the new strings (the promise settles when they have them). Dates, numbers and plurals follow `Intl`
 * for the language; validation messages and due-date words come from the nearest built-in language (English
 * for a language Hapur does not ship).
 */
export async function registerTranslation(lang: string, catalogues: TranslationOverrides): Promise<void> {
  let tag = lang;
  try {
    tag = Intl.getCanonicalLocales(lang)[0] ?? lang;
  } catch {
    // Not a BCP 47 tag: kept as given, and matched as given.
  }
  const before = registered[tag] ?? {};
  const next: TranslationOverrides = { ...before };
  for (const [id, strings] of Object.entries(catalogues)) next[id] = { ...before[id], ...strings };
  registered[tag] = next;
  for (const catalogue of catalogueIndex.values()) catalogue.reset();
  // Built before blocks render again: a bundled language would otherwise show its built-in strings meanwhile.
  await Promise.all([...catalogueIndex.values()].map((catalogue) => catalogue.load(tag)));
  for (const element of connectedElements) element.requestUpdate();
}
