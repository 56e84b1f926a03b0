import type { PublicService, StaffMe } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { serviceEditorCalls } from '../../internal/client/service-editor-calls.js';
import { DataController } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { StaffSignIn } from '../../internal/staff/staff-sign-in.js';
import { serviceStrings } from '../../translations/services/index.js';
import { validationStrings } from '../../internal/validation-messages.js';
import { staffStrings } from '../../translations/staff/index.js';
import { renderErrorSummary, renderFields, type FormContext } from './render-form.js';
import { inLang, renderConflict, renderHistory, renderPicker, renderWithdraw } from './render-panels.js';
import { ServiceForm, type Editing } from './service-editor.form.js';
import { changedFields, DraftStore, previewOf } from './service-editor.model.js';
import type { EditorClient, EditorView } from './service-editor.types.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './service-editor.styles.js';
import { catalogues, editorStrings } from './service-editor.translations.js';

interface ListData {
  me: StaffMe;
  services: PublicService[];
}

/**
 * The institution's service cards, kept current by its staff: after the staff sign-in, pick a service the
 * institution is responsible for (or add one) and edit every field of the public card — name,
 * description, eligibility, steps, documents, fees, legal deadline, channels, contact, complaint route and
 * legal basis — in the card's languages, beside the real `<hapur-service-info>` preview (below it on a
 * phone). Checked with the SDK's `ServiceInputSchema` (errors in the GOV.UK pattern); unsaved changes survive
 * a reload in this tab's `sessionStorage` (never the token). Saving sends `If-Match`; when someone else saved
 * first, a conflict screen shows who changed what and puts the person's changes onto the new version.
 * When nothing is changed, "Mark as reviewed – no changes" records that the card was checked and is still correct
 * (its "last reviewed" date becomes today's). Withdrawing asks first. The change history is shown below the form.
 *
 * @customElement hapur-service-editor
 * @summary Staff edit their institution's public service cards, with a live preview (staff sign-in).
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-service-info
 *
 * @event {HapurLoadEvent} hapur-load - The list of services loaded and is shown.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 * @event {HapurServiceSaveEvent} hapur-service-save - The server stored a service (`detail.action`: `saved`, `withdrawn` or `reviewed`).
 *
 * @csspart base - The block (or the state box while loading or failed).
 * @csspart title - The block's heading.
 * @csspart sign-in - The sign-in form.
 * @csspart sign-in-notice - Why the sign-in is back (expired, revoked, not accepted, signed out).
 * @csspart sign-in-button - The sign-in button.
 * @csspart signed-in - "Signed in as …" and the sign-out button.
 * @csspart sign-out-button - The sign-out button.
 * @csspart list - The institution's services.
 * @csspart empty - The text shown when the institution has no service yet.
 * @csspart new-button - "Add a new service".
 * @csspart form - The card's form.
 * @csspart error-summary - The problems of the form, before saving.
 * @csspart preview - The preview of the public card.
 * @csspart save-button - The save button.
 * @csspart review-button - "Mark as reviewed – no changes" beside it, while nothing is changed: records the check.
 * @csspart outcome - The line saying the card was saved, withdrawn or not saved.
 * @csspart conflict - The screen shown when someone else saved first.
 * @csspart withdraw-button - "Withdraw this service".
 * @csspart withdraw - The withdraw confirmation.
 * @csspart withdrawn - The note on a withdrawn service.
 * @csspart history - The change history.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - The list is loading.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-service-editor-border-color - Borders of the sections and the preview.
 * @cssproperty --hapur-service-editor-preview-background - Background behind the preview.
 */
export class HapurServiceEditor extends HapurElement {
  static override styles = blockStyles(styles);
  // The SDK's validation messages load with the editor's language (their own chunk); not a registerTranslation id.
  static override catalogues = [...catalogues, validationStrings];

  static override properties = {
    token: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    previewLang: { state: true },
  };

  /** A staff token set from JavaScript by the page's own sign-in. A property only, never an attribute. */
  token: string | undefined;

  /** A staff client (`createClient({ baseUrl, token })`), set from JavaScript; the page then signs in itself. */
  declare client: EditorClient | undefined;

  /** Heading level of the block's title, so it fits the page's outline (2–4). */
  headingLevel = 2;

  private previewLang: string | undefined;
  #made: { key: string; calls: EditorClient } | undefined;
  #store: DraftStore | undefined;

  readonly #signIn = new StaffSignIn(this);
  readonly #form = new ServiceForm(this, this.localize);
  readonly #data = new DataController<ListData | null>(this, { task: () => this.#task() });

  /** @internal */
  get staffApi(): string | undefined {
    return this.api ?? this.config?.api;
  }

  get #calls(): EditorClient | undefined {
    if (this.client) return this.client;
    const api = this.staffApi;
    const token = this.#signIn.token;
    if (!api || !token) return undefined;
    const key = `${api}|${token}`;
    if (this.#made?.key !== key) this.#made = { key, calls: serviceEditorCalls(api, token) };
    return this.#made.calls;
  }

  /** @internal */
  get drafts(): DraftStore {
    const api = new URL(this.staffApi ?? '', document.baseURI).href;
    if (!this.#store || this.#store.api !== api) this.#store = new DraftStore(api);
    return this.#store;
  }

  #task() {
    const calls = this.#calls;
    if (!calls) return { source: 'api' as const, key: 'signed-out', now: () => null };
    return {
      source: 'api' as const,
      key: this.#made?.key ?? 'client',
      run: async (signal: AbortSignal) => {
        const me = await calls.getStaffMe({ signal });
        const [current, withdrawn] = await Promise.all([
          calls.listServices({ institution: me.institutionId }, { signal }),
          calls.listServices({ institution: me.institutionId, status: 'withdrawn' }, { signal }),
        ]);
        return { me, services: [...current, ...withdrawn] };
      },
    };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.#data.status === 'error' && !this.client && this.#signIn.refuse(this.#data.error)) this.#made = undefined;
    const data = this.#data.status === 'success' ? this.#data.data : undefined;
    if (!this.#calls) this.#form.close();
    else if (data && !this.#form.editing && this.drafts.open !== undefined)
      void this.#form.open(this.drafts.open, data.me, this.#languagesOf(data), false); // a reload with a form open
  }

  /** @internal */
  get editorStrings() {
    return this.localize.text(editorStrings);
  }

  /** @internal */
  get formCalls(): EditorClient | undefined {
    return this.#calls;
  }

  /** @internal */
  refuseToken(error: unknown): boolean {
    return !this.client && this.#signIn.refuse(error);
  }

  /** @internal */
  refreshList(id: string): void {
    void this.#data.refresh();
    const api = this.staffApi;
    // This browser's cached copy of the public card, read again past the cache as announceChange does for a plan
    // (no change notice: no block reads a card beside the editor). Not announceChange itself: shared with the tracker
    // and the progress report, importing it here split it into a chunk of its own on every ministry page (+0.2 KB).
    const card =
      api && new URL(`services/${encodeURIComponent(id)}`, new URL(api.replace(/\/?$/, '/'), document.baseURI));
    if (card) void fetch(card, { cache: 'reload', headers: { accept: 'application/json' } }).catch(() => undefined);
  }

  /** The languages the institution's services are written in. */
  #languagesOf(data: ListData): string[] {
    return [...new Set(data.services.flatMap((s) => s.languages))];
  }

  #view(): EditorView | undefined {
    const t = this.editorStrings;
    if (!this.localize.ready || !t) return undefined;
    return {
      t,
      s: this.localize.text(staffStrings),
      shared: { ...this.localize.t, ...this.localize.text(serviceStrings) },
      localize: this.localize,
      level: Math.min(4, Math.max(2, this.headingLevel)),
      knownLanguages: this.#data.data ? this.#languagesOf(this.#data.data) : [],
    };
  }

  protected override render() {
    const v = this.#view();
    if (!v) return renderLanguagePending();
    const title = html`<p class="heading title" part="title" role="heading" aria-level=${v.level}>${v.t.title}</p>`;
    if (!this.#calls)
      return html`<div class="editor" part="base">${title} ${this.#signIn.render(v.s, v.level + 1)}</div>`;
    const data = this.#data.data;
    const forbidden = this.#data.status === 'error' && (this.#data.error as { status?: number })?.status === 403;
    const stateBox = forbidden
      ? html`<div class="state state--error" role="alert"><p class="state__text">${v.s.forbidden}</p></div>`
      : data
        ? undefined
        : renderDataState(this.#data, this.localize, v.t.emptyList);
    const who = data?.me ? this.#who(v, data.me) : undefined;
    return html`<div class="editor" part="base">
      ${title} ${this.client ? nothing : this.#signIn.renderSignedIn(v.s, who)}
      ${stateBox ?? (data ? this.#renderContent(v, data) : nothing)}
    </div>`;
  }

  #who(v: EditorView, me: StaffMe): string {
    const institution = me.institutionName ? inLang(v, me.institutionName) || me.institutionId : me.institutionId;
    return v.s.signedInAs(me.name, institution, v.localize.date(me.expiresAt));
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const n = this.#form.notice;
    if (!n) return nothing;
    return html`<p
      class="outcome outcome--${n.ok ? 'ok' : 'error'}"
      part="outcome"
      role=${n.ok ? 'status' : 'alert'}
      tabindex="-1"
    >
      ${n.text}
    </p>`;
  }

  #renderContent(v: EditorView, data: ListData): TemplateResult {
    const editing = this.#form.editing;
    if (!editing)
      return html`${this.#renderNotice()}
      ${renderPicker(
        v,
        data.services,
        (id) => this.drafts.has(id),
        (id, e) => {
          e.preventDefault();
          void this.#form.open(id, data.me, this.#languagesOf(data));
        },
      )}`;
    const name = inLang(v, editing.draft['name'] as PublicService['name'] | undefined);
    const heading = editing.etag === undefined && !editing.id ? v.t.newTitle : v.t.editTitle(name || editing.id);
    const top = html`<p>
        <button type="button" class="link-button" @click=${this.#form.back}>${v.t.backToList}</button>
      </p>
      <p class="heading edit-title" id="edit-title" role="heading" aria-level=${v.level + 1} tabindex="-1">
        ${heading}
      </p>`;
    if (this.#form.conflict)
      return html`${top} ${renderConflict(v, editing, this.#form.conflict.draft, this.#form.conflictActions)}
      ${renderHistory(v, this.#form.history)}`;
    if (this.#form.opening)
      return html`${top}
        <p class="state" role="status" aria-busy="true">${v.shared.loading}</p>`;
    return html`${top} ${this.#renderNotice()}
    ${this.#form.notice?.text === v.t.draftRestored ? html`<p><button type="button" class="link-button" @click=${this.#form.discardDraft}>${v.t.discardDraft}</button></p>` : nothing}
    ${keyed(this.#form.key, this.#renderEditor(v, editing))}
    ${editing.etag ? renderWithdraw(v, { asking: this.#form.asking, busy: this.#form.busy, withdrawn: editing.base['status'] === 'withdrawn' }, this.#form.withdrawActions) : nothing}
    ${editing.etag ? renderHistory(v, this.#form.history) : nothing}`;
  }

  #renderEditor(v: EditorView, editing: Editing): TemplateResult {
    const languages = (editing.draft['languages'] as string[] | undefined) ?? [];
    const c: FormContext = {
      v,
      draft: editing.draft,
      languages,
      isNew: editing.etag === undefined,
      issues: this.#form.issues,
      claimed: new Map(),
    };
    const fields = renderFields(c);
    const summary = renderErrorSummary(c, this.shadowRoot);
    const unchanged = editing.etag !== undefined && changedFields(editing.base, editing.draft).length === 0;
    const preview =
      this.previewLang && languages.includes(this.previewLang)
        ? this.previewLang
        : languages.includes(this.localize.lang)
          ? this.localize.lang
          : languages[0];
    return html`${summary}
      <div class="workspace">
        <form
          class="form"
          part="form"
          novalidate
          aria-labelledby="edit-title"
          @input=${this.#form.input}
          @change=${this.#form.input}
          @click=${this.#form.click}
          @submit=${this.#form.save}
        >
          ${fields}
          <div class="buttons">
            <button type="submit" class="primary" part="save-button" ?disabled=${this.#form.busy}>
              ${this.#form.busy ? v.t.saving : v.t.save}
            </button>
            ${editing.etag === undefined ? nothing : html`<button type="button" part="review-button" ?disabled=${this.#form.busy || !unchanged} @click=${this.#form.review}>${v.t.review}</button>`}
          </div>
        </form>
        <section class="preview" part="preview" aria-labelledby="preview-title">
          <p class="heading" id="preview-title" role="heading" aria-level=${v.level + 1}>${v.t.previewTitle}</p>
          ${
            languages.length > 1
              ? html`<label for="preview-lang">${v.t.previewLanguage}</label>
                  <select
                    id="preview-lang"
                    @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value)}
                  >
                    ${languages.map((l) => html`<option value=${l} ?selected=${l === preview}>${v.localize.languageName(l)}</option>`)}
                  </select>`
              : nothing
          }
          <hapur-service-info
            .service=${previewOf(editing.draft, editing.id || 'new-service', { lang: preview ?? v.localize.lang, text: editing.id || v.t.newTitle })}
            lang=${preview ?? nothing}
            no-jsonld
            heading-level=${Math.min(6, v.level + 2)}
          ></hapur-service-info>
        </section>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-service-editor': HapurServiceEditor;
  }
}
