import * as z from 'zod/mini';
import { PERIOD_PATTERN } from './quarters.js';

/** A reporting quarter written `2026-Q1`, of a year from 2000 to 2099 (`PERIOD_PATTERN`). */
export const PeriodSchema = /* @__PURE__ */ z.string().check(z.regex(PERIOD_PATTERN, { message: 'period' }));
export type Period = z.infer<typeof PeriodSchema>;

// The quarter arithmetic has no zod (a display-only reader imports it without the schema): quarters.ts.
export { PERIOD_PATTERN, formatPeriod, parsePeriod, periodOf, periodRange, type Quarter } from './quarters.js';
