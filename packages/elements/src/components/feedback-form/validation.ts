import {
  FeedbackInputSchema,
  fieldErrors,
  MESSAGE_KEYS,
  type FeedbackInput,
  type MessageKey,
  type UiLanguage,
  type ValidationMessages,
} from '@hapur/sdk';
import * as z from 'zod/mini';
import { FIELD_NAMES, type FeedbackFormValues, type FieldName, type PresetSubject } from './feedback-form.types.js';

/** What the host configured that is not typed by the citizen. */
export interface InputContext {
  preset: PresetSubject | undefined;
  institutionId?: string | undefined;
  language: UiLanguage;
}

/** What the form's attributes say about the message: its preset subject and institution, in the reader's language. */
export function inputContextOf(
  form: {
    serviceId?: string | undefined;
    planId?: string | undefined;
    commitment?: string | undefined;
    topic?: string | undefined;
    institution?: string | undefined;
  },
  language: UiLanguage,
): InputContext {
  const preset = {
    serviceId: form.serviceId,
    planId: form.planId,
    commitmentNumber: form.commitment,
    topic: form.topic,
  };
  return { preset, institutionId: form.institution, language };
}

export type FieldErrors = Partial<Record<FieldName, string>>;

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** True when the preset names exactly what the schema needs (so the subject field is not shown). */
export function hasPreset(preset: PresetSubject | undefined): preset is PresetSubject {
  return Boolean(preset && (preset.serviceId || preset.topic || (preset.planId && preset.commitmentNumber)));
}

/** The API input for what the citizen typed. Contact and consent are sent only when they asked to be contacted. */
export function buildInput(values: FeedbackFormValues, context: InputContext): FeedbackInput {
  const preset = context.preset;
  const subject = hasPreset(preset)
    ? preset.serviceId
      ? { serviceId: preset.serviceId }
      : preset.planId && preset.commitmentNumber
        ? { planId: preset.planId, commitmentNumber: preset.commitmentNumber }
        : { topic: preset.topic ?? '' }
    : { topic: values.subject.trim() };
  const contact = values.wantsContact
    ? { name: optional(values.name), email: optional(values.email), phone: optional(values.phone) }
    : undefined;
  const input: FeedbackInput = {
    type: (values.kind || undefined) as FeedbackInput['type'],
    subject,
    message: values.message,
    language: context.language,
  };
  const location = optional(values.location);
  if (location) input.location = location;
  if (context.institutionId) input.institutionId = context.institutionId;
  if (contact) {
    const given = Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined));
    if (Object.keys(given).length) input.contact = given;
    input.consent = values.consent;
  }
  if (values.website) input.website = values.website;
  return input;
}

/** Where an API field path (`contact.email`, `subject.topic`) is shown in the form. */
export function fieldForPath(path: string): FieldName | undefined {
  if (path === 'type') return 'kind';
  if (path === 'subject' || path.startsWith('subject.')) return 'subject';
  if (path.startsWith('contact.')) return fieldForPath(path.slice('contact.'.length));
  return (FIELD_NAMES as readonly string[]).includes(path) ? (path as FieldName) : undefined;
}

/** Maps field messages by API path (the SDK's `fieldErrors`, or a 400 answer's) to the form's fields; first message wins. */
export function toFieldErrors(byPath: Record<string, string[]>): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(byPath)) {
    const field = fieldForPath(path);
    if (field && !out[field] && messages[0]) out[field] = messages[0];
  }
  return out;
}

const EMPTY_CHECKED: Partial<Record<FieldName, keyof FeedbackFormValues>> = {
  subject: 'subject',
  message: 'message',
  kind: 'kind',
};

/**
 * Validates with the SDK's `FeedbackInputSchema` (the same rules the server applies) and returns
 * messages per form field in the language of `messages` (the SDK's, loaded with the block's language).
 * An empty required field says "fill in this field" rather than "write at least 10 characters";
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
  for (const [field, key] of Object.entries(EMPTY_CHECKED) as [FieldName, keyof FeedbackFormValues][]) {
    if (errors[field] && String(values[key]).trim() === '')
      errors[field] = field === 'kind' ? said.choose : said.required;
  }
  if (values.wantsContact && !values.email.trim() && !values.phone.trim() && !errors.email)
    errors.email = contactNeeded;
  if (values.wantsContact && !values.consent && !errors.consent) errors.consent = said.consent_required;
  return { input, errors };
}

/** Errors in the order the fields appear, for the error summary. */
export function orderedErrors(errors: FieldErrors): [FieldName, string][] {
  return FIELD_NAMES.flatMap((field) => (errors[field] ? [[field, errors[field]] as [FieldName, string]] : []));
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
    // Templates with {min}/{max} need numbers the problem body does not carry: say "not valid" instead.
    const key: MessageKey = messages.messages[known].includes('{') ? 'invalid' : known;
    (byPath[String(issue.path ?? '')] ??= []).push(messages.messages[key]);
  }
  const errors = toFieldErrors(byPath);
  return Object.keys(errors).length ? errors : undefined;
}

/** `topics` attribute: a JSON array, or topics separated by `|` (commas are common inside topics). */
export function topicsFromAttribute(value: string | null): string[] {
  if (!value) return [];
  if (value.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed))
        return parsed.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
    } catch {
      // Not JSON after all: read it as the separator form.
    }
  }
  return value
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);
}
