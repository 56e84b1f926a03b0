import type { UiLanguage } from '../schemas/common.js';

/** The validation messages' keys: the issue codes a form shows (and the server's problem bodies carry). */
export const MESSAGE_KEYS = [
  'required',
  'choose',
  'min_chars',
  'max_chars',
  'min_items',
  'max_items',
  'min_number',
  'max_number',
  'whole_number',
  'email',
  'phone',
  'url',
  'date',
  'datetime',
  'duration',
  'period',
  'lang_tag',
  'bare_sr',
  'number_format',
  'text_characters',
  'format',
  'consent_required',
  'subject_one_of',
  'nothing_changed',
  'unknown_field',
  'invalid',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

/**
 * Messages for one field and one problem, where the generic one would be vague. Key: the field path without
 * array indexes, then the message key (`message.max_chars`).
 */
export type FieldMessageKey =
  | 'type.required'
  | 'type.choose'
  | 'language.required'
  | 'message.required'
  | 'message.max_chars'
  | 'message.min_chars'
  | 'location.max_chars'
  | 'subject.topic.min_chars'
  | 'subject.topic.required'
  | 'contact.name.max_chars'
  | 'narrative.required'
  | 'progressPercent.max_number'
  | 'progressPercent.min_number';

/**
 * One language's validation messages (`translations/<lang>.ts`): every message by key, and the field-specific
 * ones. `{min}`, `{max}`, `{keys}` are filled in. Load one with {@link loadValidationMessages}.
 */
export interface ValidationMessages {
  readonly messages: Readonly<Record<MessageKey, string>>;
  readonly fields: Readonly<Record<FieldMessageKey, string>>;
}

/**
 * One language's strings from its loader, once per language (callers at the same time share the promise):
 * `languageTables(languageFolder((file) => import(`./translations/${file}.js`)))` names the folder once and a language
 * is found from its file (`translations/mk.ts`). A language may be inside the calling file instead:
 * `languageFolder((file) => import(…), { sq, 'sr-Latn': srLatn, en })` with those tables imported (hapur.all.js).
 * @internal
 */
export function languageTables<T extends object>(
  sources: Partial<Record<UiLanguage, T | (() => Promise<{ default: T }>)>>,
): {
  get(lang: UiLanguage): T | undefined;
  load(lang: UiLanguage): Promise<T>;
} {
  const loaded: Partial<Record<UiLanguage, T>> = {};
  const pending: Partial<Record<UiLanguage, Promise<T>>> = {};
  const get = (lang: UiLanguage) => {
    const source = sources[lang];
    return loaded[lang] ?? (typeof source === 'function' ? undefined : source);
  };
  return {
    get,
    load: (lang) =>
      (pending[lang] ??= Promise.resolve(get(lang) ?? (sources[lang] as () => Promise<{ default: T }>)()).then(
        (m) => (loaded[lang] = 'default' in m ? (m.default as T) : m),
      )),
  };
}
