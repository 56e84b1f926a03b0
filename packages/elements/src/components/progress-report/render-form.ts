import { COMPLETION_LEVELS, DELIVERY_STATUSES, type Milestone } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary } from '../../internal/staff/error-summary.js';
import { staffField, type FieldAttrs } from '../../internal/staff/field.js';
import { outcomeLine } from '../../internal/staff/outcome.js';
import { heading } from './render-list.js';
import { today, type Draft, type Issue } from './progress-report.model.js';
import type { ProgressView } from './progress-report.types.js';

export interface FormState {
  draft: Draft;
  issues: Issue[];
  busy: boolean;
  restored: boolean;
  outcome: { ok: boolean; text: string } | undefined;
}

export interface FormHandlers {
  input: (event: Event) => void;
  submit: (event: SubmitEvent) => void;
  addLink: () => void;
  removeLink: (index: number) => void;
  discard: () => void;
  jump: (id: string, event: Event) => void;
}

/** The words of one problem (GOV.UK: what to do, naming the field). */
export function issueText(v: ProgressView, issue: Issue): string {
  const { t } = v;
  const arg = issue.arg ?? '';
  switch (issue.code) {
    case 'nothing':
      return t.errNothing;
    case 'percent':
      return t.errPercent;
    case 'percentDone':
      return t.errPercentDone;
    case 'narrative':
      return t.errNarrative(v.localize.languageName(String(arg)));
    case 'tooLong':
      return t.errTooLong(t.narrativeLabel(v.localize.languageName(String(arg))));
    case 'linkTitle':
      return t.errLinkTitle(Number(arg));
    case 'linkUrl':
      return t.errLinkUrl(Number(arg));
    case 'reporting_date_in_future':
      return t.errDateFuture;
    case 'reporting_date_before_plan':
      return t.errDateBeforePlan;
    default:
      return t.errDate;
  }
}

/** A field of the report form, its id the field's; its problem, if the last check found one. */
function field(
  v: ProgressView,
  state: FormState,
  id: string,
  label: string,
  control: (attrs: FieldAttrs) => TemplateResult,
  hint?: string,
): TemplateResult {
  const issue = state.issues.find((i) => i.field === id);
  return staffField(id, label, control, hint, issue && issueText(v, issue), v.s.errorPrefix);
}

/** What sets one input apart from the others of the form (each is named after its field's id). */
interface InputOptions {
  type?: 'url' | 'date';
  inputmode?: 'numeric' | 'url';
  /** A narrow box (a number or a date). */
  short?: boolean;
  max?: string;
  spellcheck?: false;
}

/** An input for `field`: its id and name are the field's, described by its hint and error. */
function input(a: FieldAttrs, value: string, o: InputOptions = {}): TemplateResult {
  return html`<input
    id=${a.id}
    name=${a.id}
    type=${o.type ?? nothing}
    inputmode=${o.inputmode ?? nothing}
    class=${o.short ? 'short' : nothing}
    max=${o.max ?? nothing}
    spellcheck=${o.spellcheck === false ? 'false' : nothing}
    .value=${value}
    aria-describedby=${a.describedBy}
    aria-invalid=${a.invalid}
  />`;
}

/** The report form for one milestone: status, completion, percent, narrative per language, links, date. */
export function renderForm(
  v: ProgressView,
  state: FormState,
  offered: readonly string[],
  on: FormHandlers,
): TemplateResult {
  const { t } = v;
  const d = state.draft;
  const missing = offered.filter((l) => !d.languages.includes(l)).map((l) => v.localize.languageName(l));
  return html`<form class="report" part="form" novalidate @input=${on.input} @change=${on.input} @submit=${on.submit}>
    ${
      state.issues.length
        ? errorSummary(
            'report-errors',
            v.s.errorSummaryTitle,
            state.issues.map((i) => ({ target: i.field, text: issueText(v, i) })),
            on.jump,
          )
        : nothing
    }
    ${
      state.restored
        ? html`<p class="draft-note" part="draft-note">
            ${t.draftRestored} <button type="button" @click=${on.discard}>${t.discardDraft}</button>
          </p>`
        : nothing
    }
    ${field(
      v,
      state,
      'status',
      t.statusLabel,
      (a) =>
        html`<select id=${a.id} name="status" aria-describedby=${a.describedBy} aria-invalid=${a.invalid}>
          ${DELIVERY_STATUSES.map((s) => html`<option value=${s} ?selected=${d.status === s}>${t.statusName[s]}</option>`)}
        </select>`,
    )}
    ${field(
      v,
      state,
      'completion',
      t.completionLabel,
      (a) =>
        html`<select id=${a.id} name="completion" aria-describedby=${a.describedBy} aria-invalid=${a.invalid}>
          <option value="" ?selected=${!d.completion}>${t.completionUnset}</option>
          ${COMPLETION_LEVELS.map((c) => html`<option value=${c} ?selected=${d.completion === c}>${t.completionName[c]}</option>`)}
        </select>`,
      t.completionHint,
    )}
    ${field(
      v,
      state,
      'percent',
      t.percentLabel,
      (a) => input(a, d.percent, { inputmode: 'numeric', short: true }),
      t.percentHint,
    )}
    <fieldset class="narrative" part="narrative">
      <legend>${t.narrativeTitle}</legend>
      <p class="hint" id="language-hint">${t.narrativeHint}</p>
      <div class="languages">
        ${offered.map(
          (l) =>
            html`<div class="check">
              <input
                type="checkbox"
                id="language-${l}"
                name="language"
                value=${l}
                .checked=${d.languages.includes(l)}
                aria-describedby="language-hint"
              />
              <label for="language-${l}">${v.localize.languageName(l)}</label>
            </div>`,
        )}
      </div>
      ${d.languages.map((l) =>
        field(
          v,
          state,
          `narrative-${l}`,
          t.narrativeLabel(v.localize.languageName(l)),
          (a) =>
            html`<textarea
              id=${a.id}
              name=${a.id}
              lang=${l}
              rows="5"
              .value=${d.narrative[l] ?? ''}
              aria-describedby=${a.describedBy}
              aria-invalid=${a.invalid}
            ></textarea>`,
        ),
      )}
      ${missing.length ? html`<p class="muted" part="missing-languages">${t.missingLanguages(missing.join(', '))}</p>` : nothing}
    </fieldset>
    <fieldset class="evidence" part="evidence">
      <legend>${t.evidenceTitle}</legend>
      <p class="hint">${t.evidenceHint}</p>
      ${d.links.length === 0 ? html`<p class="muted">${t.evidenceNone}</p>` : nothing}
      ${d.links.map(
        (link, i) =>
          html`<div class="link" part="link">
            ${field(v, state, `link-title-${i}`, t.linkTitleLabel(i + 1), (a) => input(a, link.title))}
            ${field(
              v,
              state,
              `link-url-${i}`,
              t.linkUrlLabel(i + 1),
              (a) => input(a, link.url, { type: 'url', inputmode: 'url', spellcheck: false }),
              t.linkUrlHint,
            )}
            <button type="button" class="link__remove" @click=${() => on.removeLink(i)}>${t.removeLink(i + 1)}</button>
          </div>`,
      )}
      <button type="button" part="add-link-button" @click=${on.addLink}>${t.addLink}</button>
    </fieldset>
    ${field(
      v,
      state,
      'date',
      t.reportingDateLabel,
      (a) => input(a, d.date, { type: 'date', short: true, max: today() }),
      t.reportingDateHint,
    )}
    <button type="submit" class="primary" part="save-button" ?disabled=${state.busy}>${t.save}</button>
  </form>`;
}

/** One milestone: its title and state, the outcome of the last save, the form and the history. */
export function renderMilestone(
  v: ProgressView,
  milestone: Milestone,
  parts: { state: TemplateResult; form: TemplateResult; history: TemplateResult; outcome: FormState['outcome'] },
  back: () => void,
): TemplateResult {
  return html`<section class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" part="back-button" @click=${back}>${v.t.backToList}</button>
    ${heading(v.level + 1, v.t.formTitle(milestone.number), 'detail-title', 'detail__title')}
    <p class="milestone__title">${v.text.inline(milestone.title)}</p>
    ${parts.state} ${parts.outcome ? outcomeLine(parts.outcome) : nothing} ${parts.form} ${parts.history}
  </section>`;
}
