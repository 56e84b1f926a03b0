import { loadValidationMessages, negotiateLanguage, validationMessages, type ValidationMessages } from '@hapur/sdk';
import type { Catalogue } from './catalogue.js';

/**
 * The SDK's validation messages as a block catalogue: one language's chunk (`@hapur/sdk`'s
 * `loadValidationMessages`), loaded with the block's language. A form lists it in its class's `static catalogues`
 * (not in `<name>.translations.ts`: these are the SDK's, not a `registerTranslation` id), so it renders once they
 * are there and validates synchronously. A language a site registered gets the nearest built-in language's.
 * @internal
 */
export const validationStrings: Catalogue<ValidationMessages> = {
  id: 'validation',
  get: (lang) => validationMessages(negotiateLanguage(lang)),
  load: (lang) => loadValidationMessages(negotiateLanguage(lang)),
  reset: () => undefined,
};
