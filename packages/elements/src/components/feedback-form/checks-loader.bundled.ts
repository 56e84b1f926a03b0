import { messagesIn, serverFieldErrors, validateValues } from './validation.js';
import type { Checks } from './checks-loader.js';

// hapur.all.js: the form's checks inside (zod is in that file for other blocks anyway), used at once; the same
// interface as `checks-loader.ts`, which loads them on first use.
export type { Checks };
// The SDK's messages are inside too (their `bundled.ts`), every language at once.
const checks: Checks = { validateValues, serverFieldErrors, messagesIn };

export const loadedChecks = (): Checks | undefined => checks;
export const loadChecks = (): Promise<Checks> => Promise.resolve(checks);
export const checksTried = async (_lang?: string): Promise<void> => {};
export const withChecks = <R>(_lang: string, use: (checks: Checks) => R, _unavailable?: Checks): R => use(checks);
export const loadChecksSoon = (): void => {};
export const noChecks = checks;
