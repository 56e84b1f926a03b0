import type { ActionPlanDetail, Institution } from '@hapur/sdk';
import { html, nothing } from 'lit';
import { watchChanges } from '../../internal/client/changes.js';
import { DataController, type DataTask } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './commitment-tracker.styles.js';
import { catalogues, trackerStrings, type CommitmentTrackerTranslation } from './commitment-tracker.translations.js';
import { DEFAULT_STATE, type TrackerState } from './commitment-tracker.types.js';
import { requestFeedback } from './request-feedback.js';
import type { RenderContext } from './render-context.js';
import { renderComments, type RowHandlers } from './render-commitment.js';
import { renderHeader } from './render-header.js';
import { renderPlan, renderSingle, type TrackerModel } from './render-plan.js';
import type { ToolbarHandlers } from './render-toolbar.js';
import { trackerTask } from './tracker-task.js';
import type { BlockClient } from '../../internal/client/registry.js';
import { downloadOnUse } from '../../internal/download-on-use.js';
import type { TrackerExport } from './tracker-download.js';
import { buildExport } from './tracker-export-load.js';
import { dataText } from '../../internal/data-text.js';
import { facets, filterRows, loadLatin, sortRows } from './tracker-filter.js';
import { buildRows, demonstrationNoteOf, institutionName, summarizePlan, type CommitmentRow } from './tracker-model.js';
import type { TrackerData } from './tracker-source.js';
import { readState, saveState, sameState } from './tracker-url-state.js';
import { preloadTimeline } from './tracker-timeline-load.js';

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Where every commitment of an OGP action plan stands: a plan header with overall progress, each
 * commitment with its lead, OGP values, status and progress, and on demand its problem, results,
 * actors, budget and milestones. Filters, search, sort and the open commitment live in the URL hash,
 * so a link reopens the same view and the back button works. A timeline places milestones by quarter.
 *
 * @customElement hapur-commitment-tracker
 * @summary An action plan's commitments and milestones: status, progress, timeline, filters, export.
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * Data: `api` + `plan-id`; `data-src` (one URL or several separated by spaces: a plan or `hapur/v1`
 * files, e.g. the plan plus a progress file); an inline `<script type="application/json">` child; or
 * the `plan` property.
 *
 * @slot comments-{number} - Published comments on a commitment of a draft under consultation, when `<hapur-comments>` is not on the page.
 *
 * @event {HapurLoadEvent} hapur-load - The plan loaded and is shown.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 * @event {HapurFeedbackRequestEvent} hapur-feedback-request - The reader asked to give feedback on a commitment (`detail.planId`, `detail.commitmentNumber`). Cancelable.
 *
 * @csspart base - The whole tracker (or the state box while loading, empty or failed).
 * @csspart header - The plan header.
 * @csspart title - The plan title.
 * @csspart overall - The overall progress box.
 * @csspart overall-progress - The plan's progress bar.
 * @csspart demo-note - The "demonstration data" note.
 * @csspart updated - The "last updated" line.
 * @csspart toolbar - Filters, view switch and downloads.
 * @csspart filter - Each filter select.
 * @csspart search - The search field.
 * @csspart clear-button - "Clear filters".
 * @csspart view-button - The list/timeline switch buttons.
 * @csspart download-button - The CSV and JSON buttons.
 * @csspart result-count - "Showing n of m".
 * @csspart no-matches - The message shown when no commitment matches the filters.
 * @csspart commitment - One commitment.
 * @csspart commitment-toggle - Its expand button.
 * @csspart status - A commitment's status.
 * @csspart progress - A commitment's progress bar.
 * @csspart values - Its OGP value badges.
 * @csspart detail - The expanded commitment.
 * @csspart milestone - One milestone.
 * @csspart update - A milestone's latest update.
 * @csspart feedback-button - "Give feedback on this commitment".
 * @csspart timeline - The timeline section.
 * @csspart timeline-bar - A milestone on the timeline chart.
 * @csspart timeline-table - The timeline as a table.
 * @csspart unplaced - Milestones without a placeable date.
 * @csspart language-note - Note on text in another language.
 * @csspart text - Paragraphs of plan text.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - Data is loading.
 * @cssstate empty - The plan has no commitments.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-commitment-tracker-border-color - Borders between commitments.
 * @cssproperty --hapur-commitment-tracker-background - Background of the tracker.
 * @cssproperty --hapur-commitment-tracker-accent-color - Progress bars and timeline marks.
 * @cssproperty --hapur-commitment-tracker-badge-background - Background of the OGP value badges.
 */
export class HapurCommitmentTracker extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;
  static override properties = {
    planId: { attribute: 'plan-id' },
    dataSrc: { attribute: 'data-src' },
    plan: { attribute: false },
    institutions: { attribute: false },
    commitment: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    today: {},
    noUrlState: { attribute: 'no-url-state', type: Boolean },
    feedbackHref: { attribute: 'feedback-href' },
    view: { state: true },
  };

  /** Id of the plan, e.g. `xk-2026-2028`; with `data-src`, picks the plan in a file holding several. */
  planId: string | undefined;
  /** URL of the plan JSON (static hosting); several URLs separated by spaces are merged (plan + progress). */
  dataSrc: string | undefined;
  /** A configured SDK client (set from JavaScript); overrides `api`. */
  declare client: BlockClient<'getPlan'> | undefined;
  /** The plan itself (set from JavaScript, e.g. what `getPlan` returns, with its `institutions`); skips loading. */
  plan: ActionPlanDetail | undefined;
  /** Institutions for their names (from JavaScript); they win over the plan's own `institutions`. */
  institutions: readonly Institution[] | undefined;
  /** Show one commitment only, by its number (e.g. `3`): no filters, no timeline. */
  commitment: string | undefined;
  /** Heading level of the plan title, so the block fits the page outline (1–5). */
  headingLevel = 2;
  /** The day due and overdue milestones are counted against (`YYYY-MM-DD`); defaults to today. */
  today: string | undefined;
  /** Keep filters and the open commitment out of the URL (for pages with several trackers). */
  noUrlState = false;
  /** Where "give feedback" goes when no script handles `hapur-feedback-request`; gets `?plan=…&commitment=…`. */
  feedbackHref: string | undefined;

  private view: TrackerState = { ...DEFAULT_STATE };

  #planVersion = 0;
  /** A link or the back button opened a commitment: bring it into view once it has rendered. */
  #scrollPending = false;
  #model: TrackerModel | undefined;
  private visible:
    | { key: string; sortKey: string; sorted: CommitmentRow[]; rows: CommitmentRow[]; shown: Set<CommitmentRow> }
    | undefined;
  #texts: { model: TrackerModel; lang: string; text: TextRenderer } | undefined;

  readonly #data = new DataController<TrackerData>(this, {
    task: () => this.#dataTask(),
    isEmpty: (d) => d.plan.commitments.length === 0,
  });

  #dataTask(): DataTask<TrackerData> | undefined {
    return trackerTask({
      plan: this.plan,
      planVersion: this.#planVersion,
      institutions: this.institutions,
      inline: this.querySelector(INLINE_SELECTOR)?.textContent ?? undefined,
      dataSrc: this.dataSrc,
      planId: this.planId,
      api: this.api ?? this.config?.api,
      client: this.client ?? this.config?.client,
    });
  }

  /** Loads the plan again (what the retry button does). */
  reload(): void {
    this.#data.reload();
  }

  get #urlState(): boolean {
    return !this.noUrlState && !this.commitment;
  }

  readonly #handleLocationChange = (): void => {
    if (!this.#urlState) return;
    const next = readState(location.hash);
    if (sameState(next, this.view)) return;
    this.#scrollPending = next.open !== '' && next.open !== this.view.open;
    this.view = next;
  };

  /** A staff block on the page saved progress on this plan: read it again (the kit's change notice). */
  #stopWatching: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatching = watchChanges(
      () => {
        const api = this.api ?? this.config?.api;
        return api && this.planId && this.#data.status === 'success' ? [api, `plans/${this.planId}`] : undefined;
      },
      () => void this.#data.refresh(),
    );
    if (this.#urlState) this.view = readState(location.hash);
    if (this.view.view === 'timeline') void preloadTimeline();
    this.#scrollPending = this.view.open !== '' && this.#urlState;
    window.addEventListener('popstate', this.#handleLocationChange);
    window.addEventListener('hashchange', this.#handleLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    window.removeEventListener('popstate', this.#handleLocationChange);
    window.removeEventListener('hashchange', this.#handleLocationChange);
  }

  protected override updated(): void {
    if (!this.#scrollPending || this.#data.status !== 'success') return;
    this.#scrollPending = false;
    const row = this.renderRoot.querySelector(`[part~="commitment"][data-number="${CSS.escape(this.view.open)}"]`);
    row?.scrollIntoView({ block: 'start' });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('plan') || changed.has('institutions')) this.#planVersion += 1;
    if (changed.has('commitment') && this.commitment) this.view = { ...DEFAULT_STATE, open: this.commitment };
    super.willUpdate(changed);
  }

  /** Applies a change of view; `push` adds a history entry (the back button undoes it), otherwise the entry is replaced. */
  #change(patch: Partial<TrackerState>, push: boolean): void {
    const next = { ...this.view, ...patch };
    if (sameState(next, this.view)) return;
    this.view = next;
    if (this.#urlState) saveState(next, push);
  }

  /** The tracker's own terms; undefined until the language's chunk has loaded. */
  get #t(): CommitmentTrackerTranslation | undefined {
    return this.localize.text(trackerStrings);
  }

  #currentModel(data: TrackerData): TrackerModel {
    if (this.#model?.data !== data) {
      const rows = buildRows(data.plan.commitments, data.institutions);
      this.#model = { data, rows, facets: facets(rows), summary: summarizePlan(data.plan.commitments, this.#todayIso) };
      this.visible = undefined;
    }
    return this.#model;
  }

  get #todayIso(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today as string)
      ? (this.today as string)
      : new Date().toISOString().slice(0, 10);
  }

  /** Sorted rows and the ones the filters and search select; recomputed only when one of them changes. */
  #selection(model: TrackerModel): NonNullable<HapurCommitmentTracker['visible']> {
    const { status, institution, value, q, sort } = this.view;
    const lang = this.localize.lang;
    const sortKey = JSON.stringify([sort, lang]);
    const key = JSON.stringify([status, institution, value, q, sort, lang]);
    if (this.visible?.key !== key) {
      // Filtering keeps the sorted order, so a filter change does not sort again.
      const text = this.#textFor(model);
      const all =
        this.visible?.sortKey === sortKey
          ? this.visible.sorted
          : sortRows(model.rows, sort, (row) => text.plain(row.commitment.title), this.localize.formatLocale);
      // Serbian readers type either script and a plan may store either: once the transliteration has loaded (at the
      // first query, typed or from the address; asked again if its download broke off), both are compared in Latin.
      if (q)
        loadLatin()?.then(() => {
          this.visible = undefined;
          this.requestUpdate();
        }, String);
      // For a reader of Cyrillic the query is in Latin at once, by the transliteration that shows them the plan.
      const rows = filterRows(all, {
        ...this.view,
        q: dataText.resolve({ values: { 'sr-Cyrl': q } }, 'sr-Latn')?.text ?? q,
      });
      this.visible = { key, sortKey, sorted: all, rows, shown: new Set(rows) };
    }
    return this.visible;
  }

  /** One text renderer per plan and language: rows skipped by `guard` still count towards the language note. */
  #textFor(model: TrackerModel): TextRenderer {
    const lang = this.localize.lang;
    if (this.#texts?.model !== model || this.#texts.lang !== lang)
      this.#texts = { model, lang, text: new TextRenderer(this.localize) };
    return this.#texts.text;
  }

  /**
   * The current view (filters, search and sort applied) as a CSV or JSON file. Where the plan or its progress is
   * invented, the CSV's last column says so on every line (the JSON keeps the plan's `dataNotes`). Async: the export
   * code is a chunk loaded on first use (the first download); it rejects if that chunk cannot load (offline).
   */
  async exportView(format: 'csv' | 'json'): Promise<TrackerExport> {
    const { data } = this.#data;
    const t = this.#t;
    if (!data || !t) throw new Error('exportView: the plan has not been shown yet');
    const model = this.#currentModel(data);
    const rows = this.commitment
      ? model.rows.filter((r) => r.commitment.number === this.commitment)
      : this.#selection(model).rows;
    const note = demonstrationNoteOf(data.plan, t);
    return buildExport(format, data, rows, this.view, t, this.localize, institutionName, note);
  }

  readonly #toolbarHandlers: ToolbarHandlers = {
    change: (patch, push) => this.#change(patch, push || (patch.q !== undefined && this.view.q === '')),
    clear: () => {
      this.#change({ status: '', institution: '', value: '', q: '' }, true);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
    },
    download: (format) => void downloadOnUse(this, () => this.exportView(format)),
  };

  readonly #rowHandlers: RowHandlers = {
    toggle: (number) => this.#change({ open: this.view.open === number ? '' : number }, true),
    feedback: (number) => requestFeedback(this, this.#data.data?.plan.id, number, this.feedbackHref),
    comments: (c) => renderComments(this.#data.data?.plan, c, this.api ?? this.config?.api, this.localize.uiLang),
  };

  protected override render() {
    const t = this.#t;
    if (!this.localize.ready || !t) return renderLanguagePending();
    const dataState = renderDataState(this.#data, this.localize, t.trackerEmpty);
    if (dataState || !this.#data.data) return dataState ?? nothing;
    const model = this.#currentModel(this.#data.data);
    const plan = model.data.plan;
    const text = this.#textFor(model);
    const ctx: RenderContext = {
      lang: this.localize.lang,
      t,
      localize: this.localize,
      text,
      institutions: model.data.institutions,
      today: this.#todayIso,
    };
    const level = Math.min(5, Math.max(1, Math.trunc(this.headingLevel) || 2));
    // Body before header: the header's language note depends on every text the body used.
    const body = this.commitment
      ? renderSingle(model, ctx, level, this.commitment, this.view.open, this.#rowHandlers)
      : renderPlan(model, this.#selection(model), this.view, ctx, level, {
          rows: this.#rowHandlers,
          toolbar: this.#toolbarHandlers,
          host: this,
        });
    return html`<div class="tracker" part="base">
      ${renderHeader(plan, model.summary, ctx, level, () => text.note())} ${body}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-commitment-tracker': HapurCommitmentTracker;
  }
}
