import { css } from 'lit';
import { monitorSheet } from './checklist-monitor-sheet.js';

export default css`
  /* The block's own width picks the matrix's layout (container queries below), not the window's. */
  :host {
    display: block;
    container-type: inline-size;
    --_border: var(--hapur-publication-checklist-border-color, var(--_color-border));
    --_yes: var(--hapur-publication-checklist-yes-color, light-dark(#17692e, #7ee2a0));
    --_partial: var(--hapur-publication-checklist-partial-color, light-dark(#7a4f00, #f5c66b));
    --_no: var(--hapur-publication-checklist-no-color, var(--_color-danger));
    --_bar: var(--hapur-publication-checklist-bar-color, var(--_color-brand));
  }

  .checklist {
    display: grid;
    /* minmax(0, …): a wide table scrolls in its own box instead of widening the block (and the page). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }

  /* Section headings one step below the block's title (large). */
  .heading {
    font-weight: 700;
    margin: 0;
  }

  [part='title'] > .heading {
    font-size: var(--_font-size-large);
    line-height: var(--_line-height-heading);
  }

  .language-note,
  .muted,
  .req__meta {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-m);
  }

  .downloads {
    display: flex;
    gap: var(--_space-m);
  }

  .field {
    display: grid;
    gap: var(--_space-xs);
  }

  .check {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }

  label {
    font-weight: 600;
  }

  /* The quarter picker, and the monitoring template's text fields, which look like it. */
  select,
  input[type='url'],
  input[type='text'],
  textarea {
    font: inherit;
    min-height: 2.75rem;
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_color-text);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    max-inline-size: 100%;
  }

  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }

  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  /* A table's title stays in view, no wider than its container (the block, the summary), while a wide table
     scrolls under it. */
  caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    box-sizing: border-box;
    text-align: start;
    font-weight: 700;
    padding: var(--_space-s);
  }

  th,
  td {
    border-block-start: 1px solid var(--_border);
    padding: var(--_space-s);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    font-size: var(--_font-size-small);
    background: var(--_color-surface-raised);
  }

  .req {
    font-weight: 400;
  }

  .req__title {
    display: block;
    font-weight: 700;
  }

  .req__meta,
  .req__fact {
    display: block;
  }

  .notes p,
  .shared-facts {
    margin: 0 0 var(--_space-xs);
  }

  .shared-facts > span {
    display: block;
  }

  /* Icon and words side by side; the words wrap beside the icon (in the matrix's narrow cells: under it). */
  .verdict {
    display: inline-flex;
    gap: 0 0.25em;
    font-weight: 600;
  }

  td .verdict {
    flex-wrap: wrap;
  }

  /* The wide matrix is dense: small type, tight cells, long codes and notes' words may break, so it fits its box
     (in Cyrillic too, whose words are wider). */
  [part='matrix'] {
    font-size: var(--_font-size-small);
  }

  .req__meta,
  .notes {
    overflow-wrap: anywhere;
  }

  [part='matrix'] :is(th, td) {
    padding: var(--_space-s) var(--_space-xs);
  }

  .verdict__icon {
    inline-size: 1.1em;
    text-align: center;
  }

  .verdict--yes,
  .overall--compliant {
    color: var(--_yes);
  }

  .verdict--partial,
  .overall--partially_compliant {
    color: var(--_partial);
  }

  .verdict--no,
  .overall--non_compliant {
    color: var(--_no);
  }

  .doc-link {
    display: block;
    font-size: var(--_font-size-small);
  }

  /* Narrow: one card per requirement. Wide: the table. The hidden one is display: none (out of the a11y tree). */
  .matrix-wrap {
    display: none;
  }

  .cards ul {
    display: grid;
    gap: var(--_space-m);
    margin: var(--_space-s) 0 0;
    padding: 0;
    list-style: none;
  }

  .card {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .card > *,
  .card dd {
    margin: 0;
  }

  .card dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: var(--_space-xs) var(--_space-l);
  }

  .card dl > div {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space-s);
    padding-block-end: var(--_space-xs);
    border-block-end: 1px solid var(--_color-surface-raised);
  }

  dt {
    font-weight: 600;
  }

  /* A narrow block (a phone, or its text spacing): a criterion's name above its value, never two columns wider than the card. */
  @container (max-width: 30rem) {
    .card dl > div {
      grid-template-columns: 1fr;
    }
  }

  /* The matrix from 68rem: its ten columns' words (Serbian Cyrillic's are the widest of the six languages) then
     leave the notes room to be read; at 62rem they cut the notes column off, at 64rem they left it a few words wide. */
  @container (min-width: 68rem) {
    .matrix-wrap {
      display: block;
    }

    .cards {
      display: none;
    }
  }

  .tables {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }

  .tables > .table-wrap {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  .share-table {
    inline-size: auto;
  }

  .chart {
    display: block;
    inline-size: min(100%, 16rem);
    block-size: auto;
  }

  /* 0.7: 3:1 against a white or light grey page. */
  .bar {
    fill: var(--_bar);
    opacity: 0.7;
  }

  .bar--current {
    opacity: 1;
  }

  .chart text {
    fill: currentColor;
    font-size: 9px;
  }

  tr[aria-current] th {
    font-weight: 800;
  }

  .monitor,
  .summary {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .monitor p,
  .summary p {
    margin: 0;
  }

  ${monitorSheet}

  /* Forced colours: the other quarters outlined, the current one filled. */
  @media (forced-colors: active) {
    .bar {
      fill: Canvas;
      stroke: CanvasText;
      opacity: 1;
    }

    .bar--current {
      fill: CanvasText;
    }
  }
`;
