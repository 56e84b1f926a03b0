import type { PublicationChecklist } from '@hapur/sdk';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { criterionRows, languageRows, quarterChanges, trend, type ShareRow } from './checklist-summary.js';
import { heading, overallBadge, percent, quarterLabel, type ViewContext } from './checklist-view.js';
import type { ChecklistData } from './publication-checklist.types.js';

/** A wide table scrolls in its own labelled, focusable box, never the page (WCAG 1.4.10 reflow). */
function scrollBox(id: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-wrap" role="region" aria-labelledby=${id} tabindex="0">${table}</div>`;
}

function shareTable(
  ctx: ViewContext,
  id: string,
  caption: string,
  firstColumn: string,
  rows: ShareRow[],
  name: (key: string) => string,
): TemplateResult {
  const { t } = ctx;
  return scrollBox(
    id,
    html`<table class="share-table" part="summary-table">
      <caption id=${id}>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${firstColumn}</th>
          <th scope="col">${t.colMet}</th>
          <th scope="col">${t.colPartly}</th>
          <th scope="col">${t.colNotMet}</th>
          <th scope="col">${t.colShare}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${name(r.key)}</th>
              <td>${r.met}</td>
              <td>${r.partial}</td>
              <td>${r.notMet}</td>
              <td>${percent(ctx, r.share)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/** Bars of the share compliant per quarter. Decorative: the table right after it carries the figures. */
function trendChart(ctx: ViewContext, data: ChecklistData): TemplateResult {
  const points = trend(data.periods);
  const width = 40;
  return html`<svg
      class="chart"
      part="trend-chart"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 ${Math.max(points.length, 1) * width} 64"
      preserveAspectRatio="xMinYMax meet"
    >
      ${points.map((p, i) => {
        const h = Math.round((p.share ?? 0) * 48);
        const current = p.period === data.current.period;
        // `svg`, not `html`: a nested template must be parsed in the SVG namespace, or the browser makes
        // unknown HTML elements of size zero and the chart is empty.
        return svg`<rect
            class=${current ? 'bar bar--current' : 'bar'}
            x=${i * width + 6}
            y=${52 - h}
            width=${width - 12}
            height=${Math.max(h, 1)}
          ></rect>
          <text x=${i * width + width / 2} y="63" text-anchor="middle">${quarterLabel(ctx.t, p.period, true)}</text>`;
      })}
    </svg>
    ${scrollBox(
      'trend-caption',
      html`<table class="share-table" part="trend-table">
        <caption id="trend-caption">
          ${ctx.t.trendCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ctx.t.colQuarter}</th>
            <th scope="col">${ctx.t.overall.compliant}</th>
            <th scope="col">${ctx.t.overall.partially_compliant}</th>
            <th scope="col">${ctx.t.overall.non_compliant}</th>
            <th scope="col">${ctx.t.colCompliantShare}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map(
            (p) =>
              html`<tr aria-current=${p.period === data.current.period ? 'true' : nothing}>
                <th scope="row">${quarterLabel(ctx.t, p.period)}</th>
                <td>${p.compliant}</td>
                <td>${p.partial}</td>
                <td>${p.nonCompliant}</td>
                <td>${percent(ctx, p.share)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}`;
}

function changes(
  ctx: ViewContext,
  current: PublicationChecklist,
  previous: PublicationChecklist | null,
): TemplateResult {
  const { t, text } = ctx;
  if (!previous) return html`<p>${t.noPrevious}</p>`;
  const list = quarterChanges(current, previous);
  const title = (id: string) => text.inline(current.requirements.find((r) => r.id === id)?.title);
  const label = { improved: t.changeImproved, worsened: t.changeWorsened, new: t.changeNew, removed: t.changeRemoved };
  return html`${heading(ctx.level + 1, t.changesHeading(quarterLabel(t, previous.period)))}
    <p>${t.shareChange(percent(ctx, previous.summary.compliantShare), percent(ctx, current.summary.compliantShare))}</p>
    ${
      list.length === 0
        ? html`<p>${t.noChanges}</p>`
        : html`<ul class="changes" part="changes">
            ${list.map(
              (c) =>
                html`<li>
                  <strong>${label[c.direction]}</strong> — ${title(c.requirementId)}: ${overallBadge(t, c.from)} →
                  ${overallBadge(t, c.to)}
                </li>`,
            )}
          </ul>`
    }`;
}

/** Summary: the share met overall, by criterion and by language; the trend; what changed. */
export function renderSummary(ctx: ViewContext, data: ChecklistData): TemplateResult {
  const { t, localize } = ctx;
  const { summary } = data.current;
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    ${heading(ctx.level + 1, t.summaryHeading, 'summary-heading')}
    <p class="lead">
      ${t.summaryLead(summary.overall.compliant ?? 0, summary.requirements, percent(ctx, summary.compliantShare))}
    </p>
    <div class="tables">
      ${shareTable(ctx, 'criterion-caption', t.byCriterionCaption, t.colCriterion, criterionRows(summary), (k) => t.criterion[k as keyof typeof t.criterion])}
      ${shareTable(ctx, 'language-caption', t.byLanguageCaption, t.colLanguageName, languageRows(data.current), (k) => localize.languageName(k))}
    </div>
    ${data.periods.length > 0 ? html`${heading(ctx.level + 1, t.trendHeading)} ${trendChart(ctx, data)}` : nothing}
    ${changes(ctx, data.current, data.previous)}
  </section>`;
}
