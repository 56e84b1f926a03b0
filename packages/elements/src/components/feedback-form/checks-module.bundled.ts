import { messagesIn, serverFieldErrors, validateValues, validationStrings } from './validation.js';
import type { ChecksModule } from './checks-module.js';

// hapur.all.js: the form's checks are inside the file (zod is there for other blocks anyway), so they are here at once.
// The SDK's messages still load per language (`checks-loader.ts`): sq, sr-Latn and en are inside the file too, the
// languages added since are a chunk each.
const checks: ChecksModule = { validateValues, serverFieldErrors, messagesIn, validationStrings };

export const importedChecks = (): ChecksModule => checks;
export const importChecks = (): Promise<ChecksModule> => Promise.resolve(checks);
