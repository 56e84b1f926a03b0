import type { FeedbackStatus } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { DataController, type DataTask } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { statusReads } from '../../internal/client/status-reads.js';
import { pickClient, type BlockClient } from '../../internal/client/registry.js';
import { feedbackText, type FeedbackText } from '../../translations/feedback-text.js';
import { catalogues } from './feedback-status.translations.js';
import { chronological, deadlineState, isTokenShaped, takeTokenFromUrl } from './feedback-status.model.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './feedback-status.styles.js';

/**
 * Where a citizen follows a message they sent: enter (or pass) the tracking code and see the
 * current status, the history as a timeline, the answer deadline and whether it was kept, and the
 * institution's official public response. An unknown code gets one clear message and reveals
 * nothing about other messages.
 *
 * @summary Status of one feedback message: timeline, deadline, official response.
 * @customElement hapur-feedback-status
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurLoadEvent} hapur-load - The status loaded and is shown.
 * @event {HapurErrorEvent} hapur-error - Loading failed (`NotFoundError` for an unknown code); `detail.error` is the SDK error.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart token-form - The tracking-code form.
 * @csspart status - The status card.
 * @csspart timeline - The history list.
 * @csspart deadline - The deadline line.
 * @csspart response - The official response.
 * @csspart not-found - The message for an unknown code.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - The status is loading.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-feedback-status-accent-color - Timeline markers and the response border.
 * @cssproperty --hapur-feedback-status-border-color - Card border.
 */
export class HapurFeedbackStatus extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  static override properties = {
    token: {},
    tokenParam: { attribute: 'token-param' },
    headingLevel: { attribute: 'heading-level', type: Number },
    typed: { state: true },
    asked: { state: true },
    inputError: { state: true },
    fromUrl: { state: true },
  };

  /** Tracking code to show; when unset the citizen types it into the labelled field. */
  token: string | undefined;
  /**
   * Read the tracking code from this query parameter of the page URL (e.g. `token`). The block then
   * removes it from the address and the history entry (`history.replaceState`) and keeps it in memory.
   */
  tokenParam: string | undefined;
  /** A configured SDK client (set from JavaScript); overrides `api`. */
  declare client: BlockClient<'getFeedbackStatus'> | undefined;
  /** Heading level of the block's title, to fit the page's outline (2–5). */
  headingLevel = 2;

  /** What the citizen typed; until then the field shows (and Check looks up) the code the page or a link gave. */
  private typed: string | undefined;
  private asked: string | undefined;
  private inputError = false;
  /** The code a status link carried, kept in memory once it is taken out of the page URL. */
  private fromUrl: string | undefined;

  /** Created once there is a code to look up, so the empty form is not a "loading" or "error" state. */
  #data: DataController<FeedbackStatus> | undefined;

  get #text(): FeedbackText {
    return feedbackText(this.localize);
  }

  get #activeToken(): string | undefined {
    return this.asked ?? this.token ?? this.fromUrl;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('tokenParam') && this.tokenParam) this.fromUrl = takeTokenFromUrl(this.tokenParam) ?? this.fromUrl;
    if (!this.#data && this.#activeToken)
      this.#data = new DataController<FeedbackStatus>(this, { task: () => this.#dataTask() });
  }

  #dataTask(): DataTask<FeedbackStatus> | undefined {
    const token = this.#activeToken?.trim() ?? '';
    const client = pickClient(statusReads, this.client, this.api, this.config);
    if (!client) return undefined;
    return { source: 'api', key: token, run: (signal) => client.getFeedbackStatus(token, { signal }) };
  }

  #handleInput(event: Event): void {
    this.typed = (event.target as HTMLInputElement).value;
    if (this.inputError && isTokenShaped(this.typed)) this.inputError = false;
  }

  async #handleSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const typed = this.typed ?? this.#activeToken ?? '';
    if (!isTokenShaped(typed)) {
      this.inputError = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
      return;
    }
    this.inputError = false;
    this.asked = typed.trim();
    if (this.asked === this.#activeToken) this.#data?.reload();
  }

  protected override render() {
    if (!this.localize.ready) return renderLanguagePending();
    const t = this.#text;
    const level = Math.min(5, Math.max(2, this.headingLevel));
    // The result's lookup states are alerts and statuses of their own, outside the polite region (read once each).
    const data = this.#activeToken && !this.inputError ? this.#data : undefined;
    const state =
      data &&
      (data.status === 'error' && (data.error as { name?: string } | undefined)?.name === 'NotFoundError'
        ? html`<div class="state state--error" part="not-found" role="alert">
            <p class="state__text">${t.statusNotFound}</p>
          </div>`
        : renderDataState(data, this.localize, ''));
    return html`<div class="base" part="base" lang=${t.lang}>
      <p class="title" part="title" role="heading" aria-level=${level}>${t.statusTitle}</p>
      ${this.#renderForm(t)}
      <div aria-live="polite">${data?.data && !state ? this.#renderStatus(data.data, t, level + 1) : nothing}</div>
      ${state}
    </div>`;
  }

  #renderForm(t: FeedbackText): TemplateResult {
    const described = `token-hint${this.inputError ? ' token-error' : ''}`;
    return html`<form part="token-form" novalidate @submit=${this.#handleSubmit}>
      <label for="token">${t.tokenInputLabel}</label>
      <p class="hint" id="token-hint">${t.tokenInputHint}</p>
      ${this.inputError ? html`<p class="error" id="token-error"><span class="visually-hidden">${t.errorPrefix}:</span> ${t.tokenFormat}</p>` : nothing}
      <div class="row">
        <input
          id="token"
          name="token"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="off"
          .value=${this.typed ?? this.#activeToken ?? ''}
          aria-describedby=${described}
          aria-invalid=${this.inputError}
          @input=${this.#handleInput}
        />
        <button type="submit">${t.check}</button>
      </div>
    </form>`;
  }

  #renderStatus(status: FeedbackStatus, t: FeedbackText, level: number): TemplateResult {
    const text = new TextRenderer(this.localize);
    const deadline = deadlineState(status);
    const deadlineText = deadline === 'met' ? t.deadlineMet : deadline === 'missed' ? t.deadlineMissed : t.deadlineOpen;
    const response = status.response;
    return html`<article class="card" part="status" aria-labelledby="reference">
      <p class="card__title" id="reference" role="heading" aria-level=${level}>
        ${t.referenceLabel}: <span class="ref">${status.reference}</span>
      </p>
      <dl>
        <dt>${t.currentStatus}</dt>
        <dd><strong>${t.statusName[status.status]}</strong> (${t.kindName[status.type]})</dd>
        <dt>${t.submittedOn}</dt>
        <dd>${this.localize.date(status.submittedAt)}</dd>
        ${
          status.respondBy
            ? html`<dt>${t.deadline}</dt>
                <dd part="deadline" class="deadline deadline--${deadline}">
                  ${this.localize.date(status.respondBy)} — ${deadlineText}
                </dd>`
            : nothing
        }
      </dl>
      <p class="subheading" role="heading" aria-level=${level + 1}>${t.historyTitle}</p>
      <ol class="timeline" part="timeline">
        ${chronological(status.history).map(
          (entry) =>
            html`<li>
              <time datetime=${entry.at}>${this.localize.date(entry.at)}</time>
              <span class="timeline__status">${t.statusName[entry.status]}</span>
              ${entry.note ? html`<span class="timeline__note">${text.inline(entry.note)}</span>` : nothing}
            </li>`,
        )}
      </ol>
      <p class="subheading" role="heading" aria-level=${level + 1}>${t.responseTitle}</p>
      ${
        response
          ? html`<section class="response" part="response" aria-label=${t.responseTitle}>
              <p class="meta">
                ${t.respondedOn(this.localize.date(response.respondedAt))}${
                  response.decision
                    ? html` · ${t.decision}: <strong>${t.decisionName[response.decision] ?? response.decision}</strong>`
                    : nothing
                }
              </p>
              ${text.paragraphs(response.body)}
              ${response.appealInfo ? html`<p class="meta"><strong>${t.appealTitle}:</strong> ${text.inline(response.appealInfo)}</p>` : nothing}
            </section>`
          : html`<p>${t.noResponseYet}</p>`
      }
      ${text.note()}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-feedback-status': HapurFeedbackStatus;
  }
}
