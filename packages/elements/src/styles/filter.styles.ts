import { css } from 'lit';

/**
 * A block's labelled filter selects (the participation calendar, the reasoned response): the label above its
 * select, shrinking with a narrow box (a long option must not widen a 360 px page), and the focus ring.
 */
export const filterControls = css`
  label {
    display: flex;
    min-width: 0;
    max-width: 100%;
    flex-direction: column;
    gap: var(--_space-xs);
    font-weight: 600;
  }

  select {
    font: inherit;
    min-height: 2.75rem;
    max-width: 100%;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-text-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }

  a:focus-visible,
  button:focus-visible,
  select:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;
