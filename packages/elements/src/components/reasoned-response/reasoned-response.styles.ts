import { css } from 'lit';
import { cocreationStyles } from '../../styles/cocreation.styles.js';

export default css`
  ${cocreationStyles}

  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--hapur-reasoned-response-accent-color, var(--_color-brand));
    --_border-color: var(--hapur-reasoned-response-border-color, var(--_color-border));
  }

  .total {
    font-weight: 600;
  }

  .counts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space-s);
    margin: 0 0 var(--_space-m);
  }

  .count {
    padding: var(--_space-s);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  .count dt {
    font-size: var(--_font-size-small);
  }

  .count dd {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .count--adopted {
    border-inline-start: 4px solid var(--_accent);
  }

  .toolbar,
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
  }

  .downloads {
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }

  .shown {
    margin-top: var(--_space-s);
  }

  .list {
    margin: var(--_space-m) 0;
    padding: 0;
    list-style: none;
  }

  .contribution {
    margin-bottom: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  .text {
    font-weight: 700;
  }

  .response {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_border-color);
    background: var(--_color-surface-raised);
  }

  .response--adopted,
  .response--partly_adopted {
    border-inline-start-color: var(--_accent);
  }

  .response--not_adopted {
    border-inline-start-color: var(--_color-danger);
  }

  .response p:last-child {
    margin-bottom: 0;
  }
`;
