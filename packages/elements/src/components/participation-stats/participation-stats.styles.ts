import { css } from 'lit';

export default css`
  :host {
    display: block;
    --_bar-color: var(--hapur-participation-stats-bar-color, var(--_color-brand));
    --_border-color: var(--hapur-participation-stats-border-color, var(--_color-border));
  }

  p {
    margin: 0 0 var(--_space-s);
  }

  .subheading {
    margin-top: var(--_space-m);
    font-weight: 700;
  }

  .total {
    font-size: var(--_font-size-large);
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space-s);
    margin: 0 0 var(--_space-m);
  }

  .figures div {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  .figures dt {
    color: var(--_color-text-muted);
  }

  .figures dd {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .chart {
    display: grid;
    grid-template-columns: max-content 1fr max-content;
    gap: var(--_space-xs) var(--_space-s);
    align-items: center;
    max-width: 40rem;
    margin-bottom: var(--_space-s);
  }

  .bar {
    display: block;
    width: 100%;
    height: 1rem;
  }

  .bar rect {
    fill: var(--_bar-color);
  }

  @media (forced-colors: active) {
    .bar rect {
      fill: CanvasText;
    }
  }

  table {
    border-collapse: collapse;
    margin-bottom: var(--_space-m);
  }

  th,
  td {
    padding: var(--_space-xs) var(--_space-m) var(--_space-xs) 0;
    border-bottom: 1px solid var(--_border-color);
    text-align: start;
  }

  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .notice--demo {
    padding: var(--_space-s);
    border-inline-start: 4px solid var(--_color-danger);
    background: var(--_color-surface-raised);
    font-weight: 600;
  }
`;
