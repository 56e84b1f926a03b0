import * as z from 'zod/mini';

/** A reporting quarter written `2026-Q1`. */
export const PeriodSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-Q[1-4]$/));
export type Period = z.infer<typeof PeriodSchema>;

// The quarter arithmetic has no zod (a display-only reader imports it without the schema): quarters.ts.
export { formatPeriod, parsePeriod, periodOf, periodRange, type Quarter } from './quarters.js';
