import type { StaffSubmissionDetail } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { staffInboxCalls } from '../../internal/client/core-methods.js';
import { DataController } from '../../internal/controllers/data.js';
import { VisibleInterval } from '../../internal/controllers/visible-interval.js';
import { focusAfterUpdate } from '../../internal/focus.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { StaffSignIn } from '../../internal/staff/staff-sign-in.js';
import { renderActions } from './render-actions.js';
import { renderDetail, renderDetailError } from './render-detail.js';
import { renderForbidden, renderList, total, type ListState } from './render-list.js';
import { inboxView, signedInAs } from './staff-inbox.view.js';
import { restoreForms, typedForms, type Resume } from './staff-inbox.actions.js';
import { ActionForms } from './staff-inbox.action-forms.js';
import { CsvDownload } from './staff-inbox.download.js';
import {
  NO_FILTER,
  filterFrom,
  filterProblem,
  toQuery,
  type FilterProblem,
  type InboxFilter,
} from './staff-inbox.model.js';
import type { InboxCalls, InboxClient, InboxData, InboxView } from './staff-inbox.types.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './staff-inbox.styles.js';
import { catalogues, inboxStrings } from './staff-inbox.translations.js';

const PAGE_SIZE = 20;
const REFRESH_MS = 60_000;

/**
 * The institution's inbox: what citizens sent that it must handle, with counts by status, filters and the nearest
 * deadline first; each message with its history, contact (when the person consented) and the staff actions (status
 * and official response, assignment, internal note, publication, transfer to another institution chosen by name,
 * release from quarantine). Staff paste their token once: kept in memory, or in this tab's `sessionStorage` with
 * "remember in this tab", never in an attribute, the URL or `localStorage`. The list refreshes every minute while
 * the tab is visible and says when something new arrived.
 *
 * @customElement hapur-staff-inbox
 * @summary The institution's inbox: receive, answer and moderate what citizens send (staff sign-in).
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurLoadEvent} hapur-load - The inbox loaded and is shown.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 * @event {HapurStaffActionEvent} hapur-staff-action - The server stored an action on a message; `detail` names the message and the action.
 *
 * @csspart base - The block (or the state box while loading or failed).
 * @csspart title - The block's heading.
 * @csspart sign-in - The sign-in form.
 * @csspart sign-in-notice - Why the sign-in is back (expired, revoked, not accepted, signed out).
 * @csspart sign-in-button - The sign-in button.
 * @csspart signed-in - "Signed in as …" and the sign-out button.
 * @csspart sign-out-button - The sign-out button.
 * @csspart counts - The counts by status.
 * @csspart filters - The filter form.
 * @csspart list - The list of messages.
 * @csspart row - One message in the list.
 * @csspart due - The deadline in words (days left or overdue).
 * @csspart empty - The text shown when no message matches.
 * @csspart refresh-button - "Check for new messages".
 * @csspart download-button - "Download as CSV (spreadsheet)": every message the filters match, every page.
 * @csspart pagination - The page navigation.
 * @csspart detail - One message with its history.
 * @csspart back-button - "Back to the list".
 * @csspart message - The message text.
 * @csspart contact - The contact details section.
 * @csspart history - The history list.
 * @csspart actions - The action forms.
 * @csspart action - One action form.
 * @csspart error-summary - The problems of an action form, before sending.
 * @csspart outcome - The line saying an action was saved or failed.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - The inbox is loading.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-staff-inbox-border-color - Row and section borders.
 * @cssproperty --hapur-staff-inbox-overdue-color - Text and edge colour of overdue deadlines (the words say it too).
 * @cssproperty --hapur-staff-inbox-soon-color - Edge colour of deadlines within three days.
 */
export class HapurStaffInbox extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  static override properties = {
    token: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    filter: { state: true },
    page: { state: true },
    invalid: { state: true },
    selected: { state: true },
    detail: { state: true },
  };

  /**
   * A staff token set from JavaScript by the page's own sign-in (`el.token = …`), as for the checklist's monitoring
   * template. A property only, never an attribute. Without it the block shows its own sign-in.
   */
  token: string | undefined;
  /** A staff client (`createClient({ baseUrl, token })`), set from JavaScript; the page then signs in itself. */
  declare client: InboxClient | undefined;
  /** Heading level of the block's title, so it fits the page's outline (2–4). */
  headingLevel = 2;
  private filter: InboxFilter = NO_FILTER;
  private page = 1;
  private invalid: FilterProblem;
  private selected: string | undefined;
  private detail: StaffSubmissionDetail | undefined;
  #detailError: unknown;
  #announcement = '';
  #updatedAt: Date | undefined;
  #seenTotal: number | undefined;
  #made: { key: string; calls: InboxCalls } | undefined;
  /** Reopened as it was after the next sign-in (memory only), and a page button was pressed. */
  #resume: (Resume & { open?: true }) | undefined;
  #paged = false;
  /** Over the list: the message that left it while open (404) and whether typed text was lost; `true`: transferred. */
  #over: [reference: string, typed: boolean] | true | undefined;
  readonly #signIn = new StaffSignIn(this);
  readonly #csv = new CsvDownload(this);
  readonly #data = new DataController<InboxData | null>(this, { task: () => this.#task() });
  readonly #ticker = new VisibleInterval(
    this,
    REFRESH_MS,
    () => void this.refresh(false),
    // Not while a refused download's sign-in is open: a check would swap the list, and a token being typed, for it.
    () => !!this.#calls && (!!this.client || !this.#csv.refused),
  );

  /** @internal */
  get staffApi(): string | undefined {
    return this.api ?? this.config?.api;
  }

  /** The inbox calls: the application's client, else one made for the API with the token in effect. */
  get #calls(): InboxCalls | undefined {
    if (this.client) return this.client.staff;
    const api = this.staffApi;
    const token = this.#signIn.token;
    if (!api || !token) return undefined;
    const key = `${api}|${token}`;
    if (this.#made?.key !== key) {
      this.#made = { key, calls: staffInboxCalls(api, token).staff };
      this.#csv.error = undefined; // a new sign-in: the alert of a download refused to the last token goes
    }
    return this.#made.calls;
  }

  #task() {
    const calls = this.#calls;
    const query = toQuery(this.filter, this.page, PAGE_SIZE);
    if (!calls) return { source: 'api' as const, key: 'signed-out', now: () => null };
    return {
      source: 'api' as const,
      key: `${this.#made?.key ?? 'client'}|${JSON.stringify(query)}`,
      run: async (signal: AbortSignal) => {
        const [me, page] = await Promise.all([calls.me({ signal }), calls.listSubmissions(query, { signal })]);
        return { me, page };
      },
    };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.#data.status === 'error' && !this.client && this.#signIn.refuse(this.#data.error)) this.#made = undefined;
    const page = this.#data.data?.page;
    if (page && this.#data.status === 'success') {
      const now = total(page);
      if (this.#seenTotal !== undefined && now > this.#seenTotal)
        this.#announcement = this.localize.text(inboxStrings)?.arrived(now - this.#seenTotal) ?? '';
      this.#seenTotal = now;
    }
    if (!this.#calls) {
      if (this.selected && this.#signIn.notice !== 'signed-out')
        this.#resume = { reference: this.selected, forms: typedForms(this.renderRoot) };
      this.#seenTotal = undefined;
      this.#close();
    } else if (this.#resume && !this.#resume.open) {
      this.#resume.open = true;
      void this.#loadDetail((this.selected = this.#resume.reference), false);
    }
  }

  protected override updated(): void {
    if (this.#resume?.open && this.detail?.reference === this.#resume.reference && restoreForms(this, this.#resume))
      this.#resume = undefined;
    if (!this.#paged || this.#data.status === 'loading') return;
    this.#paged = false;
    if (!this.shadowRoot?.activeElement)
      this.renderRoot.querySelector<HTMLElement>('[part="pagination"] button')?.focus();
  }
  /** Fetches the list again in the background (the minute tick, the button, after an action). */
  async refresh(announceNone = true): Promise<void> {
    if (!this.#calls) return;
    this.#ticker.reset();
    const before = this.#seenTotal;
    try {
      await this.#data.refresh(true); // when it fails, what is on screen stays (a reply being typed)
    } catch (error) {
      if (this.#signIn.refuse(error)) this.#made = undefined;
      return; // "Updated at" keeps the time of the last check that worked
    }
    this.#updatedAt = new Date();
    if (announceNone && this.#seenTotal === before) this.#announcement = '';
    this.requestUpdate();
    if (this.selected && this.detail) void this.#loadDetail(this.selected, false);
  }

  async #loadDetail(reference: string, focus: boolean): Promise<void> {
    const calls = this.#calls;
    if (!calls) return;
    try {
      this.detail = await calls.getSubmission(reference);
    } catch (error) {
      if (this.#signIn.refuse(error)) return;
      // The message left the inbox (404: transferred or removed meanwhile): back to the list read again, which says so.
      if ((error as { status?: number }).status === 404) {
        this.#close([reference, !!typedForms(this.renderRoot)[0]]);
        void this.refresh();
        return focusAfterUpdate(this, '.outcome');
      }
      // In the background, what is typed stays.
      if (!focus && this.detail) return;
      this.#detailError = error;
      this.requestUpdate();
    }
    if (focus) await focusAfterUpdate(this, '#detail-title, .state');
  }

  readonly #listHandlers = {
    filter: (event: SubmitEvent) => {
      event.preventDefault();
      const next = filterFrom(new FormData(event.target as HTMLFormElement));
      this.invalid = filterProblem(next);
      if (this.invalid) return void focusAfterUpdate(this, `#${this.invalid}`);
      this.filter = next;
      this.page = 1;
    },
    clear: () => {
      this.filter = NO_FILTER;
      this.invalid = undefined;
      this.page = 1;
    },
    pickStatus: (status: string) => {
      this.filter = { ...this.filter, status };
      this.page = 1;
    },
    open: (reference: string, event: Event) => {
      event.preventDefault();
      this.#close();
      this.selected = reference;
      void this.#loadDetail(reference, true);
    },
    page: (page: number) => {
      this.page = page;
      this.#paged = true;
    },
    refresh: () => void this.refresh(),
    download: () => void this.#csv.run(this.#calls, toQuery(this.filter, 1, PAGE_SIZE), this.localize.lang),
  };
  /** No message open (the list shows), no action form sent; `over` the line over the list, if any. */
  #close(over?: [reference: string, typed: boolean] | true): void {
    this.selected = this.detail = this.#detailError = undefined;
    this.#over = over;
    this.#actions.reset();
  }

  #back = async (): Promise<void> => {
    const reference = this.selected;
    this.#close();
    await this.#actions.refreshed.then(() => this.updateComplete);
    const link = this.renderRoot.querySelector<HTMLElement>(`[href="#${reference}"]`);
    (link ?? this.renderRoot.querySelector<HTMLElement>('#list-title'))?.focus();
  };

  readonly #actions = new ActionForms(this, {
    source: () => ({ calls: this.#calls, own: this.#data.data?.me.institutionId }),
    detail: () => this.detail,
    view: () => inboxView(this.localize, this.headingLevel),
    refuse: (error) => this.#signIn.refuse(error),
    show: (detail) => (this.detail = detail),
    reload: (reference) => this.#loadDetail(reference, false),
    refresh: () => this.refresh(),
    transferred: () => {
      this.#close(true);
      void this.refresh();
      return focusAfterUpdate(this, '.outcome');
    },
  });

  protected override render() {
    const v = inboxView(this.localize, this.headingLevel);
    if (!v) return renderLanguagePending();
    const title = html`<p class="title" part="title" role="heading" aria-level=${v.level}>${v.t.title}</p>`;
    // The live region is always in the page, so what is put into it later is announced (without moving focus).
    const live = html`<p class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</p>`;
    if (!this.#calls)
      return html`<div class="inbox" part="base">${title} ${this.#signIn.render(v.s, v.level + 1)} ${live}</div>`;
    const data = this.#data.data;
    const forbidden = this.#data.status === 'error' && (this.#data.error as { status?: number })?.status === 403;
    // A new filter or page keeps the list (and focus) on screen while the next one loads.
    const reloading = this.#data.status === 'loading' && data !== undefined && data !== null;
    const state = forbidden
      ? renderForbidden(v)
      : reloading
        ? undefined
        : renderDataState(this.#data, this.localize, v.t.emptyInbox);
    const who = data?.me ? signedInAs(v, data.me) : undefined;
    return html`<div class="inbox" part="base">
      ${title} ${this.client ? nothing : this.#signIn.renderSignedIn(v.s, who)} ${live}
      <div aria-busy=${reloading}>${state ?? (data ? this.#renderContent(v, data) : nothing)}</div>
    </div>`;
  }

  #renderContent(v: InboxView, data: InboxData): TemplateResult {
    if (this.selected) {
      if (this.#detailError) return renderDetailError(v, this.#detailError, this.#back);
      if (!this.detail) return html`<p class="state" role="status" aria-busy="true">${v.localize.t.loading}</p>`;
      return renderDetail(
        { ...v, institution: (id) => this.#actions.handlers.institutions.name(v, id) },
        this.detail,
        renderActions(v, this.#actions.state, this.detail, this.#actions.handlers),
        this.#back,
      );
    }
    const state: ListState = {
      invalid: this.invalid,
      updatedAt: this.#updatedAt,
      filtered: JSON.stringify(this.filter) !== JSON.stringify(NO_FILTER),
      csv: this.#csv,
      notice:
        this.#over === true
          ? { ok: true, text: v.t.actionDone.transfer }
          : this.#over && { ok: false, text: v.t.gone(...this.#over) },
      // A download refused for the token (401): the sign-in under its alert, the list kept.
      signIn: this.client || !this.#csv.refused ? nothing : this.#signIn.render(v.s, v.level + 2),
    };
    return renderList(v, data.page, this.filter, state, this.#listHandlers);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-staff-inbox': HapurStaffInbox;
  }
}
