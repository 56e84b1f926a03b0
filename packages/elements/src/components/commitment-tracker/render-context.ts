import type { FlexibleDate, UiLanguage } from '@hapur/sdk';
import { describeDue as describeDueWords } from '@hapur/sdk/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../internal/css-props.js';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { TextRenderer } from '../../internal/localized-text.js';
import type { CommitmentTrackerTranslation } from './commitment-tracker.translations.js';
import { labelFromId, type InstitutionIndex } from './tracker-model.js';

/** What every render helper of the tracker needs, built once per render. @internal */
export interface RenderContext {
  t: CommitmentTrackerTranslation;
  localize: LocalizeController;
  /** The UI language, read once per render (`localize.lang` negotiates the tag on every read). */
  lang: UiLanguage;
  text: TextRenderer;
  institutions: InstitutionIndex;
  /** `YYYY-MM-DD` the overdue/due flags are measured against. */
  today: string;
}

/** A heading at `level` (the element clamps `heading-level` to 1–5), never deeper than 6. */
export function heading(
  level: number,
  content: unknown,
  attrs: { id?: string; part?: string; className?: string } = {},
): TemplateResult {
  return html`<div
    role="heading"
    aria-level=${Math.min(6, level)}
    id=${attrs.id ?? nothing}
    part=${attrs.part ?? nothing}
    class=${attrs.className ?? 'heading'}
  >
    ${content}
  </div>`;
}

/**
 * An institution's name in the reader's language (another language keeps its `lang`); the acronym from
 * the id only when the data has no record of it; else the plan's own words (`fallback`).
 */
export function institutionLabel(
  ctx: RenderContext,
  id: string | undefined,
  fallback?: Parameters<TextRenderer['inline']>[0],
): unknown {
  const institution = id ? ctx.institutions.get(id) : undefined;
  if (institution) return ctx.text.inline(institution.name);
  if (id) return labelFromId(id);
  return ctx.text.inline(fallback); // `nothing` without one
}

/**
 * A labelled progress bar: name and value text for screen readers, the width set through CSSOM (no inline style
 * attribute). Its range is the role's default, 0 to 100 (ARIA: `aria-valuemin` 0, `aria-valuemax` 100).
 */
export function progressBar(label: string, percent: number, valueText: string, part = 'progress'): TemplateResult {
  return html`<div
    class="progress"
    part=${part}
    role="progressbar"
    aria-label=${label}
    aria-valuenow=${percent}
    aria-valuetext=${valueText}
  >
    <span class="progress__bar" ${cssProps({ 'inline-size': `${percent}%` })}></span>
  </div>`;
}

/** A whole percentage as the reader's language writes it: "6%", Turkish "%6". */
export const percentText = (ctx: RenderContext, percent: number): string =>
  ctx.localize.number(percent / 100, { style: 'percent' });

/**
 * The plan's due text read back in words ("between 1 April 2026 and 30 June 2026", "by 31 December 2027",
 * "ongoing"): the SDK's wording (`describeDue`), with days written by this element's locale-aware formatter.
 */
export function describeDue(due: FlexibleDate, ctx: RenderContext): string {
  return describeDueWords(due, ctx.lang, ctx.t.due, (iso) => ctx.localize.date(iso));
}
