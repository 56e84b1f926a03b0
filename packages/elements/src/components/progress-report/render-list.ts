import type { Milestone } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { staffStrings } from '../../translations/staff/index.js';
import type { ReportableCommitment } from './progress-report.model.js';
import { progressStrings } from './progress-report.translations.js';
import type { ProgressView } from './progress-report.types.js';

/** What the renderers need, once the block's strings are loaded (undefined until then); title level 2–4. */
export function progressView(localize: LocalizeController, headingLevel: number): ProgressView | undefined {
  const t = localize.text(progressStrings);
  if (!localize.ready || !t) return undefined;
  const level = Math.min(4, Math.max(2, headingLevel));
  return { t, s: localize.text(staffStrings), localize, text: new TextRenderer(localize), level };
}

export const heading = (level: number, text: unknown, id?: string, extra = '') =>
  html`<p
    class="heading ${extra}"
    role="heading"
    aria-level=${level}
    id=${id ?? nothing}
    tabindex=${id ? '-1' : nothing}
  >
    ${text}
  </p>`;

/** The milestone's state in words: status, completion, percent, last report. Never colour alone. */
export function renderState(v: ProgressView, m: Milestone): TemplateResult {
  const { t } = v;
  return html`<ul class="state-line" part="milestone-state">
    <li class="badge badge--${m.status}">${t.statusName[m.status]}</li>
    ${m.completion ? html`<li>${t.completionName[m.completion]}</li>` : nothing}
    ${m.progressPercent === undefined ? nothing : html`<li>${t.percentDone(m.progressPercent)}</li>`}
    <li class="muted">${m.latestUpdate ? t.lastReport(v.localize.date(m.latestUpdate.reportedAt)) : t.noReportYet}</li>
  </ul>`;
}

/** The commitments and milestones the institution reports on, each milestone with its "report" button. */
export function renderList(
  v: ProgressView,
  items: readonly ReportableCommitment[],
  open: (milestone: Milestone) => void,
): TemplateResult {
  const { t } = v;
  return html`<ol class="commitments" part="list" role="list">
    ${items.map(
      ({ commitment, milestones }) =>
        html`<li class="commitment" part="commitment">
          ${heading(v.level + 1, html`${t.commitmentLabel(commitment.number)}: ${v.text.inline(commitment.title)}`)}
          <ol class="milestones" role="list">
            ${milestones.map(
              (m) =>
                html`<li class="milestone" part="milestone" data-id=${m.id}>
                  <p class="milestone__title">
                    <span class="milestone__number">${t.milestoneLabel(m.number)}</span> ${v.text.inline(m.title)}
                  </p>
                  ${renderState(v, m)}
                  <button type="button" part="report-button" data-milestone=${m.id} @click=${() => open(m)}>
                    ${t.reportButton(m.number)}
                  </button>
                </li>`,
            )}
          </ol>
        </li>`,
    )}
  </ol>`;
}

/** Links to the plan's self-assessment (public data: no token in them), CSV and JSON. */
export function renderExport(v: ProgressView, links: { csv: string; json: string } | undefined) {
  if (!links) return nothing;
  return html`<section class="export" part="export" aria-labelledby="export-title">
    ${heading(v.level + 1, v.t.exportTitle, 'export-title')}
    <ul>
      <li><a href=${links.csv} download>${v.t.exportCsv}</a></li>
      <li><a href=${links.json} download>${v.t.exportJson}</a></li>
    </ul>
  </section>`;
}
