import { cyrillicToLatin, inReaderScript, type resolveText } from '@hapur/sdk';

/**
 * Serbian Cyrillic → Latin, for the service list's and the commitment tracker's search (loaded at the first query): a query in either script
 * finds text in either. @internal
 */
export { cyrillicToLatin as latin };

/**
 * `resolve` with the reader's Serbian script first (the SDK's `inReaderScript`): loaded only for readers of Serbian
 * Cyrillic (LocalizeController), in a chunk of its own. `resolve` is passed in, not imported: an import would split
 * the blocks' shared code into a chunk of its own for this one to share (+0.4 KB measured). @internal
 */
export default (resolve: typeof resolveText): typeof resolveText =>
  (text, lang, fallback) =>
    resolve(text && inReaderScript(text, lang), lang, fallback);
