import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_accent: var(--hapur-comments-accent-color, var(--_color-brand));
    --_border-color: var(--hapur-comments-border-color, var(--_color-border));
  }

  p {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }

  ol {
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
  }

  .comment {
    margin-bottom: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  .comment--removed {
    color: var(--_color-text-muted);
    font-style: italic;
  }

  .meta,
  .language-note {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .response {
    margin-top: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_color-surface-raised);
  }

  nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }

  .notice--demo {
    padding: var(--_space-s);
    border-inline-start: 4px solid var(--_color-danger);
    background: var(--_color-surface-raised);
    font-weight: 600;
  }

  .count,
  .kind,
  .response__title,
  .demo-label {
    font-weight: 700;
  }
`;
