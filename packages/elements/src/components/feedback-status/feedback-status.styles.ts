import { css } from 'lit';
import { factsStyles } from '../../styles/facts.styles.js';
import { fieldLook } from '../../styles/field.styles.js';

// The facts list's grid comes first; this sheet's own rules (margins, narrow screens) win over it.
export default css`
  ${factsStyles}
  :host {
    display: block;
    --_accent: var(--hapur-feedback-status-accent-color, var(--_color-brand));
    --_border-color: var(--hapur-feedback-status-border-color, var(--_color-border));
  }

  p {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }

  .title {
    margin-bottom: var(--_space-m);
  }

  form {
    margin-bottom: var(--_space-l);
  }

  label {
    display: block;
    font-weight: 700;
  }

  .hint,
  .timeline time {
    color: var(--_color-text-muted);
  }

  .error,
  .deadline--missed {
    color: var(--_color-danger);
    font-weight: 700;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  input {
    flex: 1 1 16rem;
    max-width: 30rem;
    ${fieldLook}
    font-family: ui-monospace, monospace;
  }

  input[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }

  .card {
    padding: var(--_space-m);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  .card__title,
  .subheading,
  dt,
  .timeline__status {
    font-weight: 700;
  }

  .card__title {
    font-size: var(--_font-size-large);
  }

  /* The reference moves to a line of its own rather than break at a hyphen. */
  .ref {
    white-space: nowrap;
  }

  dl {
    margin: 0 0 var(--_space-m);
  }

  .timeline {
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
    border-inline-start: 3px solid var(--_accent);
  }

  .timeline li {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-s);
    padding: 0 0 var(--_space-s) var(--_space-m);
  }

  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.5rem;
    top: 0.45em;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--_accent);
  }

  .timeline__note {
    flex-basis: 100%;
  }

  .response {
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_color-surface-raised);
  }

  .meta,
  .language-note {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
`;
