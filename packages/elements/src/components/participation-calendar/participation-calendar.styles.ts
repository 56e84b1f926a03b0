import { css } from 'lit';
import { cocreationStyles } from '../../styles/cocreation.styles.js';

export default css`
  ${cocreationStyles}

  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--hapur-participation-calendar-accent-color, var(--_color-brand));
    --_border-color: var(--hapur-participation-calendar-border-color, var(--_color-border));
  }

  .subheading {
    margin-top: var(--_space-m);
    font-weight: 700;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
    margin-bottom: var(--_space-m);
  }

  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    align-items: center;
  }

  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_color-surface);
  }

  .items,
  .undated {
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
  }

  .undated {
    padding-inline-start: var(--_space-m);
    list-style: disc;
  }

  .item {
    margin-bottom: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  .item.status-open {
    border-inline-start: 4px solid var(--_accent);
  }

  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .badge {
    padding: 0 var(--_space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
  }

  .badge--open {
    color: var(--_accent);
  }

  .badge--cancelled,
  .badge--demo {
    color: var(--_color-danger);
  }

  .item-title {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .status-cancelled .item-title {
    text-decoration: line-through;
  }

  .deadline {
    color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: center;
    margin: var(--_space-s) 0 0;
  }

  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
  }

  .actions a.primary {
    padding: 0 var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_color-surface);
    font-weight: 700;
  }

  .notice--demo {
    padding: var(--_space-s);
    border-inline-start: 4px solid var(--_color-danger);
    background: var(--_color-surface-raised);
    font-weight: 600;
  }

  .month-nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    justify-content: space-between;
  }

  .month-name {
    margin: 0;
    font-weight: 700;
  }

  .month-scroll {
    overflow-x: auto;
    margin-block: var(--_space-s);
  }

  .month {
    width: 100%;
    min-width: 20rem;
    border-collapse: collapse;
    table-layout: fixed;
  }

  .month th,
  .month td {
    padding: var(--_space-xs);
    border: 1px solid var(--_border-color);
    vertical-align: top;
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }

  /* A weekday name stays whole: at 320 px with the reader's text spacing, a seventh of the grid holds three letters
     only without the cells' padding. */
  .month th {
    padding-inline: 0;
    overflow-wrap: normal;
  }

  .month td {
    height: 4rem;
  }

  .month td.outside {
    color: var(--_color-text-muted);
    background: var(--_color-surface-raised);
  }

  /* Forced colours drop the fill and make muted text CanvasText: the system's dimmed colour keeps these days apart. */
  @media (forced-colors: active) {
    .month td.outside {
      color: GrayText;
    }
  }

  .month td.today {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }

  .month .day {
    display: block;
    font-weight: 700;
  }

  .month ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .month .event {
    margin-top: var(--_space-xs);
    padding-inline-start: var(--_space-xs);
    border-inline-start: 3px solid var(--_border-color);
  }

  .month .event.status-open,
  .month .event.status-upcoming {
    border-inline-start-color: var(--_accent);
  }

  .month .event.continues {
    height: 0.5rem;
    padding: 0;
    border-inline-start: 0;
    background: var(--_border-color);
  }

  .month .event.status-open.continues,
  .month .event.status-upcoming.continues {
    background: var(--_accent);
  }

  .month .event.status-cancelled {
    text-decoration: line-through;
  }

  .agenda {
    display: none;
  }

  /* A phone: a cell is too narrow for a title. The cells show bars (hidden from screen readers too) and the
     month's opportunities are listed under the grid with their dates; the month's name sits above its buttons. */
  @container (max-width: 36rem) {
    .month-name {
      order: -1;
      flex-basis: 100%;
    }

    .month-nav {
      align-items: stretch;
    }

    .month-nav button {
      flex: 1;
    }

    /* The grid fits the block (its cells hold bars only): no sideways scroll, Sunday in view. */
    .month {
      min-width: 0;
    }

    /* A bar marks the day; the title and status are read once, in the list under the grid. The cells' lists are
       hidden from screen readers too (a list item with its text gone would be read empty): only the bars, drawn
       before each item, stay visible. */
    .month ul {
      visibility: hidden;
    }

    .month .event {
      padding: 0;
      border-inline-start: 0;
      background: none;
    }

    .month .event::before {
      content: '';
      display: block;
      height: 0.5rem;
      visibility: visible;
      background: var(--_border-color);
    }

    .month .event.status-open::before,
    .month .event.status-upcoming::before {
      background: var(--_accent);
    }

    .month .event > * {
      display: none;
    }

    .agenda {
      display: block;
      margin: 0;
      padding-inline-start: var(--_space-l);
    }

    .agenda li + li {
      margin-top: var(--_space-xs);
    }

    .agenda-when {
      font-weight: 700;
    }

    .agenda .status-cancelled {
      text-decoration: line-through;
    }
  }
`;
