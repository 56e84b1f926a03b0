import { css } from 'lit';
import { staffStyles } from '../../styles/staff.styles.js';

export default css`
  ${staffStyles}

  :host {
    display: block;
    --_border-color: var(--hapur-progress-report-border-color, var(--_color-border));
  }

  /* A long word or a pasted web address (an evidence link's title) wraps instead of widening the block. */
  p,
  li {
    overflow-wrap: anywhere;
  }

  .title {
    margin-top: 0;
  }

  .commitments,
  .milestones,
  .history__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .milestone,
  .history__entry {
    display: grid;
    gap: var(--_space-xs);
    justify-items: start;
    padding-block: var(--_space-s);
    border-block-start: 1px solid var(--_border-color);
  }

  .milestone__title {
    margin: 0;
  }

  .milestone__number {
    font-weight: 700;
  }

  .state-line {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .badge {
    font-weight: 700;
  }

  .badge--delayed,
  .badge--at_risk {
    color: var(--_color-danger);
  }

  .report,
  .detail {
    display: grid;
    gap: var(--_space-m);
    max-inline-size: 40rem;
  }

  .detail {
    justify-items: stretch;
  }

  .detail > button,
  .report > button {
    justify-self: start;
  }

  fieldset {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_border-color);
    min-inline-size: 0;
  }

  legend {
    font-weight: 700;
  }

  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }

  .link {
    display: grid;
    gap: var(--_space-s);
    padding-block-end: var(--_space-s);
    border-block-end: 1px solid var(--_border-color);
  }

  .link__remove,
  fieldset > button {
    justify-self: start;
  }

  input.short {
    max-inline-size: 12rem;
  }

  .history__who {
    font-weight: 700;
  }

  .history__entry p,
  .history__evidence {
    margin: 0;
  }

  .draft-note {
    margin: 0;
  }
`;
