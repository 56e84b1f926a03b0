import type { OverallVerdict, PublicationCheck, PublicationRequirement, Verdict } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { TextRenderer } from '../../internal/localized-text.js';
import { quarterParts } from './checklist-summary.js';
import { checkLanguages, MATRIX_CRITERIA } from './publication-checklist.types.js';
import type { ChecklistMonitorTranslation, ChecklistTranslation } from './publication-checklist.translations.js';
import { describeError } from '../../internal/describe-error.js';
import { dataLink, linkOrText } from '../../internal/safe-url.js';

/** What every view function needs: the strings, Intl formatting, data-text rendering, heading level. */
/**
 * The block's localize controller for one render, remembering what it words: the matrix asks the same language
 * names, durations and dates for every row in both layouts, and each answer walks the page for its language
 * (with the summary, ~150 ms of a start-up on a 4× slowed phone, measured). Same words, asked once.
 */
export function renderLocalize(localize: LocalizeController): LocalizeController {
  const memo = new Map<string, string>();
  const once = (key: string, word: () => string) => {
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = word()));
    return value;
  };
  const own: Partial<LocalizeController> = {
    languageName: (tag) => once(`l ${tag}`, () => localize.languageName(tag)),
    date: (value) =>
      typeof value === 'string' ? once(`d ${value}`, () => localize.date(value)) : localize.date(value),
    duration: (value) => once(`p ${value}`, () => localize.duration(value)),
  };
  // The rest is the controller's own, read on it (its private fields are reachable only with it as `this`).
  return new Proxy(localize, {
    get: (target, key) => {
      const value: unknown = own[key as keyof LocalizeController] ?? Reflect.get(target, key);
      return typeof value === 'function' && !(key in own) ? value.bind(target) : value;
    },
  });
}

export interface ViewContext {
  t: ChecklistTranslation;
  localize: LocalizeController;
  text: TextRenderer;
  /** Level of the block's own heading; sections use the next level. */
  level: number;
}

/** The monitoring template's context: the public checklist's strings with the template's own (its catalogue). */
export type MonitorViewContext = Omit<ViewContext, 't'> & { t: ChecklistTranslation & ChecklistMonitorTranslation };

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

/** A quarter in words, e.g. "Q1 2026"; `short`: the quarter alone, e.g. "Q1" (the trend chart's labels). */
export function quarterLabel(t: ChecklistTranslation, period: string, short?: boolean): string {
  const parts = quarterParts(period);
  return parts ? (short ? t.quarterShort(parts.quarter) : t.quarter(parts.year, parts.quarter)) : period;
}

/** A quarter chosen in the picker did not load: said under the picker, above the quarter still shown, with a retry. */
export function loadError(
  ctx: ViewContext,
  period: string,
  error: unknown,
  retry: (event: Event) => void,
): TemplateResult {
  return html`<div class="state state--error" role="alert">
    <p class="state__text">${ctx.t.quarterFailed(quarterLabel(ctx.t, period))} ${describeError(error, ctx.localize)}</p>
    <button type="button" @click=${retry}>${ctx.localize.t.retry}</button>
  </div>`;
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

/** A requirement's acts, with their articles unless the acts are said once above the matrix (then the articles alone). */
function acts(ctx: ViewContext, req: PublicationRequirement, articles = true): TemplateResult[] {
  return req.legalBasis.map(
    (law, i) =>
      html`${i ? '; ' : ''}${linkOrText(law.url, ctx.text.inline(law.title))}${law.number ? ` (${law.number})` : ''}${articles && law.article ? `, ${law.article}` : ''}`,
  );
}

const actsKey = (req: PublicationRequirement) => JSON.stringify(req.legalBasis.map((l) => [l.url, l.title, l.number]));

/** What every shown requirement shares, said once above the matrix instead of in each of its rows. */
export interface SharedFacts {
  /** Every requirement rests on the same acts (articles may differ). */
  acts: boolean;
  /** Every requirement is provisional. */
  provisional: boolean;
}

export function sharedFacts(rows: readonly PublicationRequirement[]): SharedFacts {
  const first = rows[0];
  return {
    acts: !!first?.legalBasis.length && rows.every((r) => actsKey(r) === actsKey(first)),
    provisional: rows.every((r) => r.provisional),
  };
}

/** Category and code, legal basis (only the articles when the acts are said once), frequency, provisional. */
function requirementFacts(ctx: ViewContext, req: PublicationRequirement, shared: SharedFacts): TemplateResult {
  const { t, localize } = ctx;
  const articles = req.legalBasis.flatMap((law) => (law.article ? [law.article] : [])).join('; ');
  const basis = shared.acts ? articles : acts(ctx, req);
  return html`<span class="req__meta">${t.category[req.category]} · ${req.code}</span>
    ${basis.length ? html`<span class="req__fact">${t.legalBasis}: ${basis}</span>` : nothing}
    <span class="req__fact"
      >${t.frequencyLabel}:
      ${t.frequency[req.frequency]}${req.maxDelay ? `, ${t.maxDelay(localize.duration(req.maxDelay))}` : ''}</span
    >
    ${
      req.provisional && !shared.provisional
        ? html`<span class="req__fact req__provisional">${t.provisional}</span>`
        : nothing
    }`;
}

/** The monitor's notes, corrective action and responsible unit, and when it was checked. */
function notes(ctx: ViewContext, check: PublicationCheck | undefined): TemplateResult {
  const { t, text, localize } = ctx;
  if (!check) return html`${t.notChecked}`;
  const item = (label: string, value: PublicationCheck['notes']) =>
    value ? html`<p><strong>${label}:</strong> ${text.inline(value)}</p>` : nothing;
  return html`${item(t.notes, check.notes)} ${item(t.correctiveAction, check.correctiveAction)}
    ${item(t.responsibleUnit, check.responsibleUnit)}
    <p class="muted">${t.checkedOn(localize.date(check.checkedAt))}</p>`;
}

/** Column label and verdict (with its document link) of each criterion and language: table cells or card terms. */
function criteria(
  ctx: ViewContext,
  req: PublicationRequirement,
  check: PublicationCheck | undefined,
  languages: readonly string[],
) {
  const { t, text, localize } = ctx;
  const name = text.plain(req.title);
  const verdict = (v: Verdict | undefined, published = false) => verdictBadge(t, v ?? 'not_checked', published);
  return [
    ...MATRIX_CRITERIA.map((c, i) => ({
      label: t.criterion[c],
      value: i ? verdict(check?.[c]) : html`${verdict(check?.published, true)} ${docLink(ctx, check?.url, name)}`,
    })),
    ...languages.map((l) => ({
      label: t.colLanguage(localize.languageName(l)),
      value: html`${verdict(check?.languages[l]?.available)}
      ${docLink(ctx, check?.languages[l]?.url, name, localize.languageName(l))}`,
    })),
  ];
}

/**
 * The checklist matrix, verdict first after each requirement's name. Both layouts are drawn and the block's own
 * width picks one (a container query in the styles; the other is `display: none`, so out of the accessibility
 * tree too): a real table when the block is wide, one card per requirement (a heading and a description list)
 * when it is narrow. What every requirement shares (the law, "provisional") is said once above both.
 */
export function renderMatrix(
  ctx: ViewContext,
  caption: string,
  rows: readonly PublicationRequirement[],
  checks: Map<string, PublicationCheck>,
): TemplateResult {
  const { t, text } = ctx;
  const shared = sharedFacts(rows);
  const first = rows[0];
  // A column for each language any row asks for (a row that does not ask reads "not checked" there).
  const languages = checkLanguages(rows);
  const overall = (req: PublicationRequirement) => overallBadge(t, checks.get(req.id)?.overall ?? 'not_checked');
  return html`${
      shared.acts || shared.provisional
        ? html`<p class="shared-facts" part="shared-facts">
            ${shared.acts && first ? html`<span>${t.legalBasisAll}: ${acts(ctx, first, false)}.</span>` : nothing}
            ${shared.provisional ? html`<span class="req__provisional">${t.provisional}</span>` : nothing}
          </p>`
        : nothing
    }
    <div class="table-wrap matrix-wrap" role="region" aria-labelledby="matrix-caption" tabindex="0">
      <table part="matrix">
        <caption id="matrix-caption">
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colRequirement}</th>
            <th scope="col">${t.colOverall}</th>
            ${criteria(ctx, first!, undefined, languages).map((c) => html`<th scope="col">${c.label}</th>`)}
            <th scope="col">${t.colNotes}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((req) => {
            const check = checks.get(req.id);
            return html`<tr>
              <th scope="row" class="req">
                <span class="req__title">${text.inline(req.title)}</span>${requirementFacts(ctx, req, shared)}
              </th>
              <td>${overall(req)}</td>
              ${criteria(ctx, req, check, languages).map((c) => html`<td>${c.value}</td>`)}
              <td class="notes">${notes(ctx, check)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <section class="cards" part="cards" aria-labelledby="cards-caption">
      ${heading(ctx.level + 1, caption, 'cards-caption')}
      <ul>
        ${rows.map((req) => {
          const check = checks.get(req.id);
          return html`<li class="card">
            ${heading(ctx.level + 2, text.inline(req.title))}
            <p class="card__verdict">${overall(req)}</p>
            <p class="req">${requirementFacts(ctx, req, shared)}</p>
            <dl>
              ${criteria(ctx, req, check, languages).map(
                (c) =>
                  html`<div>
                    <dt>${c.label}</dt>
                    <dd>${c.value}</dd>
                  </div>`,
              )}
            </dl>
            <div class="notes">${notes(ctx, check)}</div>
          </li>`;
        })}
      </ul>
    </section>`;
}
