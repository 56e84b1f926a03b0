import type { OgpValue } from '@hapur/sdk';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { announcer, type Announcer } from '../../internal/announce.js';
import { renderDownloadButtons } from '../../internal/download-buttons.js';
import { renderDownloadError } from '../../internal/download-on-use.js';
import { COMMITMENT_STATUSES, SORT_KEYS, type TrackerState } from './commitment-tracker.types.js';
import { institutionName, institutionNameLang } from './tracker-model.js';
import type { RenderContext } from './render-context.js';

export interface ToolbarHandlers {
  change: (patch: Partial<TrackerState>, push: boolean) => void;
  clear: () => void;
  download: (format: 'csv' | 'json') => void;
  /** The result count's announcer, made at the toolbar's first render. */
  announce?: Announcer;
}

function select(
  id: string,
  label: string,
  value: string,
  options: [value: string, text: string, lang?: string | undefined][],
  onChange: (v: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      part="filter"
      .value=${live(value)}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      ${options.map(
        ([v, text, lang]) => html`<option value=${v} lang=${lang ?? nothing} ?selected=${v === value}>${text}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * Filters, search, sort, view switch and downloads. Every control is a native, labelled form control. Below the
 * downloads, the error state when a press could not load their module (offline). The count shows at once; a screen
 * reader hears it once typing or choosing pauses (`announcer`), not at every key.
 */
export function renderToolbar(
  state: TrackerState,
  facets: { institutions: string[]; values: OgpValue[] },
  counts: { shown: number; total: number },
  ctx: RenderContext,
  h: ToolbarHandlers,
  host: ReactiveElement,
): TemplateResult {
  const { t } = ctx;
  const filtered = state.status || state.institution || state.value || state.q;
  const count = t.resultCount(counts.shown, counts.total);
  return html`<div class="toolbar" part="toolbar">
    <form class="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field field--search">
        <label for="q">${t.search}</label>
        <input
          id="q"
          type="search"
          part="search"
          aria-describedby="q-hint"
          .value=${live(state.q)}
          @input=${(e: Event) => h.change({ q: (e.target as HTMLInputElement).value }, false)}
        />
        <span id="q-hint" class="hint">${t.searchHint}</span>
      </div>
      ${select(
        'f-status',
        t.filterStatus,
        state.status,
        [['', t.allStatuses], ...COMMITMENT_STATUSES.map((s): [string, string] => [s, t.commitmentStatus(s)])],
        (v) => h.change({ status: v as TrackerState['status'] }, true),
      )}
      ${
        facets.institutions.length === 0
          ? nothing
          : select(
              'f-lead',
              t.filterInstitution,
              state.institution,
              [
                ['', t.allInstitutions],
                // By the names the reader sees (the plan's facets are in id order).
                ...facets.institutions
                  .map((id): [string, string, string | undefined] => [
                    id,
                    institutionName(id, ctx.institutions, ctx.lang),
                    institutionNameLang(id, ctx.institutions, ctx.lang),
                  ])
                  .sort((a, b) => a[1].localeCompare(b[1], ctx.lang)),
              ],
              (v) => h.change({ institution: v }, true),
            )
      }
      ${facets.values.length === 0 ? nothing : select('f-value', t.filterValue, state.value, [['', t.allValues], ...facets.values.map((v): [string, string] => [v, t.ogpValue(v)])], (v) => h.change({ value: v }, true))}
      ${select(
        'f-sort',
        t.sort,
        state.sort,
        SORT_KEYS.map((k): [string, string] => [k, t.sortKey(k)]),
        (v) => h.change({ sort: v as TrackerState['sort'] }, true),
      )}
      ${filtered ? html`<button type="button" class="clear" part="clear-button" @click=${h.clear}>${t.clearFilters}</button>` : nothing}
    </form>
    <div class="toolbar__row">
      <div class="views" role="group" aria-label=${t.view}>
        <button
          type="button"
          part="view-button"
          aria-pressed=${state.view === 'list'}
          @click=${() => h.change({ view: 'list' }, true)}
        >
          ${t.viewList}
        </button>
        <button
          type="button"
          part="view-button"
          aria-pressed=${state.view === 'timeline'}
          @click=${() => h.change({ view: 'timeline' }, true)}
        >
          ${t.viewTimeline}
        </button>
      </div>
      <div class="downloads" role="group" aria-labelledby="dl-label">
        <span id="dl-label">${t.download}:</span> ${renderDownloadButtons(t, h.download)}
      </div>
    </div>
    ${renderDownloadError(host, ctx)}
    <p class="count" part="result-count">${count}</p>
    ${(h.announce ??= announcer(host))(count)}
  </div>`;
}
