export { jsonLdLanguage, toJsonLd, type JsonLd, type JsonLdValue, type ToJsonLdOptions } from './government-service.js';
export { jsonLdScriptJson } from './script-text.js';
