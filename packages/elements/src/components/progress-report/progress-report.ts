import type { Milestone } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { HapurProgressSavedEvent } from '../../events/progress-saved.js';
import { announceChange } from '../../internal/client/changes.js';
import { progressReportCalls, type ProgressReportCalls } from '../../internal/client/progress-report-calls.js';
import { DataController } from '../../internal/controllers/data.js';
import { describeError } from '../../internal/describe-error.js';
import { staffErrorText } from '../../internal/staff/error-text.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { inSentence, nameOf, signedInAs } from '../../internal/staff/names.js';
import { StaffSignIn } from '../../internal/staff/staff-sign-in.js';
import { focusAfterUpdate } from '../../internal/focus.js';
import {
  drafts,
  draftFrom,
  freshForm,
  milestoneIn,
  reportTask,
  type ReportData,
  offeredLanguages,
  readForm,
  reportable,
  selfAssessmentLinks,
  toInput,
  validate,
  type Draft,
  type Issue,
} from './progress-report.model.js';
import type { ProgressClient, ProgressView } from './progress-report.types.js';
import { renderForm, renderMilestone, type FormState } from './render-form.js';
import { renderHistory, type HistoryState } from './render-history.js';
import { progressView, renderExport, renderList, renderState } from './render-list.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './progress-report.styles.js';
import { catalogues, progressStrings } from './progress-report.translations.js';

/**
 * Progress reporting for a plan's lead institutions: after the staff sign-in (the same token as the inbox,
 * ADR 0010) the person sees the commitments and milestones their institution leads (the plan's coordinator
 * sees all), and for one milestone records the delivery status, the completion level (OGP IRM scale), the
 * progress in percent, what happened in the languages they choose (the others are shown as missing, never
 * translated for them), evidence links (https, each with a title) and the reporting date. The form is
 * checked with the SDK's own input schema before sending; a draft survives a reload of the tab
 * (`sessionStorage`, never the token). After a save a `<hapur-commitment-tracker>` for the same plan and API
 * on the page reads the plan again at once. Each milestone shows its reporting history: who, when, what changed.
 *
 * @customElement hapur-progress-report
 * @summary Lead institutions report milestone progress (staff sign-in); the tracker shows it at once.
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurLoadEvent} hapur-load - The milestones loaded and are shown.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 * @event {HapurProgressSavedEvent} hapur-progress-saved - The server stored a report; `detail` names the plan, the milestone and the stored update.
 *
 * @csspart base - The block (or the state box while loading or failed).
 * @csspart title - The block's heading.
 * @csspart sign-in - The sign-in form.
 * @csspart sign-in-notice - Why the sign-in is back (expired, revoked, not accepted, signed out).
 * @csspart sign-in-button - The sign-in button.
 * @csspart signed-in - "Signed in as …" and the sign-out button.
 * @csspart sign-out-button - The sign-out button.
 * @csspart scope - Whose milestones are listed.
 * @csspart list - The commitments.
 * @csspart commitment - One commitment with its milestones.
 * @csspart milestone - One milestone.
 * @csspart milestone-state - The milestone's status, completion, progress and last report, in words.
 * @csspart report-button - "Report on milestone …".
 * @csspart detail - One milestone with its form and history.
 * @csspart back-button - "Back to the milestones".
 * @csspart outcome - The line saying the report was saved or not.
 * @csspart form - The report form.
 * @csspart error-summary - The form's problems, before sending.
 * @csspart draft-note - "Your unsaved draft was restored" with the discard button.
 * @csspart narrative - The narrative fieldset (languages and texts).
 * @csspart missing-languages - The languages the narrative is not written in.
 * @csspart evidence - The evidence fieldset.
 * @csspart link - One evidence link (title and address).
 * @csspart add-link-button - "Add a link".
 * @csspart save-button - "Save the report".
 * @csspart history - The reporting history.
 * @csspart history-entry - One report in the history.
 * @csspart export - The self-assessment download links.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - The milestones are loading.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-progress-report-border-color - Milestone and section borders.
 */
export class HapurProgressReport extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  static override properties = {
    planId: { attribute: 'plan-id' },
    token: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    selected: { state: true },
    form: { state: true },
    history: { state: true },
    outcome: { state: true },
  };

  /** The action plan reported on, e.g. `xk-2026-2028`. */
  planId: string | undefined;

  /** A staff token set from JavaScript by the page's own sign-in (`el.token = …`). A property only, never an attribute. */
  token: string | undefined;

  /** A staff client (`createClient({ baseUrl, token })`), set from JavaScript; the page then signs in itself. */
  declare client: ProgressClient | undefined;

  /** Heading level of the block's title, so it fits the page's outline (2–4). */
  headingLevel = 2;

  private selected: Milestone | undefined;
  /** The milestone open when the server refused the token: opened again, with its kept draft, after the next sign-in. */
  #reopen: string | undefined;
  private form: FormState | undefined;
  private history: HistoryState;
  private outcome: FormState['outcome'];
  #made: { key: string; calls: ProgressReportCalls } | undefined;

  readonly #signIn = new StaffSignIn(this);
  readonly #data = new DataController<ReportData | null>(this, {
    task: () => reportTask(this.#calls, this.planId, this.#made?.key),
    isEmpty: (d) => d !== null && reportable(d.plan, d.me.institutionId).items.length === 0,
  });

  /** @internal */
  get staffApi(): string | undefined {
    return this.api ?? this.config?.api;
  }

  /** The calls: the application's client, else the sign-in's token calls. */
  get #calls(): ProgressReportCalls | undefined {
    if (this.client) return this.client;
    const api = this.staffApi;
    const token = this.#signIn.token;
    if (!api || !token) return undefined;
    const key = `${api}|${token}`;
    if (this.#made?.key !== key) this.#made = { key, calls: progressReportCalls(api, token) };
    return this.#made.calls;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.#data.status === 'error' && !this.client && this.#signIn.refuse(this.#data.error)) this.#made = undefined;
    if (!this.#calls) this.#close();
    // Signed in again after a refused token: the milestone that was open comes back, with its kept draft.
    const again = this.#calls && this.#reopen ? milestoneIn(this.#data.data?.plan, this.#reopen) : undefined;
    if (again) void this.#open(again);
  }

  /** A refused token (401) brings the sign-in back, and after it the milestone that was open. */
  #refused(error: unknown): boolean {
    if (!this.#signIn.refuse(error)) return false;
    this.#reopen ??= this.selected?.id;
    return true;
  }

  #close(): void {
    this.selected = undefined;
    this.form = undefined;
    this.history = undefined;
    this.outcome = undefined;
  }

  /** Where drafts are kept: per API base, plan and milestone. */
  get #draftBase(): string {
    return this.staffApi ?? 'client';
  }

  /** The narrative languages offered: the UI languages, the plan's own first when it has another. */
  get #offered(): string[] {
    return offeredLanguages(this.#data.data?.plan.sourceLanguage);
  }

  readonly #open = async (milestone: Milestone): Promise<void> => {
    const planId = this.planId!;
    const saved = drafts.load(this.#draftBase, planId, milestone.id);
    this.#reopen = undefined;
    this.selected = milestone;
    this.outcome = undefined;
    this.form = freshForm(saved ?? draftFrom(milestone, this.localize.lang), saved !== undefined);
    void this.#loadHistory(milestone);
    await focusAfterUpdate(this, '#detail-title');
  };

  async #loadHistory(milestone: Milestone): Promise<void> {
    const calls = this.#calls;
    if (!calls || !this.planId) return;
    this.history = undefined;
    try {
      this.history = { entries: await calls.listProgressHistory(this.planId, milestone.id) };
    } catch (error) {
      if (this.#refused(error)) return;
      this.history = { error: describeError(error, this.localize) };
    }
  }

  readonly #back = async (): Promise<void> => {
    const id = this.selected?.id;
    this.#close();
    await this.updateComplete;
    const button = this.shadowRoot?.querySelector<HTMLElement>(`[data-milestone="${CSS.escape(id ?? '')}"]`);
    (button ?? this.shadowRoot?.querySelector<HTMLElement>('.title'))?.focus();
  };

  #setDraft(draft: Draft): void {
    if (!this.form || !this.selected || !this.planId) return;
    this.form = { ...this.form, draft };
    drafts.save(this.#draftBase, this.planId, this.selected.id, draft);
  }

  readonly #handlers = {
    input: (event: Event) => {
      const form = (event.currentTarget ?? event.target) as HTMLFormElement;
      if (this.form) this.#setDraft(readForm(form, this.form.draft, this.#offered));
    },
    submit: (event: SubmitEvent) => void this.#submit(event),
    addLink: async () => {
      if (!this.form) return;
      const links = [...this.form.draft.links, { title: '', url: '' }];
      this.#setDraft({ ...this.form.draft, links });
      await focusAfterUpdate(this, `#link-title-${links.length - 1}`);
    },
    removeLink: async (index: number) => {
      if (!this.form) return;
      const links = this.form.draft.links.filter((_, i) => i !== index);
      this.#setDraft({ ...this.form.draft, links });
      this.form = { ...this.form, issues: [] };
      await focusAfterUpdate(this, '[part="add-link-button"]');
    },
    discard: async () => {
      if (!this.selected || !this.planId || !this.form) return;
      drafts.clear(this.#draftBase, this.planId, this.selected.id);
      this.form = { ...this.form, draft: draftFrom(this.selected, this.localize.lang), restored: false, issues: [] };
      await focusAfterUpdate(this, '#status');
    },
    jump: (id: string, event: Event) => {
      event.preventDefault();
      this.shadowRoot?.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
    },
  };

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const calls = this.#calls;
    const milestone = this.selected;
    const planId = this.planId;
    const t = this.localize.text(progressStrings);
    if (!calls || !milestone || !planId || !this.form || this.form.busy || !t) return;
    const draft = readForm(event.target as HTMLFormElement, this.form.draft, this.#offered);
    const input = toInput(draft, this.localize.lang);
    const issues = validate(draft, input);
    this.outcome = undefined;
    this.form = { ...this.form, draft, issues, busy: issues.length === 0 };
    if (issues.length) {
      await focusAfterUpdate(this, '.error-summary');
      return;
    }
    try {
      const update = await calls.postProgressUpdate(planId, milestone.id, input);
      drafts.clear(this.#draftBase, planId, milestone.id);
      const api = this.staffApi;
      if (api) announceChange(api, `plans/${planId}`);
      await this.#data.refresh();
      const fresh = milestoneIn(this.#data.data?.plan, milestone.id);
      this.selected = fresh ?? milestone;
      this.form = freshForm(draftFrom(this.selected, this.localize.lang), false);
      this.outcome = { ok: true, text: t.saved(milestone.number) };
      this.dispatchEvent(new HapurProgressSavedEvent({ planId, milestoneId: milestone.id, update }));
      void this.#loadHistory(this.selected);
    } catch (error) {
      if (this.#refused(error)) return;
      // The server's refusals of the reporting date (after today, before the plan starts), on the date field.
      const code = (error as { code?: Issue['code'] }).code;
      if (code?.startsWith('reporting_date_')) {
        this.form = { ...this.form, busy: false, issues: [{ field: 'date', code }] };
        await focusAfterUpdate(this, '.error-summary');
        return;
      }
      this.form = { ...this.form, busy: false };
      this.outcome = { ok: false, text: t.saveFailed(staffErrorText(error, this.localize)) };
    }
    await focusAfterUpdate(this, '.outcome');
  }

  protected override render() {
    const v = progressView(this.localize, this.headingLevel);
    if (!v) return renderLanguagePending();
    const title = html`<p class="heading title" part="title" role="heading" aria-level=${v.level} tabindex="-1">
      ${v.t.title}
    </p>`;
    if (!this.#calls)
      return html`<div class="report-block" part="base">${title} ${this.#signIn.render(v.s, v.level + 1)}</div>`;
    const data = this.#data.status === 'success' ? this.#data.data : undefined;
    const state = data ? undefined : renderDataState(this.#data, this.localize, v.t.emptyMilestones);
    return html`<div class="report-block" part="base">
      ${title} ${this.client ? nothing : this.#signIn.renderSignedIn(v.s, data ? signedInAs(v, data.me) : undefined)}
      ${state ?? (data ? this.#content(v, data) : nothing)}
    </div>`;
  }

  #content(v: ProgressView, data: ReportData): TemplateResult {
    const { coordinator, items } = reportable(data.plan, data.me.institutionId);
    if (this.selected && this.form)
      return renderMilestone(
        v,
        this.selected,
        {
          state: renderState(v, this.selected),
          form: renderForm(v, this.form, this.#offered, this.#handlers),
          history: renderHistory(v, this.history),
          outcome: this.outcome,
        },
        this.#back,
      );
    const name = nameOf(v.text, data.me.institutionName, data.me.institutionId);
    return html`<p part="scope">${inSentence(coordinator ? v.t.scopeCoordinator : v.t.scopeLead, name)}</p>
      ${renderList(v, items, (m) => void this.#open(m))}
      ${renderExport(v, this.client ? undefined : selfAssessmentLinks(this.staffApi, this.planId))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-progress-report': HapurProgressReport;
  }
}
