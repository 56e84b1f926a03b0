export { resolveText, negotiateLanguage, type ResolvedText } from './localized-text.js';
export { describeIssue, fieldErrors, fieldProblems, messageKey } from './validation-messages.js';
export { VALIDATION_MESSAGES, type MessageKey } from './messages.js';
export {
  cyrillicToLatin,
  latinToCyrillic,
  latinToCyrillicUi,
  strayLatin,
  withSerbianScripts,
} from './transliterate.js';
