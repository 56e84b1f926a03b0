import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldName } from './feedback-form.types.js';

/** What a text field needs to render; ids are derived from `name` inside the shadow root. */
export interface TextFieldOptions {
  name: FieldName;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string | undefined;
  /** Extra ids the control is described by (e.g. the guiding questions). */
  describedBy?: string[];
  optionalText?: string | undefined;
  type?: 'text' | 'email' | 'tel';
  multiline?: boolean;
  autocomplete?: string;
  maxlength?: number;
  inputmode?: string;
}

export const fieldId = (name: string): string => `field-${name}`;
export const errorId = (name: string): string => `${fieldId(name)}-error`;
export const hintId = (name: string): string => `${fieldId(name)}-hint`;

/** The error line GOV.UK puts between the label (and hint) and the control, with a hidden "Error:" prefix. */
export function errorMessage(name: string, error: string | undefined, prefix: string): TemplateResult | typeof nothing {
  return error
    ? html`<p class="field__error" id=${errorId(name)} part="field-error">
        <span class="visually-hidden">${prefix}:</span> ${error}
      </p>`
    : nothing;
}

export function describedBy(name: string, hint: boolean, error: boolean, extra: string[] = []): string | undefined {
  const ids = [...(hint ? [hintId(name)] : []), ...extra, ...(error ? [errorId(name)] : [])];
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled `<input>` or `<textarea>` with hint, error message, `aria-describedby` and `aria-invalid`. */
export function textField(o: TextFieldOptions, errorPrefix: string): TemplateResult {
  const id = fieldId(o.name);
  const described = describedBy(o.name, Boolean(o.hint), Boolean(o.error), o.describedBy);
  const control = o.multiline
    ? html`<textarea
        id=${id}
        name=${o.name}
        rows="6"
        .value=${live(o.value)}
        maxlength=${ifDefined(o.maxlength)}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${o.error ? 'true' : 'false'}
        part="control"
      ></textarea>`
    : html`<input
        id=${id}
        name=${o.name}
        type=${o.type ?? 'text'}
        .value=${live(o.value)}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${o.error ? 'true' : 'false'}
        part="control"
      />`;
  return html`<div class="field ${o.error ? 'field--error' : ''}" part="field">
    <label for=${id}
      >${o.label}${o.optionalText ? html` <span class="optional">${o.optionalText}</span>` : nothing}</label
    >
    ${o.hint ? html`<p class="field__hint" id=${hintId(o.name)}>${o.hint}</p>` : nothing}
    ${errorMessage(o.name, o.error, errorPrefix)} ${control}
  </div>`;
}

/**
 * The GOV.UK error summary: a titled box at the top of the form that takes focus after a failed
 * submit, listing each problem as a link that moves focus to its field.
 */
export function errorSummary(
  title: string,
  level: number,
  errors: [FieldName, string][],
  onLink: (event: Event, field: FieldName) => void,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <p class="error-summary__title" role="heading" aria-level=${level}>${title}</p>
      <ul>
        ${errors.map(([field, message]) => html`<li><a href="#${fieldId(field)}" @click=${(event: Event) => onLink(event, field)}>${message}</a></li>`)}
      </ul>
    </div>
  </div>`;
}

/** Moves focus to a field from an error-summary link: fragment links do not reach into a shadow root. */
export function focusField(root: HTMLElement | DocumentFragment, event: Event, field: FieldName): void {
  event.preventDefault();
  const control = root.querySelector<HTMLElement>(`#${fieldId(field)}`);
  control?.focus();
  control?.scrollIntoView?.({ block: 'center' });
}
