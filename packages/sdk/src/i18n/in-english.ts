import type * as z from 'zod/mini';
import en from './translations/en.js';
import { describeIssue } from './validation-messages.js';

/**
 * An issue as an English sentence, for the people who read it in a developer's tool: a data file's import errors and
 * the API's problem documents. Forms show {@link describeIssue} in the reader's language instead.
 */
export const describeIssueInEnglish = (issue: z.core.$ZodIssue): string => describeIssue(issue, en);
