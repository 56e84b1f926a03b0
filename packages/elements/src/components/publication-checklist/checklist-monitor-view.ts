import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from '../../internal/describe-error.js';
import { refusedWrite, serverReason } from '../../internal/staff/refused.js';
import type { ChecklistMonitor, MonitorMessage, TemplateIssue } from './checklist-monitor.js';
import { fieldValue, type FieldName } from './checklist-draft.js';
import { MAX_TEXT, MAX_UNIT } from './checklist-validation.js';
import { heading, quarterLabel, type MonitorViewContext } from './checklist-view.js';
import { checkLanguages, FORM_CRITERIA, VERDICT_CHOICES } from './publication-checklist.types.js';
import { cssProps } from '../../internal/css-props.js';

/** What the template's controls call back into (the element wires them to the monitor and re-renders). */
export interface MonitorHandlers {
  input: (field: FieldName, value: string) => void;
  go: (index: number) => void;
  saveDraft: () => void;
  discard: () => void;
  submit: (event: Event) => void;
  jumpTo: (issue: TemplateIssue, event: Event) => void;
}

export function issueText(ctx: MonitorViewContext, issue: Pick<TemplateIssue, 'field' | 'code' | 'max'>): string {
  const { t, localize } = ctx;
  switch (issue.code) {
    case 'urlRequired':
      return t.errUrlRequired;
    case 'url':
      return t.errUrl;
    case 'corrective':
      return t.errCorrective;
    case 'responsible':
      return t.errResponsible;
    case 'tooLong':
      return t.errTooLong(issue.max ?? MAX_TEXT);
    default: {
      const lang = issue.field.startsWith('lang-') ? issue.field.slice(5) : undefined;
      return t.errChoose(
        lang ? t.fieldLanguage(localize.languageName(lang)) : t.criterion[issue.field as keyof typeof t.criterion],
      );
    }
  }
}

function messageText(ctx: MonitorViewContext, message: MonitorMessage, institution: string): string {
  const { t, localize } = ctx;
  const reason = (error: unknown) => {
    const name = (error as { name?: string } | undefined)?.name;
    if (name === 'ForbiddenError') return t.errorForbidden(institution);
    if (name === 'UnauthorizedError') return t.errorUnauthorized;
    if (name === 'RateLimitError') {
      // As the other staff blocks say it (internal/staff/error-text.ts): whole minutes from Retry-After, at least one.
      const seconds = Number((error as { retryAfter?: unknown }).retryAfter);
      return t.errorSaveFailed(t.errorRateLimited(localize.t.durationUnit('minute', Math.ceil(seconds / 60) || 1)));
    }
    // The load worked; the save was refused (409, 422, …): say so, with the server's own words when it gave any.
    const text = describeError(error, localize);
    return t.errorSaveFailed(
      refusedWrite(error, text, localize.t.errorUnknown) ? `${t.serverRefused} ${serverReason(error) ?? ''}` : text,
    );
  };
  switch (message.kind) {
    case 'restored':
      return t.draftRestored;
    case 'draft-saved':
      return t.draftSaved(
        message.at.toLocaleTimeString(localize.formatLocale, { timeStyle: 'short', hourCycle: 'h23' }),
      );
    case 'submitted':
      return t.submitted(message.count);
    case 'no-token':
      return t.errorNoToken;
    case 'nothing-new':
      return t.nothingNew(message.recorded, message.total);
    case 'partly-saved':
      return `${t.partlySaved(message.saved, message.failed)} ${reason(message.error)}`;
    case 'failed':
      return reason(message.error);
  }
}

function errorSummary(
  ctx: MonitorViewContext,
  monitor: ChecklistMonitor,
  on: MonitorHandlers,
): TemplateResult | typeof nothing {
  if (monitor.issues.length === 0) return nothing;
  const title = (i: TemplateIssue) => ctx.text.plain(monitor.requirements[i.index]?.title);
  const nothingRecorded = monitor.issues.length === 1 && !monitor.isDirty(monitor.issues[0]!.requirementId);
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(ctx.level + 2, ctx.t.errorSummaryTitle, 'error-summary-title')}
    <ul>
      ${monitor.issues.map(
        (i) =>
          html`<li>
            <a href="#field-${i.field}" @click=${(e: Event) => on.jumpTo(i, e)}
              >${nothingRecorded ? ctx.t.errNothing : `${title(i)}: ${issueText(ctx, i)}`}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

function control(
  ctx: MonitorViewContext,
  monitor: ChecklistMonitor,
  on: MonitorHandlers,
  field: FieldName,
  label: string,
  kind: 'select' | 'url' | 'text' | 'textarea',
  hint?: string,
): TemplateResult {
  const req = monitor.current!;
  const value = fieldValue(monitor.entry(req.id), field);
  const issue = monitor.issues.find((i) => i.index === monitor.index && i.field === field);
  const id = `field-${field}`;
  const described = [hint ? `${id}-hint` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const onInput = (e: Event) => on.input(field, (e.target as HTMLInputElement).value);
  const common = { id, described, invalid: issue ? 'true' : nothing };
  let input: TemplateResult;
  if (kind === 'select') {
    const published = field === 'published';
    input = html`<select
      id=${common.id}
      aria-describedby=${common.described}
      aria-invalid=${common.invalid}
      @change=${onInput}
    >
      <option value="" ?selected=${value === ''}>${ctx.t.choose}</option>
      ${VERDICT_CHOICES.map((v) => html`<option value=${v} ?selected=${value === v}>${published && v === 'not_applicable' ? ctx.t.notDue : ctx.t.verdict[v]}</option>`)}
    </select>`;
  } else if (kind === 'textarea') {
    input = html`<textarea
      id=${common.id}
      rows="3"
      maxlength=${MAX_TEXT + 1}
      aria-describedby=${common.described}
      aria-invalid=${common.invalid}
      .value=${value}
      @input=${onInput}
    ></textarea>`;
  } else {
    const max = field === 'responsibleUnit' ? MAX_UNIT + 1 : MAX_TEXT + 1;
    input = html`<input
      id=${common.id}
      type=${kind === 'url' ? 'url' : 'text'}
      inputmode=${kind === 'url' ? 'url' : nothing}
      autocomplete="off"
      spellcheck=${kind === 'url' ? 'false' : nothing}
      maxlength=${max}
      aria-describedby=${common.described}
      aria-invalid=${common.invalid}
      .value=${value}
      @input=${onInput}
    />`;
  }
  return html`<div class="field ${issue ? 'field--error' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${issue ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${ctx.t.errorPrefix}</span> ${issueText(ctx, issue)}</p>` : nothing}
    ${input}
  </div>`;
}

/** The standardised monitoring template: one requirement at a time, progress, drafts, GOV.UK-style errors. */
export function renderMonitor(
  ctx: MonitorViewContext,
  monitor: ChecklistMonitor,
  institution: string,
  on: MonitorHandlers,
): TemplateResult {
  const { t, text, localize } = ctx;
  const req = monitor.current;
  const total = monitor.requirements.length;
  const message = monitor.message;
  const isError = message?.kind === 'failed' || message?.kind === 'partly-saved' || message?.kind === 'no-token';
  return html`<section class="monitor" part="monitor" aria-labelledby="monitor-heading">
    ${heading(ctx.level + 1, t.monitorHeading(quarterLabel(t, monitor.period)), 'monitor-heading')}
    <p>${t.monitorIntro}</p>
    <p class="progress" part="progress">
      <span id="progress-text">${t.progress(monitor.recordedCount, total)}</span>
      <span class="meter" aria-hidden="true"
        ><span ${cssProps({ 'inline-size': `${total ? (100 * monitor.recordedCount) / total : 0}%` })}></span
      ></span>
    </p>
    <div class="message" part="message" role=${isError ? 'alert' : 'status'}>
      ${message ? html`<p class="message__text ${isError ? 'message--error' : ''}">${messageText(ctx, message, institution)}</p>` : nothing}
    </div>
    ${errorSummary(ctx, monitor, on)}
    <nav class="steps" aria-label=${t.stepListLabel}>
      <ol>
        ${monitor.requirements.map(
          (r, i) =>
            html`<li>
              <button
                type="button"
                class="step"
                aria-current=${i === monitor.index ? 'step' : nothing}
                @click=${() => on.go(i)}
              >
                ${text.inline(r.title)}
                <span class="step__state"
                  >(${monitor.isRecorded(r) ? t.recorded : t.notRecorded}${monitor.isDirty(r.id) ? `, ${t.unsaved}` : ''})</span
                >
              </button>
            </li>`,
        )}
      </ol>
    </nav>
    ${
      req
        ? html`<form novalidate @submit=${on.submit} aria-labelledby="monitor-heading">
            <fieldset>
              <legend>${t.requirementOf(monitor.index + 1, total)}: ${text.inline(req.title)}</legend>
              ${control(ctx, monitor, on, 'published', t.criterion.published, 'select')}
              ${control(ctx, monitor, on, 'url', t.fieldUrl, 'url', t.fieldUrlHint)}
              ${FORM_CRITERIA.slice(1).map((c) => control(ctx, monitor, on, c, t.criterion[c], 'select'))}
              ${checkLanguages([req]).map((l) => {
                const name = localize.languageName(l);
                return html`${control(ctx, monitor, on, `lang-${l}`, t.fieldLanguage(name), 'select')}
                ${control(ctx, monitor, on, `langUrl-${l}`, t.fieldLanguageUrl(name), 'url')}`;
              })}
              ${control(ctx, monitor, on, 'notes', t.notes, 'textarea')}
              ${control(ctx, monitor, on, 'correctiveAction', t.correctiveAction, 'textarea', t.fieldCorrectiveHint)}
              ${control(ctx, monitor, on, 'responsibleUnit', t.responsibleUnit, 'text')}
            </fieldset>
            <div class="actions">
              <button type="button" ?disabled=${monitor.index === 0} @click=${() => on.go(monitor.index - 1)}>
                ${t.previous}
              </button>
              <button type="button" ?disabled=${monitor.index >= total - 1} @click=${() => on.go(monitor.index + 1)}>
                ${t.next}
              </button>
              <button type="button" @click=${on.saveDraft}>${t.saveDraft}</button>
              <button type="button" @click=${on.discard}>${t.discardDraft}</button>
              <button type="submit" part="submit-button" class="primary" ?disabled=${monitor.submitting}>
                ${monitor.submitting ? t.submitting : t.submit}
              </button>
            </div>
          </form>`
        : nothing
    }
  </section>`;
}
