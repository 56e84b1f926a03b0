import type { FeedbackReceipt } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { FormState } from './feedback-form.types.js';
import type { FormStrings } from './feedback-form.translations.js';
import { pageLink } from '../../internal/safe-url.js';
import { requestIdLine } from '../../internal/render-state.js';

export interface ReceiptView {
  receipt: FeedbackReceipt;
  fromQueue: boolean;
  statusUrl: string | undefined;
  copyState: '' | 'copied' | 'failed';
  level: number;
  onCopy: () => void;
  onAnother: () => void;
}

/** Fills a `status-url` template: `{token}` and `{reference}` are replaced, URL-encoded. */
export function statusHref(
  template: string | undefined,
  receipt: Pick<FeedbackReceipt, 'statusToken' | 'reference'>,
): string | undefined {
  const safe = pageLink(template);
  if (!safe) return undefined;
  return safe
    .replaceAll('{token}', encodeURIComponent(receipt.statusToken))
    .replaceAll('{reference}', encodeURIComponent(receipt.reference));
}

/** What the citizen sees after the server accepted the message: the codes to keep, the deadline and where to follow it. */
export function renderReceipt(view: ReceiptView, t: FormStrings, localize: LocalizeController): TemplateResult {
  const { receipt } = view;
  const href = statusHref(view.statusUrl, receipt);
  return html`<section class="panel panel--success" part="receipt" tabindex="-1" aria-labelledby="receipt-title">
    <p class="panel__title" id="receipt-title" role="heading" aria-level=${view.level}>${t.successTitle}</p>
    ${view.fromQueue ? html`<p>${t.queuedDelivered}</p>` : nothing}
    <p>${t.successText}</p>
    <dl class="codes">
      <dt>${t.referenceLabel}</dt>
      <dd><strong part="reference">${receipt.reference}</strong></dd>
      <dt>${t.tokenLabel}</dt>
      <dd>
        <code part="status-token" id="status-token">${receipt.statusToken}</code>
        <button type="button" part="copy-button" @click=${view.onCopy}>${t.copy(t.tokenLabel)}</button>
      </dd>
    </dl>
    <p class="field__hint">${t.tokenHint}</p>
    <p role="status" class="copy-status">
      ${view.copyState === 'copied' ? t.copied : view.copyState === 'failed' ? t.copyFailed : ''}
    </p>
    ${receipt.respondBy ? html`<p part="respond-by">${t.respondBy(localize.ready ? localize.date(receipt.respondBy) : receipt.respondBy.slice(0, 10))}</p>` : nothing}
    ${href ? html`<p><a part="status-link" href=${href}>${t.statusLink}</a></p>` : nothing}
    <button type="button" part="another-button" @click=${view.onAnother}>${t.sendAnother}</button>
  </section>`;
}

/**
 * The message above the form after a failed send: queued (a polite status), rate limited or refused
 * (an alert, with the server's request id to quote to support). Nothing when the error summary already says
 * what is wrong.
 */
export function renderNotice(
  state: FormState,
  t: FormStrings,
  retryAfter: number | undefined,
  summaryShown: boolean,
  failure: unknown,
  reference: string,
): TemplateResult | typeof nothing {
  const message =
    state === 'queued'
      ? html`<p class="notice__title">${t.queuedTitle}</p>
          <p>${t.queuedText} ${t.queuedAnother}</p>`
      : state === 'rate-limited'
        ? html`<p>${t.rateLimited(retryAfter)}</p>`
        : state === 'error' && !summaryShown
          ? html`<p>${t.submitError}</p>
              ${requestIdLine(failure, reference)}`
          : undefined;
  if (!message) return nothing;
  return html`<div
    class="notice notice--${state}"
    part="notice"
    role=${state === 'queued' ? 'status' : 'alert'}
    tabindex="-1"
  >
    ${message}
  </div>`;
}

/** Copies text to the clipboard; says whether it worked (it fails without permission or focus). */
export async function copyText(text: string): Promise<'copied' | 'failed'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
