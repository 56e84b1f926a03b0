import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_border-color: var(--hapur-service-list-border-color, var(--_color-border));
    --_gap: var(--hapur-service-list-gap, var(--_space-s));
  }

  .search {
    display: grid;
    gap: var(--_space-xs);
    margin-bottom: var(--_space-m);
  }

  label {
    font-weight: 700;
  }

  .hint,
  .count,
  .language-note {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    margin: 0;
  }

  .language-note {
    margin-top: var(--_space-s);
  }

  input {
    font: inherit;
    min-height: 2.75rem;
    max-width: 32rem;
    padding: var(--_space-s);
    border: 2px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  li {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  details > summary {
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    font-weight: 700;
    cursor: pointer;
  }

  details > hapur-service-info {
    padding: 0 var(--_space-s) var(--_space-s);
    --hapur-service-info-border-color: transparent;
  }

  li > hapur-service-info {
    padding-inline: var(--_space-m);
  }
`;
