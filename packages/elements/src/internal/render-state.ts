import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { DataController } from './controllers/data.js';
import type { LocalizeController } from './controllers/localize.js';
import { describeError } from './describe-error.js';

/**
 * The block's box while its language's strings are still arriving (a few hundred milliseconds on a slow
 * line): room is kept and the page does not jump, but there are no words yet to say "loading" with.
 * @internal
 */
export function renderLanguagePending(): TemplateResult {
  return html`<div class="state state--language" part="base" aria-busy="true"><span class="skeleton"></span></div>`;
}

/**
 * The request id the server gave a failed request (`HttpError.requestId`, from `X-Request-Id` or the problem
 * document), as text a reader can select and quote to support; inside the alert, so it is read with the error.
 * Nothing when the server gave none (a network failure, a static file).
 * @internal
 */
export function requestIdLine(error: unknown, label: string): TemplateResult | typeof nothing {
  const id = (error as { requestId?: string } | undefined)?.requestId;
  return id ? html`<p class="state__text">${label} <code>${id}</code></p>` : nothing;
}

/**
 * The retry button goes away with the error it answers: once the block has loaded again (or failed again), focus
 * goes to the block's frame, unless the reader has moved on meanwhile (focus no longer on the page's body).
 * @internal
 */
export async function retry(data: { reload(): Promise<void> }, button: Element): Promise<void> {
  const root = button.getRootNode() as ShadowRoot;
  await data.reload();
  await (root.host as ReactiveElement).updateComplete;
  const base = root.querySelector<HTMLElement>('[part="base"]');
  if (base && document.activeElement === document.body) {
    base.tabIndex = -1;
    base.focus();
  }
}

/**
 * The loading, error and empty views every data block shares; `undefined` when the data is there.
 * Loading is announced politely; an error is announced once and offers a retry button, which keeps the reader's
 * focus in the block when it goes.
 * @internal
 */
export function renderDataState<T>(
  data: DataController<T>,
  localize: LocalizeController,
  emptyText: string,
): TemplateResult | undefined {
  const t = localize.t;
  switch (data.status) {
    case 'idle':
    case 'loading':
      return html`<div class="state" part="base" aria-busy="true">
        <p class="state__text" role="status">${t.loading}</p>
        <span class="skeleton"></span>
      </div>`;
    case 'error':
      return html`<div class="state state--error" part="base" role="alert">
        <p class="state__title">${t.errorTitle}</p>
        <p class="state__text">${describeError(data.error, localize)}</p>
        ${requestIdLine(data.error, t.errorReference)}
        ${
          (data.error as { name?: string } | undefined)?.name === 'MissingSourceError'
            ? nothing
            : html`<button
                type="button"
                part="retry-button"
                @click=${(event: Event) => void retry(data, event.currentTarget as Element)}
              >
                ${t.retry}
              </button>`
        }
      </div>`;
    case 'empty':
      return html`<div class="state" part="base"><p class="state__text">${emptyText}</p></div>`;
    default:
      return undefined;
  }
}
