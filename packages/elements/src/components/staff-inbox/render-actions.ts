import {
  FEEDBACK_STATUSES,
  RESPONSE_DECISIONS,
  STAFF_TEXT_LANGUAGES,
  type StaffSubmissionDetail,
  type UiLanguage,
} from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary } from '../../internal/staff/error-summary.js';
import { staffField, type FieldAttrs } from '../../internal/staff/field.js';
import { outcomeLine } from '../../internal/staff/outcome.js';
import { heading } from './render-list.js';
import type { InstitutionChoice } from './staff-inbox.institutions.js';
import { otherLanguages, type ActionIssue } from './staff-inbox.model.js';
import type { InboxView } from './staff-inbox.types.js';
import type { InboxAction } from './translations/inbox-translation.js';

/** Where the action forms stand: which form was last sent, its problems, and the outcome line. */
export interface ActionState {
  action: InboxAction | undefined;
  issues: ActionIssue[];
  outcome: { ok: boolean; text: string } | undefined;
  busy: boolean;
}

export interface ActionHandlers {
  submit: (action: InboxAction, event: SubmitEvent) => void;
  institutions: InstitutionChoice;
}

/** The label of a field, for its error message ("Enter the reason"). */
function fieldLabel(v: InboxView, action: InboxAction, field: string, language: string): string {
  const { t } = v;
  // The person's language is the official response's field; the others its translations'.
  const lang = field.slice(9);
  if (field.startsWith('response-'))
    return (lang === language ? t.responseLabel : t.translationLabel)(v.localize.languageName(lang));
  switch (field) {
    case 'status':
      return t.newStatusLabel;
    case 'assignee':
      return t.assigneeInputLabel;
    case 'reason':
      return t.reasonLabel;
    case 'institution':
      return v.listed ? t.institutionChoiceLabel : t.institutionLabel;
    case 'note':
      return action === 'note' ? t.noteLabel : action === 'transfer' ? t.transferNoteLabel : t.publicNoteLabel;
    default:
      return field;
  }
}

export function issueText(v: InboxView, action: InboxAction, issue: ActionIssue, language: string): string {
  const label = fieldLabel(v, action, issue.field, language);
  switch (issue.code) {
    case 'tooLong':
      return v.t.errTooLong(label, issue.max!);
    case 'responseLanguage':
      return v.t.errResponseLanguage(v.localize.languageName(language));
    case 'institution':
      return v.t.errInstitution;
    default:
      if (issue.field === 'institution' && v.listed) return v.t.chooseInstitution;
      return issue.field === 'status' ? v.t.chooseStatus : v.t.errRequired(label);
  }
}

/** A field of an action's form: ids `<action>-<name>`, its problem shown when that form was the one sent. */
function field(
  v: InboxView,
  state: ActionState,
  action: InboxAction,
  name: string,
  label: string,
  control: (attrs: FieldAttrs) => TemplateResult,
  options: { hint?: string; language: string },
): TemplateResult {
  const issue = state.action === action ? state.issues.find((i) => i.field === name) : undefined;
  const error = issue && issueText(v, action, issue, options.language);
  return staffField(`${action}-${name}`, label, control, options.hint, error, v.s.errorPrefix);
}

const textarea =
  (name: string, rows = 4) =>
  (a: FieldAttrs) =>
    html`<textarea
      id=${a.id}
      name=${name}
      rows=${rows}
      aria-describedby=${a.describedBy}
      aria-invalid=${a.invalid}
    ></textarea>`;

const input = (name: string) => (a: FieldAttrs) =>
  html`<input
    id=${a.id}
    name=${name}
    autocomplete="off"
    aria-describedby=${a.describedBy}
    aria-invalid=${a.invalid}
  />`;

/** An error summary's link: focus the field it names, in the block's shadow root. */
function jump(id: string, event: Event): void {
  event.preventDefault();
  ((event.target as Element).getRootNode() as ParentNode).querySelector<HTMLElement>(`#${id}`)?.focus();
}

function summary(v: InboxView, state: ActionState, action: InboxAction, language: string) {
  if (state.action !== action || state.issues.length === 0) return nothing;
  return errorSummary(
    `${action}-errors`,
    v.s.errorSummaryTitle,
    state.issues.map((issue) => ({
      target: `${action}-${issue.field}`,
      text: issueText(v, action, issue, language),
    })),
    jump,
  );
}

function form(
  v: InboxView,
  state: ActionState,
  action: InboxAction,
  language: string,
  on: ActionHandlers,
  body: TemplateResult | typeof nothing,
  open: boolean,
): TemplateResult {
  const content = html`${summary(v, state, action, language)}
    <form novalidate @submit=${(e: SubmitEvent) => on.submit(action, e)} aria-labelledby="${action}-title">
      ${body}
      <button type="submit" class="primary" ?disabled=${state.busy}>${v.t.actionButton[action]}</button>
    </form>`;
  if (open)
    return html`<section class="action" part="action" aria-labelledby="${action}-title">
      ${heading(v.level + 3, v.t.actionTitle[action], `${action}-title`)} ${content}
    </section>`;
  // The transfer form reads its list of institutions when it is first opened.
  return html`<details
    class="action"
    part="action"
    ?open=${state.action === action}
    @toggle=${action === 'transfer' ? on.institutions.open : nothing}
  >
    <summary><span id="${action}-title">${v.t.actionTitle[action]}</span></summary>
    ${content}
  </details>`;
}

function statusForm(v: InboxView, state: ActionState, detail: StaffSubmissionDetail) {
  const { t, f } = v;
  const lang = detail.language;
  const others = otherLanguages(lang, STAFF_TEXT_LANGUAGES);
  const opts = { language: lang };
  return html`${field(
      v,
      state,
      'status',
      'status',
      t.newStatusLabel,
      (a) =>
        html`<select id=${a.id} name="status" aria-describedby=${a.describedBy} aria-invalid=${a.invalid}>
          <option value="">${t.chooseStatus}</option>
          ${FEEDBACK_STATUSES.map((s) => html`<option value=${s}>${f.statusName[s]}</option>`)}
        </select>`,
      opts,
    )}
    ${field(v, state, 'status', 'note', t.publicNoteLabel, textarea('note', 2), { ...opts, hint: t.publicNoteHint })}
    ${field(
      v,
      state,
      'status',
      `response-${lang}`,
      t.responseLabel(v.localize.languageName(lang)),
      textarea(`response-${lang}`, 6),
      { ...opts, hint: t.responseHint },
    )}
    ${field(
      v,
      state,
      'status',
      'decision',
      t.decisionLabel,
      (a) =>
        html`<select id=${a.id} name="decision" aria-describedby=${a.describedBy}>
          <option value="">${t.noDecision}</option>
          ${RESPONSE_DECISIONS.map((d) => html`<option value=${d}>${f.decisionName[d]}</option>`)}
        </select>`,
      opts,
    )}
    <details class="translations" ?open=${state.issues.some((i) => others.includes(i.field.slice(9) as UiLanguage))}>
      <summary>${t.translationsTitle}</summary>
      ${others.map(
        (other) =>
          html`${field(
              v,
              state,
              'status',
              `response-${other}`,
              t.translationLabel(v.localize.languageName(other)),
              textarea(`response-${other}`, 4),
              opts,
            )}
            <div class="check">
              <input id="status-machine-${other}" name="machine-${other}" type="checkbox" />
              <label for="status-machine-${other}">${t.machineLabel}</label>
            </div>`,
      )}
    </details>
    ${field(v, state, 'status', 'appeal', t.appealLabel, textarea('appeal', 2), opts)}`;
}

/** The action forms for one message (only when the token's institution may act on it). */
export function renderActions(
  view: InboxView,
  state: ActionState,
  detail: StaffSubmissionDetail,
  on: ActionHandlers,
): TemplateResult {
  const current = detail.institutionId;
  const v = { ...view, listed: on.institutions.listed(view, current) };
  const { t } = v;
  const lang = detail.language;
  const opts = { language: lang };
  const outcome = state.outcome ? outcomeLine(state.outcome) : nothing;
  const commentOnCommitment = detail.subject.planId !== undefined;
  return html`<section class="actions" part="actions" aria-labelledby="actions-title">
    ${heading(v.level + 2, t.actionsTitle, 'actions-title')} ${outcome}
    ${
      !detail.actionable
        ? html`<p>${t.readOnly}</p>`
        : detail.quarantined
          ? form(v, state, 'release', lang, on, html`<p class="hint">${t.releaseHint}</p>`, true)
          : html`${form(v, state, 'status', lang, on, statusForm(v, state, detail), true)}
            ${form(
              v,
              state,
              'assign',
              lang,
              on,
              field(v, state, 'assign', 'assignee', t.assigneeInputLabel, input('assignee'), {
                ...opts,
                hint: t.assigneeInputHint,
              }),
              false,
            )}
            ${form(
              v,
              state,
              'note',
              lang,
              on,
              field(v, state, 'note', 'note', t.noteLabel, textarea('note'), { ...opts, hint: t.noteHint }),
              false,
            )}
            ${
              commentOnCommitment && !detail.published
                ? form(v, state, 'publish', lang, on, html`<p class="hint">${t.publishHint}</p>`, false)
                : nothing
            }
            ${
              detail.published
                ? form(
                    v,
                    state,
                    'unpublish',
                    lang,
                    on,
                    field(v, state, 'unpublish', 'reason', t.reasonLabel, textarea('reason', 2), {
                      ...opts,
                      hint: t.reasonHint,
                    }),
                    false,
                  )
                : nothing
            }
            ${form(
              v,
              state,
              'transfer',
              lang,
              on,
              html`${
                v.listed
                  ? field(
                      v,
                      state,
                      'transfer',
                      'institution',
                      t.institutionChoiceLabel,
                      (a) => on.institutions.select(v, current, a),
                      opts,
                    )
                  : field(v, state, 'transfer', 'institution', t.institutionLabel, input('institution'), {
                      ...opts,
                      hint: `${t.institutionsUnavailable} ${t.institutionHint}`,
                    })
              }
              ${field(v, state, 'transfer', 'note', t.transferNoteLabel, textarea('note', 2), opts)}`,
              false,
            )}`
    }
  </section>`;
}
