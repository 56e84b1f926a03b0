import { css } from 'lit';

/** The timeline view: the quarter chart (decorative) and the table that carries the same facts. */
export default css`
  .timeline {
    container-type: inline-size;
  }

  .chart {
    display: grid;
    grid-template-columns: 3rem repeat(var(--_columns), minmax(0, 1fr));
    gap: 2px;
    margin-block: var(--_space-s) var(--_space-m);
    font-size: var(--_font-size-small);
  }

  .chart__year {
    text-align: center;
    font-weight: 700;
    border-block-end: 1px solid var(--_border-color);
  }

  .chart__quarter {
    text-align: center;
    color: var(--_color-text-muted);
    overflow: hidden;
  }

  /* A narrow chart (a phone: twelve quarters in about 20 px each) shows the quarter's number alone
     ("1" under its year, not "TM1"), so no label is cut; the table below says it in full. */
  .chart__quarter-number {
    display: none;
  }

  @container (max-width: 36rem) {
    .chart__quarter-name {
      display: none;
    }

    .chart__quarter-number {
      display: inline;
    }
  }

  .chart__label {
    grid-column: 1;
    font-variant-numeric: tabular-nums;
  }

  .chart__bar {
    block-size: 1rem;
    align-self: center;
    border-radius: var(--_radius);
    background: var(--_accent);
  }

  .chart__bar--span {
    background: repeating-linear-gradient(45deg, var(--_accent) 0 6px, transparent 6px 10px);
    border: 1px solid var(--_accent);
  }

  .table-wrap {
    overflow-x: auto;
    margin-block-end: var(--_space-m);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--_space-m);
  }

  /* The table's title stays whole and in view (no wider than the timeline) while the table scrolls under it. */
  caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    text-align: start;
    font-weight: 700;
    padding-block: var(--_space-xs);
  }

  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: 1px solid var(--_border-color);
    text-align: start;
    vertical-align: top;
  }
`;
