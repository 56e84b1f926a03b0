import { submitFeedback } from '@hapur/sdk';
import { planReads } from './plan-reads.js';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** The form sends, and reads a draft plan's guiding questions. @internal */
export const feedbackWrites: MethodSet<'submitFeedback' | 'getPlan'> = (entry) => ({
  ...planReads(entry),
  submitFeedback: (input, options) => submitFeedback(coreOf(entry), input, options),
});
