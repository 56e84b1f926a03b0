import { html, nothing, type TemplateResult } from 'lit';

/** What a field hands its control: the id, the ids that describe it (hint, error) or nothing, and its validity. */
export interface FieldAttrs {
  readonly id: string;
  readonly describedBy: string | typeof nothing;
  readonly invalid: 'true' | 'false';
}

/**
 * A labelled control with its hint and error, GOV.UK style, as the staff forms write them: the error between the
 * hint and the control, which names both in `aria-describedby`. `error` is the message shown (none: the control is
 * valid); `errorPrefix` the staff strings' "Error", said before it to screen-reader users.
 */
export function staffField(
  id: string,
  label: string,
  control: (attrs: FieldAttrs) => TemplateResult,
  hint: string | undefined,
  error: string | undefined,
  errorPrefix: string,
): TemplateResult {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'field--error' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${
      error
        ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${errorPrefix}:</span> ${error}</p>`
        : nothing
    }
    ${control({ id, describedBy: describedBy || nothing, invalid: error ? 'true' : 'false' })}
  </div>`;
}
