import { html, type TemplateResult } from 'lit';

/** The line after a staff write: a status when it worked, an alert when it did not; the block focuses it. */
export const outcomeLine = (outcome: { readonly ok: boolean; readonly text: string }): TemplateResult =>
  html`<p
    class="outcome outcome--${outcome.ok ? 'ok' : 'error'}"
    part="outcome"
    role=${outcome.ok ? 'status' : 'alert'}
    tabindex="-1"
  >
    ${outcome.text}
  </p>`;
