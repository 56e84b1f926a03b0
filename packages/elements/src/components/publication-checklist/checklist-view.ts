import type { OverallVerdict, PublicationCheck, PublicationRequirement, Verdict } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { TextRenderer } from '../../internal/localized-text.js';
import { quarterParts } from './checklist-summary.js';
import { CHECK_LANGUAGES, MATRIX_CRITERIA } from './publication-checklist.types.js';
import type { ChecklistTranslation } from './publication-checklist.translations.js';
import { dataLink, linkOrText } from '../../internal/safe-url.js';

/** What every view function needs: the strings, Intl formatting, data-text rendering, heading level. */
export interface ViewContext {
  t: ChecklistTranslation;
  localize: LocalizeController;
  text: TextRenderer;
  /** Level of the block's own heading; sections use the next level. */
  level: number;
}

// Shapes as well as words, so a verdict never depends on colour alone.
const VERDICT_ICON: Record<Verdict, string> = {
  yes: '✓',
  partial: '◐',
  no: '✗',
  not_applicable: '–',
  not_checked: '?',
};
const OVERALL_ICON: Record<OverallVerdict, string> = {
  compliant: '✓',
  partially_compliant: '◐',
  non_compliant: '✗',
  not_applicable: '–',
  not_checked: '?',
};

export function heading(level: number, content: unknown, id?: string): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${Math.min(level, 6)} id=${id ?? nothing}>
    ${content}
  </div>`;
}

export function quarterLabel(t: ChecklistTranslation, period: string): string {
  const parts = quarterParts(period);
  return parts ? t.quarter(parts.year, parts.quarter) : period;
}

export function percent(ctx: ViewContext, share: number | null): string {
  return ctx.t.percent(share, (n) => ctx.localize.number(n, { style: 'percent', maximumFractionDigits: 0 }));
}

export function verdictBadge(t: ChecklistTranslation, verdict: Verdict, published = false): TemplateResult {
  const label = published && verdict === 'not_applicable' ? t.notDue : t.verdict[verdict];
  return html`<span class="verdict verdict--${verdict}"
    ><span class="verdict__icon" aria-hidden="true">${VERDICT_ICON[verdict]}</span> ${label}</span
  >`;
}

export function overallBadge(t: ChecklistTranslation, overall: OverallVerdict): TemplateResult {
  return html`<span class="verdict overall--${overall}"
    ><span class="verdict__icon" aria-hidden="true">${OVERALL_ICON[overall]}</span> ${t.overall[overall]}</span
  >`;
}

function docLink(
  ctx: ViewContext,
  url: string | undefined,
  name: string,
  language?: string,
): TemplateResult | typeof nothing {
  if (!dataLink(url)) return nothing;
  // The name repeats the visible words first (WCAG 2.5.3) and says which document, since a row has several links.
  return html`<a
    class="doc-link"
    href=${url}
    rel="noopener"
    aria-label=${`${ctx.t.openDocument}: ${name}${language ? ` (${language})` : ''}`}
    >${ctx.t.openDocument}</a
  >`;
}

function requirementHeader(ctx: ViewContext, req: PublicationRequirement): TemplateResult {
  const { t, text, localize } = ctx;
  return html`<th scope="row" class="req">
    <span class="req__title">${text.inline(req.title)}</span>
    <span class="req__meta">${t.category[req.category]} · ${req.code}</span>
    <span class="req__fact"
      >${t.legalBasis}:
      ${req.legalBasis.map((law, i) => html`${i ? '; ' : ''}${linkOrText(law.url, text.inline(law.title))}${law.number ? ` (${law.number})` : ''}${law.article ? `, ${law.article}` : ''}`)}</span
    >
    <span class="req__fact"
      >${t.frequencyLabel}:
      ${t.frequency[req.frequency]}${req.maxDelay ? `, ${t.maxDelay(localize.duration(req.maxDelay))}` : ''}</span
    >
    ${req.provisional ? html`<span class="req__fact req__provisional">${t.provisional}</span>` : nothing}
  </th>`;
}

function notesCell(ctx: ViewContext, check: PublicationCheck | undefined): TemplateResult {
  const { t, text, localize } = ctx;
  if (!check) return html`<td>${t.notChecked}</td>`;
  const item = (label: string, value: PublicationCheck['notes']) =>
    value ? html`<p><strong>${label}:</strong> ${text.inline(value)}</p>` : nothing;
  return html`<td class="notes">
    ${item(t.notes, check.notes)} ${item(t.correctiveAction, check.correctiveAction)}
    ${item(t.responsibleUnit, check.responsibleUnit)}
    <p class="muted">${t.checkedOn(localize.date(check.checkedAt))}</p>
  </td>`;
}

/** The checklist matrix: one row per requirement, one column per criterion and language. */
export function renderMatrix(
  ctx: ViewContext,
  caption: string,
  rows: readonly PublicationRequirement[],
  checks: Map<string, PublicationCheck>,
): TemplateResult {
  const { t, text, localize } = ctx;
  return html`<div class="table-wrap" role="region" aria-labelledby="matrix-caption" tabindex="0">
    <table part="matrix">
      <caption id="matrix-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.colRequirement}</th>
          ${MATRIX_CRITERIA.map((c) => html`<th scope="col">${t.criterion[c]}</th>`)}
          ${CHECK_LANGUAGES.map((l) => html`<th scope="col">${t.colLanguage(localize.languageName(l))}</th>`)}
          <th scope="col">${t.colOverall}</th>
          <th scope="col">${t.colNotes}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((req) => {
          const check = checks.get(req.id);
          const name = text.plain(req.title);
          const verdict = (v: Verdict | undefined, published = false) => verdictBadge(t, v ?? 'not_checked', published);
          return html`<tr>
            ${requirementHeader(ctx, req)}
            <td>${verdict(check?.published, true)} ${docLink(ctx, check?.url, name)}</td>
            ${MATRIX_CRITERIA.slice(1).map((c) => html`<td>${verdict(check?.[c])}</td>`)}
            ${CHECK_LANGUAGES.map((l) => html`<td>${verdict(check?.languages[l]?.available)} ${docLink(ctx, check?.languages[l]?.url, name, localize.languageName(l))}</td>`)}
            <td>${overallBadge(t, check?.overall ?? 'not_checked')}</td>
            ${notesCell(ctx, check)}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
