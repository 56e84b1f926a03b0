import type { ActionPlan, Commitment } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import type { describeDue, heading, RenderContext } from './render-context.js';
import { buildTimeline, columnOf, type PlacedMilestone, type QuarterColumn } from './tracker-timeline.js';

function quarterName(ctx: RenderContext, c: QuarterColumn): string {
  return ctx.t.quarter(c.quarter, c.year);
}

function placedWhen(ctx: RenderContext, p: PlacedMilestone): string {
  const from = quarterName(ctx, columnOf(p.start));
  return p.start === p.end ? from : `${from} – ${quarterName(ctx, columnOf(p.end))}`;
}

/**
 * The tracker's heading and due-date wording (`render-context.ts`), handed in rather than imported: the timeline's
 * chunk then imports nothing from the tracker's, which would move code the tracker shares with its file readers
 * out of the tracker's chunk into one more of its own (`tracker-timeline-load.ts`).
 */
export interface TimelineHelpers {
  heading: typeof heading;
  describeDue: typeof describeDue;
}

/**
 * Milestones by quarter across the plan period: a picture for sighted readers (hidden from assistive
 * technology) and the same content as a table; milestones without a placeable date are listed apart.
 */
export function renderTimeline(
  plan: ActionPlan,
  commitments: readonly Commitment[],
  ctx: RenderContext,
  level: number,
  { heading, describeDue }: TimelineHelpers,
): TemplateResult {
  const { t, text } = ctx;
  const timeline = buildTimeline(plan, commitments);
  const first = timeline.columns[0]?.index ?? 0;
  const years = [...new Set(timeline.columns.map((c) => c.year))];
  const grid = cssProps({ '--_columns': String(timeline.columns.length) });
  return html`<section class="timeline" part="timeline" aria-labelledby="timeline-title">
    ${heading(level, t.timeline, { id: 'timeline-title', className: 'section__title' })}
    ${timeline.placed.length === 0 ? html`<p class="muted">${t.timelineEmpty}</p>` : nothing}
    ${
      timeline.placed.length
        ? html`<div class="chart" aria-hidden="true" ${grid}>
            <span class="chart__corner"></span>
            ${years.map((year) => {
              const cols = timeline.columns.filter((c) => c.year === year);
              const start = (cols[0]?.index ?? first) - first + 2;
              return html`<span class="chart__year" ${cssProps({ 'grid-column': `${start} / span ${cols.length}` })}
                >${year}</span
              >`;
            })}
            <span class="chart__corner"></span>
            ${timeline.columns.map(
              (c) =>
                html`<span class="chart__quarter"
                  ><span class="chart__quarter-name">${t.quarterShort(c.quarter)}</span
                  ><span class="chart__quarter-number">${c.quarter}</span></span
                >`,
            )}
            ${timeline.placed.map(
              (p) =>
                html`<span class="chart__label">${p.milestone.number}</span>
                  <span
                    class="chart__bar chart__bar--${p.kind} chart__bar--${p.milestone.due.kind} status--${p.milestone.status}"
                    part="timeline-bar"
                    title=${`${p.milestone.number} ${text.plain(p.milestone.title)} — ${p.milestone.due.text}`}
                    ${cssProps({ 'grid-column': `${p.start - first + 2} / ${p.end - first + 3}` })}
                  ></span>`,
            )}
          </div>`
        : nothing
    }
    ${
      timeline.placed.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="timeline-caption" tabindex="0">
            <table class="timeline-table" part="timeline-table">
              <caption id="timeline-caption">
                ${t.timelineTable}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.milestone}</th>
                  <th scope="col">${t.commitment}</th>
                  <th scope="col">${t.dueAsWritten}</th>
                  <th scope="col">${t.dueReading}</th>
                  <th scope="col">${t.when}</th>
                  <th scope="col">${t.status}</th>
                </tr>
              </thead>
              <tbody>
                ${timeline.placed.map(
                  (p) =>
                    html`<tr>
                      <th scope="row">${p.milestone.number} ${text.inline(p.milestone.title)}</th>
                      <td>${p.commitment.number}</td>
                      <td><q lang=${p.milestone.due.lang ?? nothing}>${p.milestone.due.text}</q></td>
                      <td>${describeDue(p.milestone.due, ctx)}</td>
                      <td>
                        ${placedWhen(ctx, p)}${p.kind === 'span' ? html` <span class="muted">(${t.timelineSpan})</span>` : nothing}
                      </td>
                      <td>${t.milestoneStatus(p.milestone.status)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    ${
      timeline.unplaced.length
        ? html`<section class="unplaced" part="unplaced">
            ${heading(level + 1, t.unplaced, { className: 'section__title' })}
            <p class="muted">${t.unplacedNote}</p>
            <ul>
              ${timeline.unplaced.map(
                (u) =>
                  html`<li>
                    ${u.milestone.number} ${text.inline(u.milestone.title)} —
                    <q lang=${u.milestone.due.lang ?? nothing}>${u.milestone.due.text}</q>
                  </li>`,
              )}
            </ul>
          </section>`
        : nothing
    }
  </section>`;
}
