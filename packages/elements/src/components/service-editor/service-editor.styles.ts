import { css } from 'lit';
import { staffStyles } from '../../styles/staff.styles.js';

export default css`
  ${staffStyles}

  :host {
    display: block;
    container-type: inline-size;
    --_border-color: var(--hapur-service-editor-border-color, var(--_color-border));
  }

  p,
  li {
    overflow-wrap: anywhere;
  }

  .title {
    margin-top: 0;
  }

  .services {
    margin: var(--_space-s) 0 var(--_space-m);
    padding-inline-start: var(--_space-m);
    display: grid;
    gap: var(--_space-xs);
  }

  .mark {
    margin-inline-start: var(--_space-xs);
    color: var(--_color-text-muted);
  }

  .workspace {
    display: grid;
    gap: var(--_space-l);
    align-items: start;
  }

  /* Side by side when there is room; on a phone the preview comes below the form. */
  @container (min-width: 60rem) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }

    .preview {
      position: sticky;
      inset-block-start: var(--_space-s);
      max-block-size: calc(100vh - 2 * var(--_space-s));
      overflow: auto;
    }
  }

  .form {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }

  fieldset {
    margin: 0;
    min-inline-size: 0;
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }

  legend {
    padding-inline: var(--_space-xs);
    font-weight: 700;
  }

  .item {
    border-style: dashed;
  }

  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }

  input.short {
    max-inline-size: 16rem;
  }

  .preview {
    padding: var(--_space-s);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--hapur-service-editor-preview-background, transparent);
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .preview .heading {
    margin-top: 0;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }

  .link-button {
    justify-self: start;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-brand);
    text-decoration: underline;
    cursor: pointer;
    font: inherit;
  }

  button.danger {
    background: var(--_color-danger);
    color: var(--_color-surface);
  }

  .conflict,
  .withdraw {
    margin-block: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_border-color);
    border-inline-start: 6px solid var(--_color-danger);
  }

  .conflict dl {
    display: grid;
    gap: var(--_space-xs);
  }

  .conflict dt {
    font-weight: 700;
  }

  .conflict dd {
    margin: 0 0 var(--_space-s);
  }

  .withdraw form {
    display: grid;
    gap: var(--_space-s);
    max-inline-size: 40rem;
  }

  .notice {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 6px solid var(--_color-danger);
  }

  .changes {
    padding-inline-start: var(--_space-m);
    display: grid;
    gap: var(--_space-xs);
  }
`;
