import { css } from 'lit';
import { fieldLook } from '../../styles/field.styles.js';

export default css`
  :host {
    display: block;
    --_accent: var(--hapur-feedback-form-accent-color, var(--_color-brand));
    --_error: var(--hapur-feedback-form-error-color, var(--_color-danger));
    --_success: var(--hapur-feedback-form-success-color, light-dark(#067647, #6ce9a6));
    --_background: var(--hapur-feedback-form-background, var(--_color-surface));
  }

  .base {
    background: var(--_background);
  }

  /* While the page's language strings arrive: the room the page reserves, so what follows does not jump. */
  .state--language {
    min-block-size: var(--hapur-feedback-form-reserve, auto);
  }

  .title {
    margin-bottom: var(--_space-m);
  }

  p {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }

  .field {
    margin: 0 0 var(--_space-l);
  }

  fieldset {
    margin: 0 0 var(--_space-l);
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend,
  label {
    font-weight: 700;
  }

  legend {
    margin-bottom: var(--_space-s);
    padding: 0;
  }

  label {
    display: block;
    margin-bottom: var(--_space-xs);
  }

  .optional {
    font-weight: 400;
  }

  .field__hint {
    color: var(--_color-text-muted);
  }

  .field--error {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_error);
  }

  .field__error {
    color: var(--_error);
    font-weight: 700;
  }

  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    max-width: 40rem;
    ${fieldLook}
  }

  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }

  .choices {
    display: grid;
    gap: var(--_space-s);
  }

  .choice {
    display: grid;
    grid-template-columns: 2rem 1fr;
    column-gap: var(--_space-s);
    align-items: start;
  }

  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
  }

  .choice label {
    font-weight: 400;
  }

  .choice .field__hint,
  .choice .field__error {
    grid-column: 2;
  }

  .choice .field__error {
    grid-column: 1 / -1;
  }

  .guiding,
  .subject {
    max-width: 40rem;
    margin-bottom: var(--_space-l);
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_color-surface-raised);
  }

  .guiding__title {
    font-weight: 700;
  }

  .error-summary {
    margin-bottom: var(--_space-l);
    padding: var(--_space-m);
    border: 4px solid var(--_error);
  }

  .error-summary__title {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_space-m);
  }

  .notice,
  .panel {
    margin-bottom: var(--_space-l);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .notice--error,
  .notice--rate-limited {
    border-inline-start-color: var(--_error);
  }

  .panel--success {
    container-type: inline-size;
    border-inline-start-color: var(--_success);
  }

  .notice__title,
  .panel__title {
    font-weight: 700;
    font-size: var(--_font-size-large);
  }

  .codes {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-s) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }

  .codes dt {
    font-weight: 700;
  }

  .codes dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }

  code {
    font-size: var(--_font-size-large);
    overflow-wrap: anywhere;
  }

  /* The reference is short: it never breaks at its hyphens. A narrow receipt stacks terms over values. */
  [part='reference'] {
    white-space: nowrap;
  }

  @container (max-width: 30rem) {
    .codes {
      grid-template-columns: 1fr;
    }
  }

  .copy-status:empty {
    display: none;
  }

  .primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_color-surface);
    font-weight: 700;
  }

  .primary[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;
