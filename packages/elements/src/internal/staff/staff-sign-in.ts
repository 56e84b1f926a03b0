import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { StaffTranslation } from '../../translations/staff/index.js';
import { NOTICE } from './error-text.js';
import { staffSessionFor, type StaffNotice, type StaffSession } from './staff-session.js';

export interface SignInHost extends ReactiveControllerHost, HTMLElement {
  /** The block's API base URL (its own `api` or the provider's). */
  readonly staffApi: string | undefined;
  /**
   * A token the page set as the block's `token` property (never an attribute). It wins over the sign-in
   * form; the block clears it on sign-out and when the server refuses it.
   */
  token: string | undefined;
}

/**
 * The staff sign-in of a staff block (ADR 0008's kit): the token form (GOV.UK-style error), the
 * "remember in this tab" choice and the notices (expired, revoked, not accepted, signed out). The token
 * lives in the page's {@link StaffSession} for the block's API, so every staff block on the page shares
 * one sign-in; a block also takes a `token` property from the page, as the checklist's monitor does.
 * @internal
 */
export class StaffSignIn implements ReactiveController {
  readonly #host: SignInHost;
  #session: StaffSession | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The form was sent empty. */
  #missing = false;

  constructor(host: SignInHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#bind();
  }

  hostUpdate(): void {
    this.#bind();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#session = undefined;
  }

  /** Follows the host's API: one session per base URL. */
  #bind(): void {
    const api = this.#host.staffApi;
    const next = api ? staffSessionFor(api) : undefined;
    if (next === this.#session) return;
    this.#unsubscribe?.();
    this.#session = next;
    this.#unsubscribe = next?.subscribe(() => {
      this.#host.requestUpdate();
      // The server refused the token, and every staff block on this API shows why: the one the person is in (or any, when
      // focus is nowhere) takes focus to its notice, whichever block's call was refused first; the others leave it be.
      if (
        !next.token &&
        next.notice !== 'signed-out' &&
        (this.#host.matches(':focus-within') || document.activeElement === document.body)
      )
        this.#focusNext('.sign-in__notice');
    });
  }

  /** The token in effect: the page's `token` property, else the sign-in's. */
  get token(): string | undefined {
    return this.#host.token || this.#session?.token;
  }

  /** Why the sign-in is showing, if something happened. */
  get notice(): StaffNotice | undefined {
    return this.#session?.notice;
  }

  signOut(notice: StaffNotice = 'signed-out'): void {
    this.#host.token = undefined;
    this.#bind();
    this.#session?.signOut(notice);
    this.#host.requestUpdate();
  }

  /** When `error` is a refused token (401): signs out with the server's reason and returns true. */
  refuse(error: unknown): boolean {
    this.#bind();
    if (!this.#session?.refuse(error)) return false;
    this.#host.token = undefined;
    this.#host.requestUpdate();
    return true;
  }

  /** Focuses the first match of `selector` (a heading takes focus from a script only: `tabindex=-1`). */
  #focus(selector: string): void {
    const target = this.#host.shadowRoot?.querySelector<HTMLElement>(selector);
    if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target?.focus();
  }

  /** After the next render, focus `selector`: what replaced the control the person used. */
  #focusNext(selector: string): void {
    void this.#host.updateComplete.then(() => this.#focus(selector));
  }

  readonly #handleSubmit = (event: Event): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('staff-token') as HTMLInputElement;
    const remember = (form.elements.namedItem('staff-remember') as HTMLInputElement).checked;
    const token = input.value.trim();
    this.#missing = !token;
    this.#bind();
    if (!token) {
      // Only the problem of this try shows: the notice of the last one (not accepted, expired…) goes.
      if (this.#session) this.#session.notice = undefined;
      this.#host.requestUpdate();
      this.#focusNext('.sign-in .error-summary');
      return;
    }
    input.value = '';
    this.#session?.signIn(token, remember);
    // The form is gone: focus goes to the block's heading, not to the page's start.
    this.#focusNext('.title');
  };

  /** The sign-out button: the sign-in form replaces it, its token field takes focus. */
  readonly #handleSignOut = (): void => {
    this.signOut();
    this.#focusNext('#staff-token');
  };

  readonly #jumpToToken = (event: Event): void => {
    event.preventDefault();
    this.#focus('#staff-token');
  };

  /** The sign-in form, with the notice that brought it back. `level` is its heading level. */
  render(t: StaffTranslation, level: number): TemplateResult {
    const notice = this.notice;
    const describedBy = `staff-token-hint${this.#missing ? ' staff-token-error' : ''}`;
    // A plain container under its heading, not a named <section>: two staff blocks signed out on one page would be two
    // landmarks of one name (axe landmark-unique).
    return html`<div class="sign-in" part="sign-in">
      <p class="heading sign-in__title" id="sign-in-title" role="heading" aria-level=${level}>${t.signInTitle}</p>
      ${
        notice
          ? html`<p
              class="sign-in__notice sign-in__notice--${notice === 'signed-out' ? 'info' : 'error'}"
              part="sign-in-notice"
              role=${notice === 'signed-out' ? 'status' : 'alert'}
              tabindex="-1"
            >
              ${t[NOTICE[notice]] as string}
            </p>`
          : nothing
      }
      ${
        this.#missing
          ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="sign-in-errors">
              <p class="error-summary__title" id="sign-in-errors">${t.errorSummaryTitle}</p>
              <ul>
                <li><a href="#staff-token" @click=${this.#jumpToToken}>${t.tokenMissing}</a></li>
              </ul>
            </div>`
          : nothing
      }
      <form novalidate @submit=${this.#handleSubmit}>
        <p class="sign-in__intro">${t.signInIntro}</p>
        <label for="staff-token">${t.tokenLabel}</label>
        <p class="hint" id="staff-token-hint">${t.tokenHint}</p>
        ${
          this.#missing
            ? html`<p class="error" id="staff-token-error">
                <span class="visually-hidden">${t.errorPrefix}:</span> ${t.tokenMissing}
              </p>`
            : nothing
        }
        <input
          id="staff-token"
          name="staff-token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="off"
          aria-describedby=${describedBy}
          aria-invalid=${this.#missing ? 'true' : 'false'}
        />
        <div class="check">
          <input id="staff-remember" name="staff-remember" type="checkbox" aria-describedby="staff-remember-hint" />
          <label for="staff-remember">${t.rememberLabel}</label>
          <p class="hint" id="staff-remember-hint">${t.rememberHint}</p>
        </div>
        <button type="submit" class="primary" part="sign-in-button">${t.signIn}</button>
      </form>
    </div>`;
  }

  /** "Signed in as …" and the sign-out button, for the top of a signed-in block. */
  renderSignedIn(t: StaffTranslation, who: unknown): TemplateResult {
    return html`<div class="signed-in" part="signed-in">
      ${who ? html`<p>${who}</p>` : nothing}
      <button type="button" part="sign-out-button" @click=${this.#handleSignOut}>${t.signOut}</button>
    </div>`;
  }
}
