import { consume } from '@lit/context';
import { newIdempotencyKey, type FeedbackReceipt, type LocalizedText } from '@hapur/sdk';
import { property, state } from 'lit/decorators.js';
import { HapurErrorEvent, HapurQueuedEvent, HapurSubmitEvent, HapurSubmittedEvent } from '../../events/index.js';
import { hapurConfigContext, type HapurConfig } from '../../internal/context.js';
import { missingSourceError } from '../../internal/describe-error.js';
import { focusAfterUpdate } from '../../internal/focus.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { renderLanguagePending } from '../../internal/render-state.js';
import { isTransient, rateLimitSeconds, type DeliveryResult } from './delivery.js';
import { DraftStore } from './draft-store.js';
import { feedbackWrites } from '../../internal/client/feedback-writes.js';
import { pickClient } from '../../internal/client/registry.js';
import { FieldTracker } from './field-tracker.js';
import { GuidingQuestions } from './guiding-questions.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './feedback-form.styles.js';
import { EMPTY_VALUES } from './feedback-form.types.js';
import type { FeedbackClient, FeedbackFormValues, FeedbackKind, FieldName, FormState } from './feedback-form.types.js';
import { topicsConverter } from './form-fields.js';
import type { OutboxStore } from './outbox.js';
import { OutboxController } from './outbox-controller.js';
import { renderForm, type FormHandlers } from './render-form.js';
import { copyText } from './result-panels.js';
import { catalogues, formText } from './feedback-form.translations.js';
import { inputContextOf, type FieldErrors } from './input.js';
import * as lazy from './checks-loader.js';

/**
 * A form for citizens to send a request, feedback, a proposal or an issue report to an institution,
 * anonymously by default. Validates with the SDK's schema (error summary plus messages beside each
 * field), keeps a draft in `sessionStorage`, queues the message in IndexedDB when the network or the
 * server fails and sends it later with the same idempotency key, and shows the tracking code after.
 *
 * @summary Citizen feedback form: kind, subject, message, optional location and contact, tracking code.
 * @customElement hapur-feedback-form
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurSubmitEvent} hapur-submit - The form is valid and about to be sent; cancel it to stop. `detail.kind`.
 * @event {HapurSubmittedEvent} hapur-submitted - The server accepted the message; `detail.reference`, `detail.statusToken`, `detail.respondBy`, `detail.fromQueue`.
 * @event {HapurQueuedEvent} hapur-queued - Sending failed (offline or server error); the message is saved and will be sent later. `detail.reason`.
 * @event {HapurErrorEvent} hapur-error - Sending failed for another reason (rate limit, refused, no API configured); `detail.error` is the SDK error.
 *
 * @csspart base - The wrapper around the form or the result.
 * @csspart title - The form's heading.
 * @csspart error-summary - The box listing every problem after a failed submit.
 * @csspart field - Each field's wrapper.
 * @csspart field-error - A field's error message.
 * @csspart control - Each input, select and textarea.
 * @csspart guiding-questions - The help with questions for a draft commitment.
 * @csspart submit-button - The send button.
 * @csspart notice - The queued, rate-limited or error message.
 * @csspart receipt - The confirmation with the codes.
 * @csspart reference - The reference.
 * @csspart status-token - The tracking code.
 * @csspart copy-button - The copy button.
 * @csspart status-link - The link to the status page.
 * @csspart respond-by - The answer deadline.
 * @csspart another-button - The "send another message" button.
 *
 * @cssstate submitting - The message is being sent.
 * @cssstate invalid - The last submit found errors.
 * @cssstate queued - The message is saved on the device, waiting to be sent.
 * @cssstate error - Sending failed (including a rate limit).
 *
 * @cssproperty --hapur-feedback-form-accent-color - Submit button and focus accents.
 * @cssproperty --hapur-feedback-form-error-color - Error summary border and field errors.
 * @cssproperty --hapur-feedback-form-success-color - Border of the confirmation.
 * @cssproperty --hapur-feedback-form-reserve - Height kept while the language's strings arrive (e.g. `60rem`, as the page reserves before the block is defined), so the content below does not shift; default `auto`.
 * @cssproperty --hapur-feedback-form-background - Background of the form.
 */
export class HapurFeedbackForm extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues; // the SDK's validation messages load with its checks (checks-loader.ts)

  /** A configured SDK client (set from JavaScript); overrides `api`. */
  declare client: FeedbackClient | undefined;
  /** The message is about this public service (id); the subject field is not shown. */
  @property({ attribute: 'service-id' }) serviceId: string | undefined;
  /** With `commitment`: the message is about this commitment of this plan. */
  @property({ attribute: 'plan-id' }) planId: string | undefined;
  /** Commitment number within `plan-id`, e.g. `3` or `2.1`. */
  @property() commitment: string | undefined;
  /** A fixed topic chosen by the host page; the subject field is not shown. */
  @property() topic: string | undefined;
  /** Topics the citizen chooses from (`|`-separated in the attribute, or a JSON array). */
  @property({ converter: topicsConverter }) topics: string[] = [];
  /** Institution the message goes to (id), when the subject alone does not say. */
  @property() institution: string | undefined;
  /** The kind selected at first: `request`, `feedback`, `proposal` or `issue_report`. */
  @property() kind: FeedbackKind | undefined;
  /** Link to the host's full privacy policy, shown next to the contact consent. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | undefined;
  /** Status page template; `{token}` and `{reference}` are replaced, e.g. `/status?token={token}`. */
  @property({ attribute: 'status-url' }) statusUrl: string | undefined;
  /** Heading level of the form's title, to fit the page's outline (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Questions shown as help (e.g. a draft plan's `consultation.guidingQuestions`); loaded from the plan when unset. */
  @property({ attribute: false }) guidingQuestions: LocalizedText[] | undefined;
  /** Where queued messages are kept (IndexedDB by default; tests pass their own). */
  @property({ attribute: false }) outbox: OutboxStore | undefined;

  @consume({ context: hapurConfigContext, subscribe: true })
  protected config: HapurConfig | undefined;

  @state() private values: FeedbackFormValues = { ...EMPTY_VALUES };
  @state() private errors: FieldErrors = {};
  @state() private showSummary = false;
  // The summary lists the problems of the last submit until the next one (as on GOV.UK), so it does not shift the form.
  @state() private summaryErrors: FieldErrors = {};
  @state() private formState: FormState = 'editing';
  @state() private receipt: FeedbackReceipt | undefined;
  @state() private fromQueue = false;
  @state() private retryAfter: number | undefined;
  #failure: unknown; // what the last send failed with: the notice quotes its request id
  @state() private copyState: '' | 'copied' | 'failed' = '';
  @state() private draftRestored = false;

  /** Which messages to show when: fields edited so far, fields the server refused. */
  readonly #fields = new FieldTracker();
  #submitting = false;
  #pendingKey: string | undefined;
  #draft: DraftStore | undefined;
  readonly #queue = new OutboxController(this);
  readonly #handlers: FormHandlers = {
    submit: (event) => void this.#handleSubmit(event),
    input: (event) => this.#handleInput(event),
    focusOut: (event) => {
      const field = this.#fields.leave(event);
      if (field) this.#revalidate(field);
    },
    onCopy: async () => {
      if (this.receipt) this.copyState = await copyText(this.receipt.statusToken);
    },
    onAnother: () => {
      this.receipt = undefined;
      this.copyState = '';
      this.draftRestored = false;
      if (this.kind) this.values = { ...this.values, kind: this.kind };
      this.#setFormState('editing');
      void focusAfterUpdate(this, '[part="title"]');
    },
    firstUse: () => lazy.loadChecksSoon(this.localize.lang),
  };
  /** A draft plan's guiding questions (seed 004), when the page gave none. */
  readonly #questions = new GuidingQuestions(this, () => this.sender());

  /** Identifies this form's configuration: its draft and its queued messages are kept under it. */
  get formKey(): string {
    // join() writes an unset (undefined) part as empty.
    return [this.id, this.serviceId, this.planId, this.commitment, this.topic, this.institution].join('|');
  }

  /** @internal */
  get outboxScope(): string {
    return this.api ?? this.config?.api ?? '';
  }

  #validate(checks: lazy.Checks): ReturnType<lazy.Checks['validateValues']> {
    return checks.validateValues(
      this.values,
      inputContextOf(this, this.localize.lang),
      checks.messagesIn(this.localize.lang),
      formText(this.localize).contactNeeded,
    );
  }

  protected override firstUpdated(): void {
    void this.flushQueue();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // First render: restore the draft (or preset the kind) before anything is drawn, without a second update.
    if (!this.#draft) {
      this.#draft = new DraftStore(this.formKey);
      const saved = this.#draft.load();
      this.draftRestored = saved !== undefined;
      this.values = saved ?? (this.kind ? { ...this.values, kind: this.kind } : this.values);
    }
  }

  /** Sends messages queued on this device for this API (also runs on load and when the connection returns). */
  flushQueue(): Promise<void> {
    return this.#queue.flush();
  }

  /** @internal */
  sender(): FeedbackClient | undefined {
    return pickClient(feedbackWrites, this.client, this.api, this.config);
  }

  /** @internal */
  delivered(result: DeliveryResult): void {
    if (result.outcome === 'sent') return this.#succeed(result.receipt, result.entry.input.type, true);
    if (result.outcome === 'kept') return this.#setFormState('queued');
    this.values = { ...result.entry.values, website: '' };
    this.#pendingKey = undefined;
    void lazy.checksTried(this.localize.lang).then(() => this.#fail(result.error));
  }

  #setFormState(next: FormState): void {
    this.formState = next;
    this.toggleState('submitting', next === 'submitting');
    this.toggleState('queued', next === 'queued');
    this.toggleState('error', next === 'error' || next === 'rate-limited');
  }

  #handleInput(event: Event): void {
    const change = this.#fields.input(this.values, event.target as HTMLInputElement);
    if (!change) return;
    this.values = change.values;
    // A changed message is a new submission: it gets a new idempotency key.
    this.#pendingKey = undefined;
    this.#draft?.save(this.values);
    if (this.formState === 'error' || this.formState === 'rate-limited') this.#setFormState('editing');
    if (change.check) this.#revalidate(change.check === 'all' ? undefined : change.check);
  }

  /** Drops messages the citizen has fixed, and shows `field`'s own message (on leaving it, or on a choice). */
  #revalidate(field?: FieldName): void {
    const show = (c: lazy.Checks) => (this.errors = this.#fields.shown(this.errors, this.#validate(c).errors, field));
    void lazy.withChecks(this.localize.lang, show);
  }

  async #handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    // Set before any await: a double click (or Enter twice) reaches here once.
    if (this.#submitting) return;
    this.#submitting = true;
    const lang = this.localize.lang;
    if (!lazy.loadedChecks(lang)) this.#setFormState('submitting');
    // Checks that cannot load (offline before the first use) check nothing: the send finds no network either and the
    // message waits in the outbox, checked by the server on delivery (`lazy.noChecks`).
    await lazy.withChecks(lang, (c) => this.#submit(c), lazy.noChecks).finally(() => (this.#submitting = false));
  }

  async #submit(checks: lazy.Checks): Promise<void> {
    const { input, errors } = this.#validate(checks);
    this.errors = errors;
    this.summaryErrors = errors;
    this.showSummary = Object.keys(errors).length > 0;
    this.toggleState('invalid', this.showSummary);
    if (this.showSummary) {
      this.#setFormState('editing');
      await focusAfterUpdate(this, '.error-summary');
      return;
    }
    // Cancelled: back to editing (a first send waiting for the checks showed the form as sending).
    if (!this.dispatchEvent(new HapurSubmitEvent({ kind: input.type }))) return this.#setFormState('editing');
    const client = this.sender();
    if (!client) {
      this.#fail(missingSourceError('No API configured: set api, a client, or wrap the form in <hapur-provider api>'));
      return;
    }
    const key = (this.#pendingKey ??= newIdempotencyKey());
    this.#setFormState('submitting');
    try {
      const receipt = await client.submitFeedback(input, { idempotencyKey: key });
      this.#succeed(receipt, input.type, false);
    } catch (error) {
      if (!isTransient(error)) return this.#fail(error);
      await this.#queue.queue(key, input, this.values, error);
      // It waits on the device; the form stays, empty, for another message.
      this.#clearForm();
      this.#setFormState('queued');
      void focusAfterUpdate(this, '[part="notice"]');
      const reason = (error as { name?: string }).name === 'NetworkError' ? 'network' : 'server';
      this.dispatchEvent(new HapurQueuedEvent({ kind: input.type, reason }));
    }
  }

  /** Empties the form (and its draft) for a new message; the kind set on the element stays chosen. */
  #clearForm(): void {
    this.values = this.kind ? { ...EMPTY_VALUES, kind: this.kind } : { ...EMPTY_VALUES };
    this.errors = {};
    this.showSummary = false;
    this.#pendingKey = undefined;
    this.#fields.reset();
    this.#draft?.clear();
  }

  #succeed(receipt: FeedbackReceipt, kind: FeedbackKind, fromQueue: boolean): void {
    this.receipt = receipt;
    this.fromQueue = fromQueue;
    // A queued message delivered later leaves alone what is being written meanwhile (and its draft):
    // "send another" brings it back.
    if (!fromQueue) this.#clearForm();
    this.#setFormState('success');
    const { reference, statusToken, respondBy } = receipt;
    this.dispatchEvent(new HapurSubmittedEvent({ kind, reference, statusToken, respondBy, fromQueue }));
    void focusAfterUpdate(this, '[part="receipt"]');
  }

  #fail(error: unknown): void {
    const seconds = rateLimitSeconds((this.#failure = error));
    this.retryAfter = seconds === false ? undefined : seconds;
    const checks = lazy.loadedChecks(this.localize.lang);
    const fields = checks?.serverFieldErrors(error, checks.messagesIn(this.localize.lang));
    if (fields) {
      this.errors = fields;
      this.summaryErrors = fields;
      this.#fields.refuse(fields);
      this.showSummary = true;
    }
    this.#setFormState(seconds === false ? 'error' : 'rate-limited');
    this.dispatchEvent(new HapurErrorEvent({ error }));
    void focusAfterUpdate(this, fields ? '.error-summary' : '[part="notice"]');
  }

  protected override render() {
    // Its strings come with the page's language (one chunk per language), like every block's.
    if (!this.localize.ready) return renderLanguagePending();
    const level = Math.min(6, Math.max(2, this.headingLevel));
    const { receipt, fromQueue, statusUrl, copyState } = this;
    return renderForm({
      localize: this.localize,
      level,
      state: this.formState,
      receipt: receipt && { receipt, fromQueue, statusUrl, copyState, level, ...this.#handlers },
      summary: this.showSummary ? this.summaryErrors : undefined,
      retryAfter: this.retryAfter,
      failure: this.#failure,
      root: this.renderRoot,
      on: this.#handlers,
      fields: {
        t: formText(this.localize),
        values: this.values,
        errors: this.errors,
        preset: inputContextOf(this, this.localize.lang).preset,
        topics: this.topics,
        questions: this.guidingQuestions ?? this.#questions.value,
        privacyUrl: this.privacyUrl,
        lang: this.localize.lang,
        transliteration: this.localize.t.transliteration,
        draftRestored: this.draftRestored,
        submitting: this.formState === 'submitting',
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-feedback-form': HapurFeedbackForm;
  }
}
