export { UI_LANGUAGES, LangTagSchema, LocalizedTextSchema, TRANSLATION_ORIGINS } from './schemas/common.js';
export type { UiLanguage, LangTag, LocalizedText } from './schemas/common.js';
