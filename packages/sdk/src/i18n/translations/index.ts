import { languageFolder } from '../language-folder.js';
import { languageTables, type ValidationMessages } from '../messages.js';

/**
 * The validation messages, one chunk per language: a page loads only the language it shows (issue 20: all of them
 * together were 3.0 KB gzip on the contact page). `loadValidationMessages('sq')` resolves to the table that
 * `describeIssue`, `fieldErrors` and `fieldProblems` take; `validationMessages('sq')` gives it at once when loaded.
 * A language is its file in this folder (`mk.ts`, typed by `ValidationMessages`).
 */
const tables = languageTables<ValidationMessages>(languageFolder((file) => import(`./${file}.js`)));

export const loadValidationMessages = tables.load;
export const validationMessages = tables.get;
