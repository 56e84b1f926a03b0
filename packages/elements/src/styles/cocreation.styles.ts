import { css } from 'lit';
import { filterControls } from './filter.styles.js';

/**
 * What the co-creation blocks (the participation calendar, the reasoned response) share, written first in
 * their sheets: the filter controls, paragraphs, links, the facts list of an item and the muted words. Their
 * title is stateStyles' shared `.title`. Both blocks are containers (container-type on :host).
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
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* A narrow block (a phone, or a phone's text spacing): each term above its value, so that neither is squeezed
     into a column a few letters wide (WCAG 1.4.10, 1.4.12). */
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }

    .facts dd + dt {
      margin-top: var(--_space-xs);
    }
  }

  /* The filters' count (role="status"): in the page while empty, so that its first words are read. */
  .shown:empty {
    margin: 0;
  }

  .muted,
  .none,
  .language-note {
    color: var(--_color-text-muted);
  }
`;
