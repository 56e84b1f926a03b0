export { resolveText, negotiateLanguage, type ResolvedText } from './localized-text.js';
export { describeIssue, fieldErrors, fieldProblems, messageKey } from './validation-messages.js';
export { describeIssueInEnglish } from './in-english.js';
export { MESSAGE_KEYS, type FieldMessageKey, type MessageKey, type ValidationMessages } from './messages.js';
export { loadValidationMessages, validationMessages } from './translations/index.js';
export { loadCalendarLabels, type CalendarLabels } from './calendar-labels.js';
export { languageFolder } from './language-folder.js';
export {
  cyrillicToLatin,
  inReaderScript,
  latinToCyrillic,
  latinToCyrillicUi,
  strayLatin,
  withSerbianScripts,
} from './transliterate.js';
