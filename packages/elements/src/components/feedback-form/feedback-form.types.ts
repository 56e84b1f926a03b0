import { FEEDBACK_TYPES, type FeedbackType, type HapurClient } from '@hapur/sdk';

/**
 * What the form calls on its `client`: `submitFeedback`, and `getPlan` for a draft plan's guiding
 * questions when it has it (help only). A `createClient()` result fits as is.
 */
export type FeedbackClient = Pick<HapurClient, 'submitFeedback'> & Partial<Pick<HapurClient, 'getPlan'>>;

/** The kinds of message a citizen can send, in the order the form offers them. */
export const FEEDBACK_KINDS = FEEDBACK_TYPES;
export type FeedbackKind = FeedbackType;

/** What the form is showing: editing (with or without errors), sending, saved for later, done, or refused. */
export const FORM_STATES = ['editing', 'submitting', 'queued', 'success', 'error', 'rate-limited'] as const;
export type FormState = (typeof FORM_STATES)[number];

/** Form fields that can carry an error, in the order they appear (the error summary follows it). */
export const FIELD_NAMES = ['kind', 'subject', 'message', 'location', 'name', 'email', 'phone', 'consent'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Longest message the API accepts (FeedbackInputSchema). */
export const MESSAGE_MAX = 5000;

/** Everything the citizen typed or chose, as plain values (what the draft keeps). */
export interface FeedbackFormValues {
  kind: FeedbackKind | '';
  subject: string;
  message: string;
  location: string;
  wantsContact: boolean;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  /** The honeypot: people never see it, so anything in it came from a bot. */
  website: string;
}

export const EMPTY_VALUES: FeedbackFormValues = {
  kind: '',
  subject: '',
  message: '',
  location: '',
  wantsContact: false,
  name: '',
  email: '',
  phone: '',
  consent: false,
  website: '',
};

/** A subject preset by the host page through attributes (one service, one commitment, or one topic). */
export interface PresetSubject {
  serviceId?: string | undefined;
  planId?: string | undefined;
  commitmentNumber?: string | undefined;
  topic?: string | undefined;
}
