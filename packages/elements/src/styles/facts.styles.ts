import { css } from 'lit';

/**
 * A block's facts as a definition list: terms in a column of their own (at least 8rem), values beside
 * them. A block writes it first in its own sheet (css`${factsStyles} …`), whose rules then set the list's
 * margin and the terms' weight and win over it (narrow screens, print).
 */
export const factsStyles = css`
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--_space-xs) var(--_space-m);
  }

  dd {
    margin: 0;
  }
`;
