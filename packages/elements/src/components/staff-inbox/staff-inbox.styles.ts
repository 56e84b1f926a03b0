import { css } from 'lit';
import { staffStyles } from '../../styles/staff.styles.js';

export default css`
  ${staffStyles}

  :host {
    display: block;
    --_border-color: var(--hapur-staff-inbox-border-color, var(--_color-border));
    --_overdue: var(--hapur-staff-inbox-overdue-color, var(--_color-danger));
    --_soon: var(--hapur-staff-inbox-soon-color, light-dark(#8a5a00, #ffcf70));
  }

  p,
  dd {
    overflow-wrap: anywhere;
  }

  .counts ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .counts button[aria-pressed='true'] {
    background: var(--_color-brand);
    color: var(--_color-surface);
  }

  .count,
  .row__link,
  .due--overdue,
  .due--today,
  .facts dt {
    font-weight: 700;
  }

  .filters {
    margin-block: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    display: grid;
    gap: var(--_space-s);
  }

  .filters .heading {
    margin-top: 0;
  }

  .filters__grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-m);
    align-items: end;
  }

  .counts ul,
  .buttons,
  .refresh,
  .paging {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }

  /* The download's alert, apart from the buttons' focus ring. */
  .refresh + .state {
    margin-block-start: var(--_space-s);
  }

  .rows {
    margin: var(--_space-s) 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-s);
  }

  .row {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border-color);
    border-inline-start: 6px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  .row--overdue {
    border-inline-start-color: var(--_overdue);
  }

  .row--today,
  .row--soon {
    border-inline-start-color: var(--_soon);
  }

  .row p {
    margin: 0 0 var(--_space-xs);
  }

  .row__link {
    margin-inline-end: var(--_space-s);
  }

  .row__excerpt {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }

  .row__facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-l);
    margin: 0;
  }

  .row__facts dt {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .due--overdue {
    color: var(--_overdue);
  }

  .mark {
    display: inline-block;
    margin-inline-end: var(--_space-s);
    padding: 0 var(--_space-xs);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
  }

  .facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--_space-xs) var(--_space-m);
  }

  dd {
    margin: 0;
  }

  .message,
  .response {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_border-color);
    background: var(--_color-surface-raised);
  }

  /* The person's own line breaks, kept (the text is text, never HTML). */
  .message p {
    white-space: pre-line;
  }

  .history {
    margin: 0;
    padding-inline-start: var(--_space-m);
  }

  .history__entry p {
    margin: 0;
  }

  .history__entry--internal {
    font-style: italic;
  }

  .action {
    margin-block: var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  /* A title that wraps (Albanian at 360 px) keeps the room a one-line one has around it, above the form. */
  summary {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    min-height: 2.75rem;
    padding-block: var(--_space-s);
    font-weight: 700;
    cursor: pointer;
  }

  .translations {
    padding-inline-start: var(--_space-s);
  }

  @media (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
  }
`;
