import { messageTables } from '../messages.js';

/**
 * The validation messages, one chunk per language: a page loads only the language it shows (issue 20: all of them
 * together were 3.0 KB gzip on the contact page). `loadValidationMessages('sq')` resolves to the table that
 * `describeIssue`, `fieldErrors` and `fieldProblems` take; `validationMessages('sq')` gives it at once when loaded.
 */
const tables = messageTables({
  sq: () => import('./sq.js'),
  'sr-Latn': () => import('./sr-latn.js'),
  en: () => import('./en.js'),
  tr: () => import('./tr.js'),
  bs: () => import('./bs.js'),
  'sr-Cyrl': () => import('./sr-cyrl.js'),
});

export const loadValidationMessages = tables.load;
export const validationMessages = tables.get;
