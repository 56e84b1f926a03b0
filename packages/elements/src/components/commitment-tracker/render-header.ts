import type { ActionPlan } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading, institutionLabel, percentText, progressBar, type RenderContext } from './render-context.js';
import { demonstrationNoteOf, type PlanSummary } from './tracker-model.js';

/** Title, period, coordinator, overall progress and data notes. The language note goes right under the title. */
export function renderHeader(
  plan: ActionPlan,
  summary: PlanSummary,
  ctx: RenderContext,
  level: number,
  languageNote: () => unknown,
): TemplateResult {
  const { t, text, localize } = ctx;
  const demo = demonstrationNoteOf(plan, t);
  // Used only when the plan has milestones (`summary.total`).
  const percent = Math.round((summary.complete / summary.total) * 100);
  const period = plan.period.start === plan.period.end ? plan.period.start : `${plan.period.start}–${plan.period.end}`;
  const counts = [
    summary.due ? t.dueThisQuarter(summary.due) : '',
    summary.overdue ? t.overdue(summary.overdue) : '',
    summary.undated ? t.undated(summary.undated) : '',
  ].filter(Boolean);
  return html`<header class="header" part="header">
    ${heading(level, text.inline(plan.title), { id: 'plan-title', part: 'title', className: 'title' })}
    ${languageNote()}
    <dl class="plan-facts">
      <div>
        <dt>${t.period}</dt>
        <dd>${period}</dd>
      </div>
      ${
        plan.coordinatingInstitutionId
          ? html`<div>
              <dt>${t.coordinatingInstitution}</dt>
              <dd>${institutionLabel(ctx, plan.coordinatingInstitutionId)}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t.status}</dt>
        <dd>${t.planStatus(plan.status)}</dd>
      </div>
    </dl>
    ${
      summary.total
        ? html`<div class="overall" part="overall">
            <p class="overall__label" id="overall-label">
              ${t.overallProgress}: <strong>${t.milestonesComplete(summary.complete, summary.total)}</strong>
            </p>
            ${progressBar(t.overallProgress, percent, `${percentText(ctx, percent)} (${t.milestonesComplete(summary.complete, summary.total)})`, 'overall-progress')}
            ${counts.length ? html`<p class="overall__counts">${counts.join(' · ')}</p>` : nothing}
          </div>`
        : nothing
    }
    ${demo ? html`<p class="notice notice--demo" part="demo-note" role="note">${demo}</p>` : nothing}
    ${plan.status === 'draft' && plan.consultation?.open ? html`<p class="notice" role="note">${t.consultationOpen}</p>` : nothing}
    ${plan.updatedAt ? html`<p class="updated" part="updated">${t.lastUpdated(localize.date(plan.updatedAt))}</p>` : nothing}
  </header>`;
}
