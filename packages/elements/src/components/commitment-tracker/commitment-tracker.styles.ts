import { css } from 'lit';
import { timelineSheet } from './tracker-timeline-load.js';

/**
 * The timeline's styles come first: this sheet's media rules (forced colours, print) must win over them. They load
 * with the timeline, when it is first shown, and take `timelineSheet`'s place then (hapur.all.js has them in place).
 */
export default [
  timelineSheet,
  css`
    :host {
      display: block;
      --_border-color: var(--hapur-commitment-tracker-border-color, var(--_color-border));
      --_background: var(--hapur-commitment-tracker-background, var(--_color-surface));
      --_accent: var(--hapur-commitment-tracker-accent-color, var(--_color-brand));
      --_badge-background: var(--hapur-commitment-tracker-badge-background, var(--_color-surface-raised));
    }

    .tracker {
      background: var(--_background);
    }

    p,
    dl,
    ul,
    ol {
      margin: 0 0 var(--_space-s);
      overflow-wrap: anywhere;
    }

    ul,
    ol {
      padding-inline-start: var(--_space-l);
    }

    .plan-facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-l);
    }

    .plan-facts dt,
    .label,
    label,
    .plan-facts dd {
      margin: 0;
    }

    .overall,
    .update {
      padding: var(--_space-s);
      border-radius: var(--_radius);
      background: var(--_color-surface-raised);
    }

    .overall {
      padding-inline: var(--_space-m);
      margin-block-end: var(--_space-s);
    }

    .progress {
      display: inline-block;
      inline-size: 8rem;
      max-inline-size: 100%;
      block-size: 0.75rem;
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      background: var(--_background);
      overflow: hidden;
      vertical-align: middle;
    }

    .overall .progress {
      inline-size: 100%;
    }

    .progress__bar {
      display: block;
      block-size: 100%;
      background: var(--_accent);
    }

    .progress__text {
      margin-inline-start: var(--_space-xs);
      font-variant-numeric: tabular-nums;
    }

    .notice {
      padding: var(--_space-s);
      border-inline-start: 4px solid var(--_accent);
      background: var(--_color-surface-raised);
    }

    .notice--demo {
      border-inline-start-color: var(--_color-danger);
      font-weight: 600;
    }

    .updated,
    .muted,
    .hint,
    .language-note {
      color: var(--_color-text-muted);
      font-size: var(--_font-size-small);
    }

    .toolbar {
      margin-block: var(--_space-m);
    }

    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
      gap: var(--_space-s) var(--_space-m);
      align-items: end;
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
    }

    .field--search {
      grid-column: 1 / -1;
    }

    input,
    select {
      font: inherit;
      min-block-size: 2.75rem;
      padding: var(--_space-xs) var(--_space-s);
      border: 1px solid var(--_border-color);
      border-radius: var(--_radius);
      background: var(--_background);
      color: inherit;
    }

    .toolbar__row {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_space-s);
      margin-block: var(--_space-s);
    }

    .views,
    .downloads {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs);
    }

    button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_background);
    }

    .commitments,
    .badges {
      list-style: none;
      padding: 0;
    }

    .commitment {
      padding-block: var(--_space-s);
      border-block-start: 1px solid var(--_border-color);
    }

    .commitment__title,
    .group__title,
    .section__title,
    .milestone__title {
      margin: 0 0 var(--_space-xs);
      font-weight: 700;
    }

    .group__title {
      margin-block-start: var(--_space-m);
      font-size: var(--_font-size-large);
    }

    .toggle {
      display: flex;
      gap: var(--_space-xs);
      inline-size: 100%;
      padding: var(--_space-xs) 0;
      border: none;
      background: none;
      color: var(--_color-text);
      font-weight: 700;
      text-align: start;
    }

    /* Decorative: the alt text after the slash keeps it out of the button's accessible name. */
    .toggle::before {
      content: '▸' / '';
      color: var(--_accent);
    }

    .toggle[aria-expanded='true']::before {
      content: '▾' / '';
    }

    .toggle__number {
      flex: none;
    }

    .toggle:hover .toggle__title {
      text-decoration: underline;
    }

    .commitment__facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-m);
    }

    .status {
      font-weight: 600;
    }

    .status--delayed,
    .flag--overdue {
      color: var(--_color-danger);
    }

    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
      margin-block-start: var(--_space-xs);
    }

    .badge {
      padding: 0 var(--_space-s);
      border: 1px solid var(--_border-color);
      border-radius: 999px;
      background: var(--_badge-background);
      font-size: var(--_font-size-small);
    }

    .detail {
      margin-block-start: var(--_space-s);
      padding-inline-start: var(--_space-m);
      border-inline-start: 3px solid var(--_accent);
    }

    .section,
    .actors dd,
    .milestone__facts dd {
      margin: 0 0 var(--_space-xs);
    }

    .milestone__facts {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: 0 var(--_space-m);
    }

    .milestone {
      margin-block-end: var(--_space-m);
    }

    @media (max-width: 30rem) {
      .milestone__facts {
        grid-template-columns: 1fr;
      }
    }

    /* The bars in Highlight, the bars of a span still hatched (their accent, not a background over the hatch). */
    @media (forced-colors: active) {
      .progress__bar,
      .chart__bar {
        --_accent: Highlight;
        forced-color-adjust: none;
      }
    }

    @media print {
      .toolbar,
      .actions {
        display: none;
      }
    }
  `,
];
