import { css } from 'lit';

/**
 * The look of a block's text field: a 44 px target, a 2 px border, the theme's surface and text colours,
 * the page's font. Declarations only, so a block writes it into its own rule: css`input { ${fieldLook} }`.
 */
export const fieldLook = css`
  min-height: 2.75rem;
  padding: var(--_space-s);
  border: 2px solid var(--_color-border);
  border-radius: var(--_radius);
  background: var(--_color-surface);
  color: var(--_color-text);
  font: inherit;
`;
