import { css } from 'lit';
import { fieldLook } from './field.styles.js';

/**
 * The staff blocks' forms (ADR 0008 kit): the sign-in, fields with hint and error (GOV.UK pattern), check
 * boxes, the error summary and the "signed in as" line. A staff block writes it first in its own sheet:
 * css`${staffStyles} …`.
 */
export const staffStyles = css`
  .heading {
    margin: var(--_space-m) 0 var(--_space-s);
    font-weight: 700;
  }

  .sign-in,
  .signed-in {
    margin-block: var(--_space-m);
  }

  .sign-in form,
  .action form {
    display: grid;
    gap: var(--_space-s);
    max-inline-size: 40rem;
  }

  label {
    font-weight: 700;
  }

  .sign-in__intro {
    margin: 0;
  }

  .hint,
  .muted {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .error {
    margin: 0;
    color: var(--_color-danger);
    font-weight: 700;
  }

  input:not([type='checkbox']),
  select,
  textarea {
    ${fieldLook}
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_color-danger);
    border-width: 3px;
  }

  .field {
    display: grid;
    gap: var(--_space-xs);
  }

  .field--error {
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px solid var(--_color-danger);
  }

  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space-s);
    align-items: start;
  }

  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.1rem 0 0;
  }

  .check label {
    font-weight: 400;
  }

  .check .hint {
    grid-column: 2;
  }

  .sign-in__notice,
  .outcome {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-inline-start: 6px solid var(--_color-brand);
  }

  .sign-in__notice--error,
  .outcome--error {
    border-inline-start-color: var(--_color-danger);
  }

  .error-summary {
    margin-block: var(--_space-m);
    padding: var(--_space-m);
    border: 4px solid var(--_color-danger);
  }

  .error-summary__title {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_space-m);
  }

  .error-summary a {
    color: var(--_color-danger);
    font-weight: 700;
  }

  .signed-in {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
  }

  .signed-in p {
    margin: 0;
  }

  button.primary {
    justify-self: start;
    background: var(--_color-brand);
    color: var(--_color-surface);
  }

  button:disabled {
    opacity: 0.6;
    cursor: wait;
  }
`;
