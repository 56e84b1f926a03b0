import { css } from 'lit';
import { filterControls } from './filter.styles.js';

/**
 * What the co-creation blocks (the participation calendar, the reasoned response) share, written first in
 * their sheets: the filter controls, paragraphs, links, the facts list of an item (each block sets its
 * terms' column) and the muted words. Their title is stateStyles' shared `.title`.
 */
export const cocreationStyles = css`
  ${filterControls}

  p {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }

  a {
    color: var(--_color-brand);
  }

  .facts {
    display: grid;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .muted,
  .none,
  .language-note {
    color: var(--_color-text-muted);
  }
`;
