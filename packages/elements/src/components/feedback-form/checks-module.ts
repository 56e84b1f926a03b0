import type * as validation from './validation.js';
import { importWhileOnline } from '../../internal/while-online.js';

/** The checks module as `checks-loader.ts` uses it: validation, the 400 answer's field messages, the SDK's messages. */
export type ChecksModule = Pick<
  typeof validation,
  'validateValues' | 'serverFieldErrors' | 'messagesIn' | 'validationStrings'
>;

let loaded: ChecksModule | undefined;

/** The checks module, if it has arrived. */
export const importedChecks = (): ChecksModule | undefined => loaded;

/**
 * Fetches the checks module (`validation.ts`, with zod): not while the browser is offline (`importWhileOnline`); a
 * failed fetch rejects and the next call tries again. The send (the SDK's `submitFeedback`, on the same zod and input
 * schema) is fetched with them, so a connection lost after the first focus still finds it here and the message waits
 * in the outbox instead of failing. hapur.all.js swaps in `checks-module.bundled.ts` (both are inside that file).
 */
export function importChecks(): Promise<ChecksModule> {
  void importWhileOnline(() => import('../../internal/client/submit-lazy.js')).catch(() => undefined);
  return importWhileOnline(() => import('./validation.js')).then((module) => (loaded = module));
}
