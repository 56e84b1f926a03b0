import type * as z from 'zod/mini';
import { NOT_BLANK, TEXT_CHARACTERS } from '../schemas/common.js';
import { MESSAGE_KEYS, type FieldMessageKey, type MessageKey, type ValidationMessages } from './messages.js';

type Issue = z.core.$ZodIssue;

const FORMAT_KEYS: Record<string, MessageKey> = {
  email: 'email',
  url: 'url',
  date: 'date',
  datetime: 'datetime',
  duration: 'duration',
};
const FIELD_KEYS: Record<string, MessageKey> = {
  phone: 'phone',
  telephone: 'phone',
  language: 'lang_tag',
  lang: 'lang_tag',
  source: 'lang_tag',
  sourceLanguage: 'lang_tag',
  period: 'period',
  commitmentNumber: 'number_format',
  number: 'number_format',
};

function lastField(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

/** Which message an issue gets: by code, then by format or field name, then by the check's reason. */
export function messageKey(issue: Issue): MessageKey {
  switch (issue.code) {
    case 'invalid_type':
      return 'required';
    case 'invalid_value':
      return 'choose';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'required' : 'min_chars';
      return issue.origin === 'array' || issue.origin === 'set' ? 'min_items' : 'min_number';
    case 'too_big':
      if (issue.origin === 'string') return 'max_chars';
      return issue.origin === 'array' || issue.origin === 'set' ? 'max_items' : 'max_number';
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern === String(TEXT_CHARACTERS)) return 'text_characters';
      if (issue.format === 'regex' && issue.pattern === String(NOT_BLANK)) return 'required';
      return FORMAT_KEYS[issue.format] ?? FIELD_KEYS[lastField(issue.path)] ?? 'format';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'custom': {
      const reason = issue.params?.['reason'] ?? issue.message;
      return MESSAGE_KEYS.includes(reason as MessageKey) ? (reason as MessageKey) : 'invalid';
    }
    case 'not_multiple_of':
      return 'whole_number';
    default:
      return 'invalid';
  }
}

/**
 * One issue as a sentence a form can show as-is, in the language of `messages` (`await loadValidationMessages(lang)`);
 * field-specific wording where there is one.
 */
export function describeIssue(issue: Issue, messages: ValidationMessages): string {
  const key = messageKey(issue);
  const field = issue.path.filter((p) => typeof p === 'string').join('.');
  const template = messages.fields[`${field}.${key}` as FieldMessageKey] ?? messages.messages[key];
  const values: Record<string, string> = {
    min: 'minimum' in issue ? String(issue.minimum) : '',
    max: 'maximum' in issue ? String(issue.maximum) : '',
    keys: issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `“${k}”`).join(', ') : '',
  };
  return template.replace(/\{(min|max|keys)\}/g, (_, name: string) => values[name] ?? '');
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** `{ path, code, message }` per problem; unknown keys get one entry each, at their own path. */
export function fieldProblems(
  error: { issues: readonly Issue[] },
  messages: ValidationMessages,
): { path: string; code: string; message: string }[] {
  const out: { path: string; code: string; message: string }[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({
          path: pathOf([...issue.path, key]),
          code: 'unknown_field',
          message: describeIssue({ ...issue, keys: [key] }, messages),
        });
    } else {
      out.push({ path: pathOf(issue.path), code: messageKey(issue), message: describeIssue(issue, messages) });
    }
  }
  return out;
}

/** Messages per field path (`contact.email`, `message`; `""` for the whole form), ready for a form, in the language of `messages`. */
export function fieldErrors(
  error: { issues: readonly Issue[] },
  messages: ValidationMessages,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of fieldProblems(error, messages)) {
    const list = (out[p.path] ??= []);
    if (!list.includes(p.message)) list.push(p.message);
  }
  return out;
}
