import * as z from 'zod/mini';

/**
 * A reporting quarter written `2026-Q1`, of a year from 2000 to 2099. The pattern is `PERIOD_PATTERN` (quarters.ts)
 * written out, not imported: the import tied the zod chunk to the zod-free quarter code, and the loader's blocks
 * grew by 0.3 KB gzip in a chunk of its own. publication.test.ts holds the two equal.
 */
export const PeriodSchema = /* @__PURE__ */ z.string().check(z.regex(/^(20\d{2})-Q([1-4])$/, { message: 'period' }));
export type Period = z.infer<typeof PeriodSchema>;

// The quarter arithmetic has no zod (a display-only reader imports it without the schema): quarters.ts.
export { PERIOD_PATTERN, formatPeriod, parsePeriod, periodOf, periodRange, type Quarter } from './quarters.js';
