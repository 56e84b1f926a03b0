import { submitFeedback, type FeedbackInput, type WriteOptions } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { ApiEntry } from './registry.js';

// The form's send, with zod, the input and receipt schemas, ky and the SDK core: imported on first use by
// `feedback-writes.ts` (and fetched with the form's checks by `checks-loader.ts`).
export const send = (entry: ApiEntry, input: FeedbackInput, options?: WriteOptions) =>
  submitFeedback(coreOf(entry), input, options);
