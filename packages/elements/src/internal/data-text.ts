import { resolveText } from '@hapur/sdk';

/**
 * Where data text (a `LocalizedText`) is resolved for a block, on every path: `dataText.resolve(text, lang)` with the
 * reader's language (`LocalizeController.lang`). It is the SDK's `resolveText` until a block reads Serbian
 * Cyrillic; then `cyrl.ts` (its own chunk: other pages never download the transliteration) puts the SDK's
 * `inReaderScript` in front of it, so Serbian data text stored in Latin reads in Cyrillic, labelled a transliteration.
 * @internal
 */
export const dataText = { resolve: resolveText };
