import type { ActionPlanDetail, Commitment, LocalizedText, Milestone, SupportingActor } from '@hapur/sdk';
import { SECTORS } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { inlineCached } from './cached-text.js';
import {
  describeDue,
  heading,
  institutionLabel,
  percentText,
  progressBar,
  type RenderContext,
} from './render-context.js';
import { milestoneTiming, type CommitmentRow } from './tracker-model.js';
import { dataLink } from '../../internal/safe-url.js';

export interface RowHandlers {
  toggle: (number: string) => void;
  feedback: (number: string) => void;
  /** Published comments (a `<hapur-comments>` or a slot), or nothing when the plan is not open for comment. */
  comments: (commitment: Commitment) => TemplateResult | typeof nothing;
}

const detailId = (number: string) => `commitment-${number.replace(/\./g, '-')}-detail`;

/**
 * A commitment row. Collapsed rows are cheap on purpose (no milestones rendered) and `guard`ed, so a
 * filter change only flips `hidden` on each row instead of re-rendering 1,000 of them.
 */
export function renderRow(
  row: CommitmentRow,
  ctx: RenderContext,
  level: number,
  open: boolean,
  handlers: RowHandlers,
  hidden = false,
): TemplateResult {
  return html`<li
    class="commitment commitment--${row.status}"
    part="commitment"
    data-number=${row.commitment.number}
    ?hidden=${hidden}
  >
    ${guard([row, open, ctx.t, ctx.today, level], () => renderRowContent(row, ctx, level, open, handlers))}
  </li>`;
}

function renderRowContent(
  row: CommitmentRow,
  ctx: RenderContext,
  level: number,
  open: boolean,
  handlers: RowHandlers,
): TemplateResult {
  const { t, text } = ctx;
  const c = row.commitment;
  return html`${heading(
      level,
      html`<button
        type="button"
        class="toggle"
        part="commitment-toggle"
        aria-expanded=${open}
        aria-controls=${detailId(c.number)}
        @click=${() => handlers.toggle(c.number)}
      >
        <span class="toggle__number">${c.number}.</span>
        <span class="toggle__title">${inlineCached(text, c.title, ctx.lang)}</span>
      </button>`,
      { className: 'commitment__title' },
    )}
    <div class="commitment__facts">
      ${
        c.leadInstitutionId || c.leadText
          ? html`<span class="lead"
              ><span class="label">${t.lead}:</span> ${institutionLabel(ctx, c.leadInstitutionId, c.leadText)}</span
            >`
          : nothing
      }
      <span class="status status--${row.status}" part="status"
        ><span class="label">${t.status}:</span> ${t.commitmentStatus(row.status)}</span
      >
      ${
        row.percent === undefined
          ? html`<span class="muted">${t.noMilestones}</span>`
          : html`<span class="progress-wrap"
              >${progressBar(t.progressOf(c.number), row.percent, t.progressText(row.percent, row.complete, row.total))}<span
                class="progress__text"
                aria-hidden="true"
                >${percentText(ctx, row.percent)} · ${row.complete}/${row.total}</span
              ></span
            >`
      }
    </div>
    ${
      c.ogpValues.length
        ? html`<ul class="badges" part="values" aria-label=${t.ogpValues}>
            ${c.ogpValues.map((v) => html`<li class="badge badge--${v}">${t.ogpValue(v)}</li>`)}
          </ul>`
        : nothing
    }
    ${open ? renderDetail(c, ctx, level + 1, handlers) : nothing}`;
}

function section(level: number, title: string, body: unknown): TemplateResult | typeof nothing {
  return body
    ? html`<section class="section">${heading(level, title, { className: 'section__title' })}${body}</section>`
    : nothing;
}

function renderActors(actors: readonly SupportingActor[], ctx: RenderContext): TemplateResult | undefined {
  if (!actors.length) return undefined;
  return html`<dl class="actors">
    ${SECTORS.filter((s) => actors.some((a) => a.sector === s)).map(
      (sector) =>
        html`<dt>${ctx.t.sector(sector)}</dt>
          <dd>
            <ul>
              ${actors
                .filter((a) => a.sector === sector)
                .map((a) => {
                  // The institution's own name in the reader's language; the plan's words when it is not one.
                  const known = a.institutionId ? ctx.institutions.get(a.institutionId) : undefined;
                  return html`<li>${ctx.text.inline(known?.name ?? a.name)}</li>`;
                })}
            </ul>
          </dd>`,
    )}
  </dl>`;
}

function renderDetail(c: Commitment, ctx: RenderContext, level: number, handlers: RowHandlers): TemplateResult {
  const { t, text, localize } = ctx;
  const budget = c.budget
    ? html`${text.paragraphs(c.budget.text)}${c.budget.amount !== undefined ? html`<p>${localize.money(c.budget.amount, c.budget.currency ?? 'EUR')}</p>` : nothing}`
    : undefined;
  const prose = (title: string, body: LocalizedText | undefined) =>
    section(level, title, body && text.paragraphs(body));
  return html`<div class="detail" id=${detailId(c.number)} part="detail">
    ${prose(t.shortDescription, c.shortDescription)} ${prose(t.problem, c.problem)}
    ${prose(t.expectedResults, c.expectedResults)}
    ${section(level, t.supportingActors, renderActors(c.supportingActors, ctx))} ${section(level, t.budget, budget)}
    ${section(
      level,
      t.milestones,
      c.milestones.length
        ? html`<ol class="milestones">
            ${c.milestones.map((m) => renderMilestone(m, ctx, level + 1))}
          </ol>`
        : html`<p class="muted">${t.noMilestones}</p>`,
    )}
    <p class="actions">
      <button type="button" part="feedback-button" @click=${() => handlers.feedback(c.number)}>
        ${t.giveFeedback}<span class="visually-hidden">: ${t.commitmentLabel(c.number)}</span>
      </button>
    </p>
    ${handlers.comments(c)}
  </div>`;
}

function renderMilestone(m: Milestone, ctx: RenderContext, level: number): TemplateResult {
  const { t, text, localize } = ctx;
  const timing = milestoneTiming(m, ctx.today);
  const lead = institutionLabel(ctx, m.leadInstitutionId, m.leadText);
  return html`<li class="milestone" part="milestone">
    ${heading(level, html`${m.number} ${text.inline(m.title)}`, { className: 'milestone__title' })}
    ${text.paragraphs(m.description)}
    <dl class="milestone__facts">
      <dt>${t.dueAsWritten}</dt>
      <dd><q lang=${m.due.lang ?? nothing}>${m.due.text}</q></dd>
      <dt>${t.dueReading}</dt>
      <dd>
        ${describeDue(m.due, ctx)}
        ${timing === 'overdue' ? html` <strong class="flag flag--overdue">${t.overdueBadge}</strong>` : timing === 'due' ? html` <strong class="flag">${t.dueBadge}</strong>` : nothing}
      </dd>
      ${
        lead === nothing
          ? nothing
          : html`<dt>${t.lead}</dt>
              <dd>${lead}</dd>`
      }
      <dt>${t.status}</dt>
      <dd class="status--${m.status}">
        ${t.milestoneStatus(m.status)}${m.progressPercent !== undefined ? ` · ${percentText(ctx, m.progressPercent)}` : nothing}
      </dd>
    </dl>
    ${
      m.expectedResults.length
        ? html`<p class="label">${t.expectedResults}</p>
            <ul>
              ${m.expectedResults.map((r) => html`<li>${text.inline(r)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      m.latestUpdate
        ? html`<div class="update" part="update">
            <p class="label">${t.latestUpdate(localize.date(m.latestUpdate.reportedAt))}</p>
            ${text.paragraphs(m.latestUpdate.narrative)}
          </div>`
        : nothing
    }
    ${
      m.evidence.length
        ? html`<p class="label">${t.evidence}</p>
            <ul>
              ${m.evidence.map((e) => html`<li>${dataLink(e.url) ? html`<a href=${e.url}>${text.inline(e.title)}</a>` : text.inline(e.title)}</li>`)}
            </ul>`
        : nothing
    }
  </li>`;
}

/**
 * A draft plan's comments under a commitment while its consultation is open: `<hapur-comments>` when the
 * page loaded it, else the slot `comments-<number>` for the page's own; nothing for any other plan.
 */
export function renderComments(
  plan: ActionPlanDetail | undefined,
  c: Commitment,
  api: string | undefined,
  lang: string,
): TemplateResult | typeof nothing {
  if (!plan || plan.status !== 'draft' || !plan.consultation?.open) return nothing;
  if (customElements.get('hapur-comments'))
    return html`<hapur-comments
      plan-id=${plan.id}
      commitment=${c.number}
      api=${api ?? nothing}
      lang=${lang}
    ></hapur-comments>`;
  return html`<slot name=${`comments-${c.number}`}></slot>`;
}
