import {
  FeedbackInputSchema,
  fieldErrors,
  MESSAGE_KEYS,
  type FeedbackInput,
  type FieldMessageKey,
  type MessageKey,
  type ValidationMessages,
} from '@hapur/sdk';
import * as z from 'zod/mini';
import { validationStrings } from '../../internal/validation-messages.js';
import type { FeedbackFormValues, FieldName } from './feedback-form.types.js';
import { buildInput, toFieldErrors, type FieldErrors, type InputContext } from './input.js';

// The form's checks: zod and the SDK's input schema. Loaded on first use (`checks-loader.ts`): a page with the
// form loads none of it until the person interacts with the form.
export {
  buildInput,
  fieldForPath,
  hasPreset,
  inputContextOf,
  orderedErrors,
  toFieldErrors,
  topicsFromAttribute,
  type FieldErrors,
  type InputContext,
} from './input.js';

// The SDK's messages come with the checks, in the form's language (`checks-loader.ts` loads it), not at page load.
export { validationStrings };
/** The SDK's messages in `lang`, once loaded (`validationStrings.load`). */
export const messagesIn = (lang: string): ValidationMessages => validationStrings.get(lang) as ValidationMessages;

// What an empty required field says: the SDK's wording for that field, so the error summary names it.
const EMPTY_CHECKED = {
  kind: 'type.choose',
  subject: 'subject.topic.required',
  message: 'message.required',
} as const satisfies Partial<Record<FieldName & keyof FeedbackFormValues, FieldMessageKey>>;

/**
 * Validates with the SDK's `FeedbackInputSchema` (the same rules the server applies) and returns
 * messages per form field in the language of `messages` (the SDK's, loaded with the block's language).
 * An empty required field says what to fill in ("Write your message.") rather than "write at least 10 characters";
 * asking to be contacted needs an email or a phone number.
 */
export function validateValues(
  values: FeedbackFormValues,
  context: InputContext,
  messages: ValidationMessages,
  contactNeeded: string,
): { input: FeedbackInput; errors: FieldErrors } {
  const input = buildInput(values, context);
  const result = z.safeParse(FeedbackInputSchema, input);
  const errors: FieldErrors = result.success ? {} : toFieldErrors(fieldErrors(result.error, messages));
  const said = messages.messages;
  for (const [field, empty] of Object.entries(EMPTY_CHECKED) as [keyof typeof EMPTY_CHECKED, FieldMessageKey][]) {
    if (errors[field] && values[field].trim() === '') errors[field] = messages.fields[empty];
  }
  if (values.wantsContact && !values.email.trim() && !values.phone.trim() && !errors.email)
    errors.email = contactNeeded;
  if (values.wantsContact && !values.consent && !errors.consent) errors.consent = said.consent_required;
  return { input, errors };
}

/**
 * Field messages for a 400/422 answer (`InputValidationError` from the server), in the language of `messages`:
 * the server's issue codes are the SDK's message keys; its English messages are never shown.
 */
export function serverFieldErrors(error: unknown, messages: ValidationMessages): FieldErrors | undefined {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'InputValidationError')
    return undefined;
  const issues = (error as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return undefined;
  const byPath: Record<string, string[]> = {};
  for (const issue of issues as { path?: unknown; code?: unknown }[]) {
    const code = String(issue.code ?? 'invalid');
    const known: MessageKey = MESSAGE_KEYS.includes(code as MessageKey) ? (code as MessageKey) : 'invalid';
    const path = String(issue.path ?? '');
    // The field's own wording where there is one; templates with {min}/{max} need numbers the problem body does
    // not carry: say "not valid" instead.
    const text = messages.fields[`${path}.${known}` as FieldMessageKey] ?? messages.messages[known];
    (byPath[path] ??= []).push(text.includes('{') ? messages.messages.invalid : text);
  }
  const errors = toFieldErrors(byPath);
  return Object.keys(errors).length ? errors : undefined;
}
