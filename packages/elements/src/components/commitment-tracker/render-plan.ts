import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TrackerState } from './commitment-tracker.types.js';
import { renderRow, type RowHandlers } from './render-commitment.js';
import { heading, type RenderContext } from './render-context.js';
import { renderToolbar, type ToolbarHandlers } from './render-toolbar.js';
import { renderTimelineView } from './tracker-timeline-load.js';
import { groupByComponent, type facets } from './tracker-filter.js';
import type { CommitmentRow, PlanSummary } from './tracker-model.js';
import type { TrackerData } from './tracker-source.js';

/** A loaded plan, read once into rows, facets and a summary (recomputed only when the data changes). */
export interface TrackerModel {
  data: TrackerData;
  rows: CommitmentRow[];
  facets: ReturnType<typeof facets>;
  summary: PlanSummary;
}

/** The rows in sort order, the ones the filters and search select, and the latter as a set. */
export interface TrackerSelection {
  sorted: CommitmentRow[];
  rows: CommitmentRow[];
  shown: Set<CommitmentRow>;
}

/** Single-commitment mode (`commitment="3"`): that commitment, or a notice when the plan has none by that number. */
export function renderSingle(
  model: TrackerModel,
  ctx: RenderContext,
  level: number,
  number: string,
  open: string,
  handlers: RowHandlers,
): TemplateResult {
  const row = model.rows.find((r) => r.commitment.number === number);
  if (!row) return html`<p class="notice" role="alert">${ctx.t.commitmentNotFound(number)}</p>`;
  return html`<ul class="commitments" role="list">
    ${renderRow(row, ctx, level + 1, open === row.commitment.number, handlers)}
  </ul>`;
}

/**
 * The whole plan: the toolbar, then the timeline (its module loaded when it is first shown, `host` re-rendered then)
 * or the list of commitments grouped by component.
 */
export function renderPlan(
  model: TrackerModel,
  { sorted, rows, shown }: TrackerSelection,
  view: TrackerState,
  ctx: RenderContext,
  level: number,
  handlers: { rows: RowHandlers; toolbar: ToolbarHandlers; host: ReactiveElement },
): TemplateResult {
  const plan = model.data.plan;
  const toolbar = renderToolbar(
    view,
    model.facets,
    { shown: rows.length, total: model.rows.length },
    ctx,
    handlers.toolbar,
    handlers.host,
  );
  // One template around the toolbar whatever the view: switching views updates the toolbar in place, so the view
  // button keeps the keyboard focus (two templates made Lit rebuild the toolbar, and focus fell to the page).
  return html`${toolbar}${
    view.view === 'timeline'
      ? renderTimelineView(
          plan,
          rows.map((r) => r.commitment),
          ctx,
          level + 1,
          handlers.host,
        )
      : renderList(plan, sorted, rows, shown, view, ctx, level, handlers.rows)
  }`;
}

/** The commitments grouped by component; every row stays in the DOM and filters flip `hidden`. */
function renderList(
  plan: TrackerModel['data']['plan'],
  sorted: TrackerSelection['sorted'],
  rows: TrackerSelection['rows'],
  shown: TrackerSelection['shown'],
  view: TrackerState,
  ctx: RenderContext,
  level: number,
  rowHandlers: RowHandlers,
): TemplateResult {
  const components = plan.components ?? [];
  const grouped = components.length > 0;
  const groups = grouped ? groupByComponent(sorted, components) : [{ component: undefined, rows: sorted }];
  const rowLevel = grouped ? level + 2 : level + 1;
  // Much cheaper than re-creating rows.
  return html`${rows.length === 0 ? html`<p class="muted" part="no-matches">${ctx.t.noMatches}</p>` : nothing}
    <section class="list" aria-label=${ctx.t.commitmentsHeading} ?hidden=${rows.length === 0}>
      ${groups.map(
        (group) =>
          html`<div class="group" ?hidden=${!group.rows.some((row) => shown.has(row))}>
            ${grouped ? heading(level + 1, group.component ? ctx.text.inline(group.component.title) : ctx.t.componentOther, { className: 'group__title' }) : nothing}
            <ul class="commitments" role="list">
              ${repeat(
                group.rows,
                (row) => row.commitment.id,
                (row) =>
                  renderRow(row, ctx, rowLevel, view.open === row.commitment.number, rowHandlers, !shown.has(row)),
              )}
            </ul>
          </div>`,
      )}
    </section>`;
}
