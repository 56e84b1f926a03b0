import { html, nothing } from 'lit';
import { checklistReads } from '../../internal/client/checklist-reads.js';
import { pickClient } from '../../internal/client/registry.js';
import { DataController, type FetchTask } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { renderDataState, renderLanguagePending, retry } from '../../internal/render-state.js';
import { renderDownloadButtons } from '../../internal/download-buttons.js';
import { downloadOnUse, renderDownloadError } from '../../internal/download-on-use.js';
import { checklistFile } from './checklist-export-load.js';
import type { ChecklistMonitor } from './checklist-monitor.js';
import type { MonitorHandlers } from './checklist-monitor-view.js';
import { loadStaff, type StaffModule } from './checklist-staff-load.js';
import { isGap, loadChecklist } from './checklist-summary.js';
import { renderSummary } from './checklist-summary-view.js';
import { heading, loadError, quarterLabel, renderLocalize, renderMatrix, type ViewContext } from './checklist-view.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './publication-checklist.styles.js';
import {
  latestChecks,
  type ChecklistClient,
  type ChecklistData,
  type ChecklistMode,
} from './publication-checklist.types.js';
import {
  checklistMonitorStrings,
  checklistStrings,
  requestMonitorStrings,
} from './publication-checklist.translations.js';

/**
 * An institution's proactive-publication checklist for a quarter: each required document with its
 * legal basis and frequency, and whether it is published, complete, on time, accessible and
 * available in each language its requirements ask for (Kosovo's: Albanian, Serbian, English recommended; another
 * programme's own) — verdict first; a real table when the block is wide, one card
 * per requirement when it is narrow (its own width decides, not the window's) — with a summary, the trend across
 * quarters, what changed, a gaps-only filter and CSV/JSON downloads. With `mode="monitor"` and a
 * staff `token` property (set by the page's sign-in step, never an attribute), the standardised
 * monitoring template to record the quarter's checks.
 *
 * @customElement hapur-publication-checklist
 * @summary Proactive-publication checklist (public matrix and summary; staff monitoring template).
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurLoadEvent} hapur-load - The checklist loaded and is shown.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 * @event {HapurAfterRecordEvent} hapur-after-record - The server stored checks from the monitoring template; `detail.saved` says how many.
 *
 * @csspart base - The block (or the state box while loading, empty or failed).
 * @csspart title - The block's heading.
 * @csspart toolbar - Quarter picker, gaps filter and downloads.
 * @csspart download-button - The CSV and JSON buttons.
 * @csspart matrix - The checklist table (shown when the block is at least 68rem wide).
 * @csspart cards - The checklist as one card per requirement (shown when the block is narrower than 68rem).
 * @csspart shared-facts - What every shown requirement shares, said once above the matrix (its legal basis, "provisional").
 * @csspart summary - The summary section.
 * @csspart summary-table - Each "share met" table.
 * @csspart trend-chart - The bar chart of the trend (decorative; the trend table carries the figures).
 * @csspart trend-table - The trend table.
 * @csspart changes - The list of changes since the previous quarter.
 * @csspart monitor - The monitoring template.
 * @csspart progress - "7 of 14 recorded".
 * @csspart message - The monitoring status line (draft saved, submitted, failed).
 * @csspart error-summary - The list of problems shown before sending.
 * @csspart submit-button - The button that sends the quarter's checks.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - Data is loading.
 * @cssstate empty - No checks were recorded for the institution yet.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-publication-checklist-border-color - Table and section borders.
 * @cssproperty --hapur-publication-checklist-yes-color - Text colour of "yes" / compliant verdicts.
 * @cssproperty --hapur-publication-checklist-partial-color - Text colour of "partly" verdicts.
 * @cssproperty --hapur-publication-checklist-no-color - Text colour of "no" / not compliant verdicts.
 * @cssproperty --hapur-publication-checklist-bar-color - Bars of the trend chart.
 */
export class HapurPublicationChecklist extends HapurElement {
  static override styles = blockStyles(styles);
  // The monitoring template's strings load with its module (`willUpdate`), not with the public checklist.
  static override catalogues = [checklistStrings];

  static override properties = {
    institution: {},
    period: {},
    mode: { reflect: true },
    token: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    gapsOnly: { state: true },
  };

  /** Id of the institution, e.g. `xk-mf`. */
  institution: string | undefined;

  /** Quarter to show, e.g. `2026-Q1`; by default the latest quarter with checks. */
  period: string | undefined;

  /** `public` (default) or `monitor` (the staff monitoring template above the public view). */
  mode: ChecklistMode = 'public';

  /**
   * Staff bearer token for the monitoring template, set from JavaScript by the page's sign-in step
   * (`el.token = …`). A property only: kept in memory, never stored, never read from or written to an
   * HTML attribute (a `token` attribute is ignored), so it is in no page source, DOM dump or cache.
   */
  token: string | undefined;

  /** A configured `@hapur/sdk` client (set from JavaScript); a staff client (created with a token) can record checks. */
  declare client: ChecklistClient | undefined;

  /** Heading level of the block's title, so it fits the page's outline (1–5; 2 when it is no number). */
  headingLevel = 2;

  /** Show only requirements that are not fully met. */
  gapsOnly = false;

  /** The monitoring template's code and state, loaded the first time the block is in `monitor` mode. */
  #staff: { module: StaffModule; monitor: ChecklistMonitor; on: MonitorHandlers } | undefined;
  #staffLoading = false;
  /** The checklist on screen, kept while another quarter loads and when it failed to load. */
  #shown: ChecklistData | undefined;

  readonly #data = new DataController<ChecklistData>(this, {
    task: () => this.#dataTask(),
    isEmpty: (d) => this.mode !== 'monitor' && d.periods.length === 0 && d.current.checks.length === 0,
  });

  get #apiClient(): ChecklistClient | undefined {
    return pickClient(checklistReads, this.client, this.api, this.config);
  }

  #dataTask(): FetchTask<ChecklistData> | undefined {
    const client = this.#apiClient;
    const id = this.institution;
    if (!client || !id) return undefined;
    const wanted = this.period;
    return {
      source: 'api',
      key: `${this.api ?? this.config?.api ?? ''}|${id}|${wanted ?? ''}`,
      run: (signal) => loadChecklist(client, id, wanted, signal),
    };
  }

  constructor() {
    super();
    // What failed to load (offline) is asked for again at the browser's next `online`, as the block's strings are.
    this.addEventListener('hapur-error', () => addEventListener('online', this.#retry, { once: true }));
  }

  readonly #retry = () => this.#data.status === 'error' && this.reload();

  /** Loads the checklist again (what the retry button does). */
  reload(): void {
    this.#data.reload();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.mode !== 'monitor') return;
    requestMonitorStrings(this, this.localize.uiLang);
    if (!this.#staff) return this.#loadMonitor();
    if (this.#data.status === 'success' && this.#data.data && this.localize.ready) {
      this.#staff.monitor.load(this.#data.data.current, this.localize.lang);
    }
  }

  #loadMonitor(): void {
    if (this.#staffLoading) return;
    this.#staffLoading = true;
    loadStaff(this).then(
      (module) => {
        this.#staff = {
          module,
          monitor: new module.ChecklistMonitor(),
          on: module.monitorHandlers({
            el: this,
            monitor: () => this.#monitor,
            client: () => this.client ?? this.config?.client,
            api: () => this.api ?? this.config?.api,
            token: () => this.token,
            lang: () => this.localize.lang,
            refresh: () => this.#data.refresh(),
          }),
        };
        this.requestUpdate();
      },
      () => {
        this.#staffLoading = false; // tried again at the next update
      },
    );
  }

  /** The monitoring template, while in `monitor` mode and once its module and its strings are here. */
  get #monitor(): ChecklistMonitor | undefined {
    return this.mode === 'monitor' && checklistMonitorStrings.get(this.localize.uiLang)
      ? this.#staff?.monitor
      : undefined;
  }

  /** The view context, or `undefined` while this language's checklist strings are loading. */
  get #ctx(): ViewContext | undefined {
    const t = this.localize.text(checklistStrings);
    if (!t) return undefined;
    return {
      t,
      localize: renderLocalize(this.localize),
      text: new TextRenderer(this.localize),
      // A word, 0, -3 or 9 in `heading-level` still gives valid levels (title 1–5, sections up to 6), as the tracker's.
      level: Math.max(1, Math.min(5, this.headingLevel) || 2),
    };
  }

  protected override render() {
    const ctx = this.localize.ready ? this.#ctx : undefined;
    if (!ctx) return renderLanguagePending();
    const { status, error } = this.#data;
    // Another quarter loading (or failing to) keeps this one, and the picker with its focus, on screen.
    const kept = this.#data.data ?? this.#shown;
    const data = (this.#shown =
      status !== 'empty' && kept?.current.institution.id === this.institution ? kept : undefined);
    if (!data) return renderDataState(this.#data, this.localize, ctx.t.emptyChecklist) ?? nothing;
    const { current } = data;
    const institution = ctx.text.plain(current.institution.name);
    const period = quarterLabel(ctx.t, current.period);
    const checks = latestChecks(current.checks);
    const rows = this.gapsOnly ? current.requirements.filter((r) => isGap(checks.get(r.id))) : current.requirements;
    const count = rows.length ? ctx.t.showing(rows.length, current.requirements.length) : ctx.t.noGaps;
    const monitor = this.#monitor;
    // Busy while the monitoring template's module loads (one request, the first time the mode is `monitor`).
    const busy = status === 'loading' || (this.mode === 'monitor' && !monitor);
    return html`<article class="checklist" part="base" aria-labelledby="title" aria-busy=${busy ? 'true' : nothing}>
      <div part="title">${heading(ctx.level, ctx.t.heading(institution, period), 'title')}</div>
      ${ctx.text.note()}
      ${
        monitor
          ? this.#staff!.module.renderMonitor(
              { ...ctx, t: { ...ctx.t, ...checklistMonitorStrings.get(this.localize.uiLang)! } },
              monitor,
              institution,
              this.#staff!.on,
            )
          : nothing
      }
      ${this.#renderToolbar(ctx, data)}
      ${status === 'error' ? loadError(ctx, this.period ?? current.period, error, (event) => void retry(this.#data, event.currentTarget as Element)) : nothing}
      <p class="count" role="status">${status === 'loading' ? this.localize.t.loading : count}</p>
      ${rows.length > 0 ? renderMatrix(ctx, ctx.t.matrixCaption(institution, period), rows, checks) : nothing}
      ${renderSummary(ctx, data)}
    </article>`;
  }

  #renderToolbar(ctx: ViewContext, data: ChecklistData) {
    const { t } = ctx;
    const { current } = data;
    const wanted = this.period ?? current.period;
    const periods = [...new Set([...data.periods.map((p) => p.period), wanted])].sort();
    return html`<div class="toolbar" part="toolbar">
        <div class="field">
          <label for="period">${t.quarterLabel}</label>
          <select id="period" @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value)}>
            ${periods.map((p) => html`<option value=${p} .selected=${p === wanted}>${quarterLabel(t, p)}</option>`)}
          </select>
        </div>
        <div class="check">
          <input
            id="gaps"
            type="checkbox"
            .checked=${this.gapsOnly}
            @change=${(e: Event) => (this.gapsOnly = (e.target as HTMLInputElement).checked)}
          />
          <label for="gaps">${t.gapsOnly}</label>
        </div>
        <div class="downloads" role="group" aria-label=${t.downloadHeading}>
          ${renderDownloadButtons(
            t,
            // The quarter shown, as CSV (texts in the reader's language) or JSON, made by the downloads' module.
            (format) => void downloadOnUse(this, () => checklistFile(format, current, this.localize.lang)),
          )}
        </div>
      </div>
      ${renderDownloadError(this, ctx)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-publication-checklist': HapurPublicationChecklist;
  }
}
