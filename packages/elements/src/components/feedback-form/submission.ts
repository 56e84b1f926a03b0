import { newIdempotencyKey, type FeedbackReceipt } from '@hapur/sdk';
import type { ReactiveElement } from 'lit';
import { HapurErrorEvent, HapurQueuedEvent, HapurSubmitEvent, HapurSubmittedEvent } from '../../events/index.js';
import { missingSourceError } from '../../internal/describe-error.js';
import { focusAfterUpdate } from '../../internal/focus.js';
import { isTransient, rateLimitSeconds, type DeliveryResult } from './delivery.js';
import type { FeedbackClient, FeedbackFormValues, FeedbackKind, FormState } from './feedback-form.types.js';
import type { FieldErrors } from './input.js';
import type { OutboxController } from './outbox-controller.js';
import * as lazy from './checks-loader.js';

/** What the submission needs from the form (its internal members). */
export interface SubmissionHost extends ReactiveElement {
  /** What the citizen typed: queued with a message that waits, brought back when a queued one is refused. */
  values: FeedbackFormValues;
  /** The client to send with, or undefined when none is configured. */
  sender(): FeedbackClient | undefined;
  /** The values checked with the SDK's schema: the input to send, or the problems. */
  check(checks: lazy.Checks): ReturnType<lazy.Checks['validateValues']>;
  /** Shows these problems beside their fields and in the error summary; `refused`: the server's. */
  showErrors(errors: FieldErrors, refused?: boolean): void;
  /** Empties the form (and its draft) for a new message. */
  clearForm(): void;
  toggleState(name: string, on: boolean): void;
}

/**
 * The form's submission flow: checks the values, fires the cancelable `hapur-submit`, sends with one idempotency key
 * per message (a changed message gets a new one), keeps the message in the outbox when sending fails for a while,
 * and holds how the last send went (`state`, `receipt`, the failure), which the form shows.
 * @internal
 */
export class FormSubmission {
  /** What the form is showing: editing, sending, saved for later, done, or refused. */
  state: FormState = 'editing';
  receipt: FeedbackReceipt | undefined;
  /** The receipt is of a queued message, delivered later. */
  fromQueue = false;
  retryAfter: number | undefined;
  /** What the last send failed with: the notice quotes its request id. */
  failure: unknown;

  readonly #host: SubmissionHost;
  readonly #queue: OutboxController;
  /** The form's language now (the checks' messages). */
  readonly #lang: () => string;
  #submitting = false;
  #pendingKey: string | undefined;

  constructor(host: SubmissionHost, queue: OutboxController, lang: () => string) {
    this.#host = host;
    this.#queue = queue;
    this.#lang = lang;
  }

  set(next: FormState): void {
    this.state = next;
    this.#host.toggleState('submitting', next === 'submitting');
    this.#host.toggleState('queued', next === 'queued');
    this.#host.toggleState('error', next === 'error' || next === 'rate-limited');
    this.#host.requestUpdate();
  }

  /** The citizen changed the message: a new submission (a new idempotency key); a failure's notice goes. */
  edited(): void {
    this.#pendingKey = undefined;
    if (this.state === 'error' || this.state === 'rate-limited') this.set('editing');
  }

  /** "Send another message": the receipt goes, the form is back. */
  another(): void {
    this.receipt = undefined;
    this.set('editing');
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    // Set before any await: a double click (or Enter twice) reaches here once.
    if (this.#submitting) return;
    this.#submitting = true;
    const lang = this.#lang();
    if (!lazy.loadedChecks(lang)) this.set('submitting');
    // Checks that cannot load (offline before the first use) check nothing: the send finds no network either and the
    // message waits in the outbox, checked by the server on delivery (`lazy.noChecks`).
    await lazy.withChecks(lang, (c) => this.#send(c), lazy.noChecks).finally(() => (this.#submitting = false));
  }

  /** The outbox's report on a queued message of this form. */
  delivered(result: DeliveryResult): void {
    if (result.outcome === 'sent') return this.#succeed(result.receipt, result.entry.input.type, true);
    if (result.outcome === 'kept') return this.set('queued');
    this.#host.values = { ...result.entry.values, website: '' };
    this.#pendingKey = undefined;
    void lazy.checksTried(this.#lang()).then(() => this.#fail(result.error));
  }

  async #send(checks: lazy.Checks): Promise<void> {
    const host = this.#host;
    const { input, errors } = host.check(checks);
    const invalid = Object.keys(errors).length > 0;
    host.showErrors(errors);
    host.toggleState('invalid', invalid);
    if (invalid) {
      this.set('editing');
      await focusAfterUpdate(host, '.error-summary');
      return;
    }
    // Cancelled: back to editing (a first send waiting for the checks showed the form as sending).
    if (!host.dispatchEvent(new HapurSubmitEvent({ kind: input.type }))) return this.set('editing');
    const client = host.sender();
    if (!client) {
      this.#fail(missingSourceError('No API configured: set api, a client, or wrap the form in <hapur-provider api>'));
      return;
    }
    const key = (this.#pendingKey ??= newIdempotencyKey());
    this.set('submitting');
    try {
      const receipt = await client.submitFeedback(input, { idempotencyKey: key });
      this.#succeed(receipt, input.type, false);
    } catch (error) {
      if (!isTransient(error)) return this.#fail(error);
      await this.#queue.queue(key, input, host.values, error);
      // It waits on the device; the form stays, empty, for another message.
      this.#clear();
      this.set('queued');
      void focusAfterUpdate(host, '[part="notice"]');
      const reason = (error as { name?: string }).name === 'NetworkError' ? 'network' : 'server';
      host.dispatchEvent(new HapurQueuedEvent({ kind: input.type, reason }));
    }
  }

  #clear(): void {
    this.#pendingKey = undefined;
    this.#host.clearForm();
  }

  #succeed(receipt: FeedbackReceipt, kind: FeedbackKind, fromQueue: boolean): void {
    this.receipt = receipt;
    this.fromQueue = fromQueue;
    // A queued message delivered later leaves alone what is being written meanwhile (and its draft):
    // "send another" brings it back.
    if (!fromQueue) this.#clear();
    this.set('success');
    const { reference, statusToken, respondBy } = receipt;
    this.#host.dispatchEvent(new HapurSubmittedEvent({ kind, reference, statusToken, respondBy, fromQueue }));
    // Not from a field of the message being written meanwhile: its next keys would be lost.
    if (!fromQueue || !(this.#host.shadowRoot?.activeElement as HTMLInputElement | null)?.form)
      void focusAfterUpdate(this.#host, '[part="receipt"]');
  }

  #fail(error: unknown): void {
    const seconds = rateLimitSeconds((this.failure = error));
    this.retryAfter = seconds === false ? undefined : seconds;
    const lang = this.#lang();
    const checks = lazy.loadedChecks(lang);
    const fields = checks?.serverFieldErrors(error, checks.messagesIn(lang));
    if (fields) this.#host.showErrors(fields, true);
    this.set(seconds === false ? 'error' : 'rate-limited');
    this.#host.dispatchEvent(new HapurErrorEvent({ error }));
    void focusAfterUpdate(this.#host, fields ? '.error-summary' : '[part="notice"]');
  }
}
