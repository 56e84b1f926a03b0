import { submitFeedback } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/**
 * The form sends, and reads a draft plan's guiding questions. The plan read (its schemas are ~1.6 KB gzip)
 * loads on first use: only a page with a draft plan's form needs it. @internal
 */
export const feedbackWrites: MethodSet<'submitFeedback' | 'getPlan'> = (entry) => ({
  getPlan: async (planId, options) => (await import('./plan-reads-lazy.js')).lazyGetPlan(entry)(planId, options),
  submitFeedback: (input, options) => submitFeedback(coreOf(entry), input, options),
});
