/**
 * Invisible characters that do not count towards a minimum length: `plainText`'s rule (`schemas/common.ts`),
 * kept here without zod so the shape checker applies the same rule.
 */
const INVISIBLE = /[\p{DI}\u2800]/gu;

/** Length of `value` trimmed and without invisible characters (twelve zero-width spaces count 0). */
export const visibleLength = (value: string): number => value.replace(INVISIBLE, '').trim().length;
