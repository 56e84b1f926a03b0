import type { FeedbackInput, UiLanguage } from '@hapur/sdk';
import { FIELD_NAMES, type FeedbackFormValues, type FieldName, type PresetSubject } from './feedback-form.types.js';

// What the form builds and shows without zod: the input for what was typed, field messages by field. The checks
// against the SDK's schema (`validation.ts`, with zod) load on first use (`checks-loader.ts`).

/** What the host configured that is not typed by the citizen. */
export interface InputContext {
  preset: PresetSubject | undefined;
  institutionId?: string | undefined;
  /** The language the message is recorded in (a BCP 47 tag): see {@link messageLanguage}. */
  language: string;
}

/**
 * The language a message is recorded in, which the institution must answer in: the interface's (`sq-AL` → `sq`), or
 * the page's own language where the interface falls back to English for it (a Macedonian page, `mk-MK`: `mk`, not `en`).
 */
export function messageLanguage(requested: string, ui: UiLanguage): string {
  try {
    return ui === 'en' ? new Intl.Locale(requested).language : ui;
  } catch {
    return ui;
  }
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
  language: string,
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

/** Errors in the order the fields appear, for the error summary. */
export function orderedErrors(errors: FieldErrors): [FieldName, string][] {
  return FIELD_NAMES.flatMap((field) => (errors[field] ? [[field, errors[field]] as [FieldName, string]] : []));
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
