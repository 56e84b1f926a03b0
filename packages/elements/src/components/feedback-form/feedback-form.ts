import type { LocalizedText } from '@hapur/sdk';
import { focusAfterUpdate } from '../../internal/focus.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { renderLanguagePending } from '../../internal/render-state.js';
import type { DeliveryResult } from './delivery.js';
import { DraftStore } from './draft-store.js';
import { feedbackWrites } from '../../internal/client/feedback-writes.js';
import { pickClient } from '../../internal/client/registry.js';
import { FieldTracker } from './field-tracker.js';
import { GuidingQuestions } from './guiding-questions.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './feedback-form.styles.js';
import { EMPTY_VALUES } from './feedback-form.types.js';
import type { FeedbackClient, FeedbackFormValues, FeedbackKind, FieldName } from './feedback-form.types.js';
import { topicsConverter } from './form-fields.js';
import type { OutboxStore } from './outbox.js';
import { OutboxController } from './outbox-controller.js';
import { renderForm, type FormHandlers } from './render-form.js';
import { copyText } from './result-panels.js';
import { FormSubmission, type SubmissionHost } from './submission.js';
import { catalogues, formText } from './feedback-form.translations.js';
import { inputContextOf, messageLanguage, type FieldErrors } from './input.js';
import * as lazy from './checks-loader.js';

/**
 * A form for citizens to send a request, feedback, a proposal or an issue report to an institution,
 * anonymously by default. Validates with the SDK's schema (error summary plus messages beside each
 * field), keeps a draft in `sessionStorage`, queues the message in IndexedDB when the network or the
 * server fails and sends it later with the same idempotency key, and shows the tracking code after.
 *
 * A form with no subject of its own (no `service-id`, `topic` or `commitment`) takes the commitment from the
 * page's address, `?plan=<plan id>&commitment=<number>`, as a commitment tracker's "Give feedback" link writes it
 * (`feedback-href`), and says which commitment the message is about. Both must be valid (an id and a number as the
 * SDK's schemas write them, `plan` before `commitment`; with `plan-id` set, the same plan), else the address is
 * ignored.
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
export class HapurFeedbackForm extends HapurElement implements SubmissionHost {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues; // the SDK's validation messages load with its checks (checks-loader.ts)

  static override properties = {
    serviceId: { attribute: 'service-id' },
    planId: { attribute: 'plan-id' },
    commitment: {},
    topic: {},
    topics: { converter: topicsConverter },
    institution: {},
    kind: {},
    privacyUrl: { attribute: 'privacy-url' },
    statusUrl: { attribute: 'status-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    guidingQuestions: { attribute: false },
    outbox: { attribute: false },
    values: { state: true },
    errors: { state: true },
    showSummary: { state: true },
    summaryErrors: { state: true },
    copyState: { state: true },
    draftRestored: { state: true },
  };

  /** A configured SDK client (set from JavaScript); overrides `api`. */
  declare client: FeedbackClient | undefined;
  /** The message is about this public service (id); the subject field is not shown. */
  serviceId: string | undefined;
  /** With `commitment`: the message is about this commitment of this plan. Unset: the page address's `?plan=` (see above). */
  planId: string | undefined;
  /** Commitment number within `plan-id`, e.g. `3` or `2.1`. Unset: the page address's `&commitment=` (see above). */
  commitment: string | undefined;
  /** A fixed topic chosen by the host page; the subject field is not shown. */
  topic: string | undefined;
  /** Topics the citizen chooses from (`|`-separated in the attribute, or a JSON array). */
  topics: string[] = [];
  /** Institution the message goes to (id), when the subject alone does not say. */
  institution: string | undefined;
  /** The kind selected at first: `request`, `feedback`, `proposal` or `issue_report`. */
  kind: FeedbackKind | undefined;
  /** Link to the host's full privacy policy, shown next to the contact consent. */
  privacyUrl: string | undefined;
  /** Status page template; `{token}` and `{reference}` are replaced, e.g. `/status?token={token}`. */
  statusUrl: string | undefined;
  /** Heading level of the form's title, to fit the page's outline (2–6). */
  headingLevel = 2;
  /** Questions shown as help (e.g. a draft plan's `consultation.guidingQuestions`); loaded from the plan when unset. */
  guidingQuestions: LocalizedText[] | undefined;
  /** Where queued messages are kept (IndexedDB by default; tests pass their own). */
  outbox: OutboxStore | undefined;

  /** What the citizen typed or chose. @internal */
  values: FeedbackFormValues = { ...EMPTY_VALUES };
  private errors: FieldErrors = {};
  private showSummary = false;
  // The summary lists the problems of the last submit until the next one (as on GOV.UK), so it does not shift the form.
  private summaryErrors: FieldErrors = {};
  private copyState: '' | 'copied' | 'failed' = '';
  private draftRestored = false;

  /** Which messages to show when: fields edited so far, fields the server refused. */
  readonly #fields = new FieldTracker();
  #draft: DraftStore | undefined;
  readonly #queue = new OutboxController(this);
  readonly #submission = new FormSubmission(this, this.#queue, () => this.localize.lang);
  readonly #handlers: FormHandlers = {
    submit: (event) => void this.#submission.submit(event),
    input: (event) => this.#handleInput(event),
    focusOut: (event) => {
      const field = this.#fields.leave(event);
      if (field) this.#revalidate(field);
    },
    onCopy: async () => {
      const { receipt } = this.#submission;
      if (receipt) this.copyState = await copyText(receipt.statusToken);
    },
    onAnother: () => {
      this.#submission.another();
      this.copyState = '';
      this.draftRestored = false;
      if (this.kind) this.values = { ...this.values, kind: this.kind };
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

  /** @internal */
  check(checks: lazy.Checks): ReturnType<lazy.Checks['validateValues']> {
    return checks.validateValues(
      this.values,
      inputContextOf(this, messageLanguage(this.requestedLang, this.localize.lang)),
      checks.messagesIn(this.localize.lang),
      formText(this.localize).contactNeeded,
    );
  }

  protected override firstUpdated(): void {
    void this.flushQueue();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A new language: the messages on screen, the summary's too, are said again in it.
    if (changed.has('requestedLang') && Object.keys(this.errors).length) this.#revalidate(undefined, true);
    // First render: restore the draft (or preset the kind) before anything is drawn, without a second update.
    if (!this.#draft) {
      // The commitment a tracker's link names (request-feedback.ts: `plan`, then `commitment`), for a form with no
      // subject of its own; only an id and a number by the SDK's rules (IdSchema, commitmentNumber()), else nothing.
      const link = /[?&]plan=([a-z\d]([a-z\d._-]{0,118}[a-z\d])?)&commitment=(\d+(\.\d+)*)(&|$)/.exec(location.search);
      if (link && !(this.serviceId || this.topic || this.commitment) && (this.planId ??= link[1]) === link[1])
        this.commitment = link[3];
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
    this.#submission.delivered(result);
  }

  #handleInput(event: Event): void {
    const change = this.#fields.input(this.values, event.target as HTMLInputElement);
    if (!change) return;
    this.values = change.values;
    this.#draft?.save(this.values);
    this.#submission.edited();
    if (change.check) this.#revalidate(change.check === 'all' ? undefined : change.check);
  }

  /**
   * Drops messages the citizen has fixed, and shows `field`'s own message (on leaving it, or on a choice); with
   * `summary` (a new language), the error summary's messages are said again too (those fixed meanwhile go).
   */
  #revalidate(field?: FieldName, summary?: true): void {
    void lazy.withChecks(this.localize.lang, (c) => {
      const fresh = this.check(c).errors;
      this.errors = this.#fields.shown(this.errors, fresh, field);
      if (summary) this.summaryErrors = this.#fields.shown(this.summaryErrors, fresh);
    });
  }

  /** @internal */
  showErrors(errors: FieldErrors, refused = false): void {
    this.errors = errors;
    this.summaryErrors = errors;
    if (refused) this.#fields.refuse(errors);
    this.showSummary = Object.keys(errors).length > 0;
  }

  /** Empties the form (and its draft) for a new message; the kind set on the element stays chosen. @internal */
  clearForm(): void {
    this.values = this.kind ? { ...EMPTY_VALUES, kind: this.kind } : { ...EMPTY_VALUES };
    this.errors = {};
    this.showSummary = false;
    this.#fields.reset();
    this.#draft?.clear();
  }

  protected override render() {
    // Its strings come with the page's language (one chunk per language), like every block's.
    if (!this.localize.ready) return renderLanguagePending();
    const level = Math.min(6, Math.max(2, this.headingLevel));
    const { statusUrl, copyState } = this;
    const { state, receipt, fromQueue, retryAfter, failure } = this.#submission;
    return renderForm({
      localize: this.localize,
      level,
      state,
      receipt: receipt && { receipt, fromQueue, statusUrl, copyState, level, ...this.#handlers },
      summary: this.showSummary ? this.summaryErrors : undefined,
      retryAfter,
      failure,
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
        submitting: state === 'submitting',
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-feedback-form': HapurFeedbackForm;
  }
}
