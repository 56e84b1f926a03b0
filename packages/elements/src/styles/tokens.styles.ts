import { css, type CSSResultGroup } from 'lit';

/**
 * Global design tokens with their defaults, shared by every block. A page themes all blocks by
 * setting `--hapur-*` on `:root` (or any ancestor); inside the shadow root the values are read
 * once into private `--_*` properties. Colours follow the page's `color-scheme` through
 * `light-dark()`: a page that declares `color-scheme: light dark` gets dark blocks in dark mode,
 * a light-only page keeps light blocks whatever the OS says.
 */
export const tokens = css`
  :host {
    --_font-family: var(--hapur-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--hapur-font-size, 1rem);
    --_font-size-small: var(--hapur-font-size-small, 0.875rem);
    --_font-size-large: var(--hapur-font-size-large, 1.25rem);
    --_line-height: var(--hapur-line-height, 1.5);
    --_line-height-heading: var(--hapur-line-height-heading, 1.25);
    --_space-xs: var(--hapur-space-xs, 0.25rem);
    --_space-s: var(--hapur-space-s, 0.5rem);
    --_space-m: var(--hapur-space-m, 1rem);
    --_space-l: var(--hapur-space-l, 1.5rem);
    --_radius: var(--hapur-radius, 0.375rem);
    --_color-text: var(--hapur-color-text, light-dark(#1b1b1f, #ececf1));
    --_color-text-muted: var(--hapur-color-text-muted, light-dark(#505057, #b9b9c3));
    --_color-surface: var(--hapur-color-surface, light-dark(#ffffff, #1c1c21));
    --_color-surface-raised: var(--hapur-color-surface-raised, light-dark(#f3f4f6, #2a2a31));
    --_color-border: var(--hapur-color-border, light-dark(#8c8c96, #6e6e7a));
    --_color-brand: var(--hapur-color-brand, light-dark(#1d4ed8, #8fb1ff));
    --_color-danger: var(--hapur-color-danger, light-dark(#b42318, #ff8a80));
    --_focus-ring: var(--hapur-focus-ring, 3px solid var(--_color-brand));
    --_transition: var(--hapur-transition, 150ms ease-out);

    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }

  /* Browsers without light-dark() (before 2024): light defaults. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_color-text: var(--hapur-color-text, #1b1b1f);
      --_color-text-muted: var(--hapur-color-text-muted, #505057);
      --_color-surface: var(--hapur-color-surface, #ffffff);
      --_color-surface-raised: var(--hapur-color-surface-raised, #f3f4f6);
      --_color-border: var(--hapur-color-border, #8c8c96);
      --_color-brand: var(--hapur-color-brand, #1d4ed8);
      --_color-danger: var(--hapur-color-danger, #b42318);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }

  /* Windows High Contrast and other forced palettes: system colours, borders instead of fills. */
  @media (forced-colors: active) {
    :host {
      --_color-text: CanvasText;
      --_color-text-muted: CanvasText;
      --_color-surface: Canvas;
      --_color-surface-raised: Canvas;
      --_color-border: CanvasText;
      --_color-brand: LinkText;
      --_color-danger: CanvasText;
      --_focus-ring: 3px solid Highlight;
    }

    /* A filled control (.primary, .danger, a pressed button: text in the surface colour on a brand fill) keeps its
       system-colour pair; forced, its text would sit in Canvas on the Canvas backplate. A block's accent gives way. */
    .danger,
    .primary,
    [aria-pressed='true'] {
      forced-color-adjust: none;
      --_accent: LinkText;
      --_background: Canvas;
    }
  }

  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  a {
    color: var(--_color-brand);
  }

  /* Collapsible sections: a drawn chevron, because a flex <summary> loses the native marker. */
  summary {
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    margin-inline: 0.15em 0.35em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(-45deg);
    transition: transform var(--_transition);
  }

  details[open] > summary::before {
    transform: rotate(45deg);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media print {
    :host {
      --_color-text: #000;
      --_color-text-muted: #000;
      --_color-surface: #fff;
      --_color-surface-raised: #fff;
      --_color-brand: #000;
    }
  }
`;

/** Shared look of the loading / error / empty states, the buttons and a block's title. */
export const stateStyles = css`
  /* A block's title: one step above its section headings and body text. */
  .title {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: var(--_line-height-heading);
  }

  .state {
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .state--error {
    border-inline-start: 4px solid var(--_color-danger);
  }

  .state__title {
    margin: 0 0 var(--_space-xs);
    font-size: var(--_font-size);
    font-weight: 700;
  }

  .state__text {
    margin: 0 0 var(--_space-s);
  }

  button {
    font: inherit;
    min-height: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_color-brand);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-brand);
    cursor: pointer;
  }

  .skeleton {
    display: block;
    height: 0.75rem;
    margin-block: var(--_space-s);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
`;

/**
 * A block's styles: the global tokens and the shared state boxes (loading, error, empty) first, then its
 * own sheet. Every block writes `static override styles = blockStyles(styles)` with `styles` from its
 * `<name>.styles.ts` (import this module just before that one: bundlers then keep the three sheets side by
 * side, which gzip compresses best).
 */
export const blockStyles = (own: CSSResultGroup): CSSResultGroup => [tokens, stateStyles, own];
