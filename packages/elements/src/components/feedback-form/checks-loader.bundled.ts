import { serverFieldErrors, validateValues } from './validation.js';
import type { Checks } from './checks-loader.js';

// hapur.all.js: the form's checks inside (zod is in that file for other blocks anyway), used at once; the same
// interface as `checks-loader.ts`, which loads them on first use.
export type { Checks };
const checks: Checks = { validateValues, serverFieldErrors };

export const loadedChecks = (): Checks | undefined => checks;
export const loadChecks = (): Promise<Checks> => Promise.resolve(checks);
export const checksTried = async (): Promise<void> => {};
export const withChecks = <R>(use: (checks: Checks) => R, _unavailable?: Checks): R => use(checks);
export const loadChecksSoon = (): void => {};
export const noChecks = checks;
