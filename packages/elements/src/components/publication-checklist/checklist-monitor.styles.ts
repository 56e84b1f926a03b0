import { css } from 'lit';

/**
 * The monitoring template's look (mode="monitor"): the fields' spacing, the progress meter, the status line, the error
 * summary and field errors, the steps list, the fieldsets and the actions (its text fields take the look of the block's
 * quarter picker from the block's own select rule). It comes with the monitoring template's module and joins the block's
 * sheets after them (`checklist-staff-load.ts`, with the loader and with hapur.all.js alike). No rule of the block's own
 * sheets sets what it sets.
 */
export const monitorStyles = css`
  .hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .monitor .field {
    margin-block-end: var(--_space-m);
  }

  .meter {
    display: block;
    block-size: 0.5rem;
    margin-block-start: var(--_space-xs);
    background: var(--_color-surface-raised);
    border-radius: var(--_radius);
  }

  .meter > span {
    display: block;
    block-size: 100%;
    background: var(--_bar);
    border-radius: var(--_radius);
  }

  .message__text {
    padding: var(--_space-s);
    border-inline-start: 4px solid var(--_yes);
  }

  /* A long link or example in a message wraps instead of widening the page on a phone. */
  .message--error,
  .error-summary,
  .field-error {
    overflow-wrap: anywhere;
  }

  .message--error,
  .error-summary {
    border-inline-start: 4px solid var(--_no);
    padding: var(--_space-s);
  }

  .error-summary {
    border: 4px solid var(--_no);
  }

  .error-summary a,
  .field-error {
    color: var(--_no);
    font-weight: 700;
  }

  .field--error {
    border-inline-start: 4px solid var(--_no);
    padding-inline-start: var(--_space-s);
  }

  .steps ol {
    margin: 0;
    padding-inline-start: var(--_space-l);
    columns: 16rem auto;
  }

  .step {
    min-height: 2.75rem;
    border: none;
    padding: var(--_space-xs);
    text-align: start;
    text-decoration: underline;
  }

  .step[aria-current] {
    font-weight: 700;
    text-decoration: none;
    border-inline-start: 4px solid var(--_color-brand);
  }

  .step__state {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    margin: 0;
  }

  legend {
    font-weight: 700;
    padding-inline: var(--_space-xs);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-m);
  }

  .primary {
    background: var(--_color-brand);
    color: var(--_color-surface);
  }

  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .meter > span {
      background: CanvasText;
    }
  }
`;
