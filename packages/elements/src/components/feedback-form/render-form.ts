import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { FormState } from './feedback-form.types.js';
import { errorSummary, focusField } from './fields.js';
import { renderFields, type FieldsView } from './form-fields.js';
import { renderNotice, renderReceipt, type ReceiptView } from './result-panels.js';
import { orderedErrors, type FieldErrors } from './input.js';

/** What the form's controls and the confirmation's buttons call. */
export interface FormHandlers {
  submit: (event: Event) => void;
  input: (event: Event) => void;
  focusOut: (event: FocusEvent) => void;
  onCopy: () => void;
  onAnother: () => void;
  /**
   * Starts loading the form's checks: at the first focus or press in it (a key press needs focus first), before
   * leaving a field or sending needs them.
   */
  firstUse: () => void;
}

/** Everything the form shows, from the element's state. */
export interface FormView {
  localize: LocalizeController;
  /** Heading level of the title (2–6). */
  level: number;
  state: FormState;
  /** The confirmation, once the server accepted the message. */
  receipt: ReceiptView | undefined;
  /** The problems of the last submit, while the error summary is shown. */
  summary: FieldErrors | undefined;
  retryAfter: number | undefined;
  /** What the last send failed with: the notice quotes its request id for support. */
  failure?: unknown;
  /** Where the error summary's links move focus. */
  root: HTMLElement | DocumentFragment;
  on: FormHandlers;
  fields: FieldsView;
}

/**
 * The form under its title, with the notice of the last send above its fields, or the confirmation. A message
 * waiting on the device (queued) never hides the form: the notice says it waits, and another can be written; once
 * delivered, its confirmation shows above the form, which keeps what is being written meanwhile.
 */
export function renderForm(v: FormView): TemplateResult {
  const { t } = v.fields;
  const title = html`<p class="title" part="title" role="heading" aria-level=${v.level} tabindex="-1">
    ${t.formTitle}
  </p>`;
  if (v.state === 'success' && v.receipt && !v.receipt.fromQueue)
    return html`<div part="base" class="base" lang=${t.lang}>${renderReceipt(v.receipt, t, v.localize)}</div>`;
  const summary = v.summary
    ? errorSummary(t.errorSummaryTitle, v.level + 1, orderedErrors(v.summary), (e, f) => focusField(v.root, e, f))
    : nothing;
  return html`<div part="base" class="base" lang=${t.lang}>
    ${v.receipt?.fromQueue ? renderReceipt(v.receipt, t, v.localize) : nothing} ${title}
    <form
      novalidate
      @submit=${v.on.submit}
      @input=${v.on.input}
      @change=${v.on.input}
      @focusout=${v.on.focusOut}
      @focusin=${v.on.firstUse}
      @pointerdown=${v.on.firstUse}
    >
      ${summary}
      ${renderNotice(v.state, t, v.retryAfter, v.summary !== undefined, v.failure, v.localize.t.errorReference)}
      ${renderFields(v.fields)}
    </form>
  </div>`;
}
