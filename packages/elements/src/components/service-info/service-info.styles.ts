import { css } from 'lit';
import { factsStyles } from '../../styles/facts.styles.js';

// The facts list's grid comes first; this sheet's own rules (margins, narrow screens) win over it.
export default css`
  ${factsStyles}
  :host {
    display: block;
    --_border-color: var(--hapur-service-info-border-color, var(--_color-border));
    --_background: var(--hapur-service-info-background, var(--_color-surface));
    --_accent: var(--hapur-service-info-accent-color, var(--_color-brand));
    --_padding: var(--hapur-service-info-padding, var(--_space-m));
    --_facts-background: var(--hapur-service-info-facts-background, var(--_color-surface-raised));
  }

  .card {
    padding: var(--_padding);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  /* li: a list item's long web address (where to apply) wraps instead of widening the card at 320 px. */
  .title,
  li {
    overflow-wrap: anywhere;
  }

  p {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }

  .language-note,
  .footer {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .notice {
    padding: var(--_space-s);
    border-inline-start: 4px solid var(--_color-danger);
  }

  .facts {
    margin: var(--_space-m) 0;
    padding: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_facts-background);
  }

  .facts__heading,
  .section__title {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size);
    font-weight: 700;
  }

  dl {
    margin: 0 0 var(--_space-s);
  }

  dt {
    font-weight: 600;
  }

  ul,
  ol {
    margin: 0 0 var(--_space-s);
    padding-inline-start: var(--_space-l);
  }

  li + li {
    margin-top: var(--_space-xs);
  }

  .primary {
    display: inline-block;
    margin-top: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_background);
    font-weight: 700;
    text-decoration: none;
  }

  details {
    border-top: 1px solid var(--_border-color);
  }

  summary {
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    font-weight: 700;
    cursor: pointer;
    transition: color var(--_transition);
  }

  summary:hover {
    color: var(--_accent);
  }

  .section__body {
    padding-block-end: var(--_space-s);
  }

  .office + .office {
    margin-top: var(--_space-s);
  }

  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-s);
    padding: var(--_space-s) 0;
  }

  .compact .title {
    margin: 0;
    font-size: var(--_font-size);
  }

  .compact__facts {
    color: var(--_color-text-muted);
  }

  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: var(--_space-s);
    }
  }

  @media print {
    .card {
      border: none;
      padding: 0;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary {
      min-height: 0;
    }
  }
`;
