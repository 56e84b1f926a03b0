import { html, type TemplateResult } from 'lit';

/** One problem of a staff form: the id of the control it is about, and what to say. */
export interface SummaryItem {
  readonly target: string;
  readonly text: string;
}

/**
 * The error summary above a staff form: an alert (focused by the block after a failed submit) titled `title` (its id
 * `id`), one link per problem that moves focus to its control through `jump`.
 */
export const errorSummary = (
  id: string,
  title: string,
  items: readonly SummaryItem[],
  jump: (target: string, event: Event) => void,
): TemplateResult =>
  html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby=${id}>
    <p class="error-summary__title" id=${id}>${title}</p>
    <ul>
      ${items.map((i) => html`<li><a href="#${i.target}" @click=${(e: Event) => jump(i.target, e)}>${i.text}</a></li>`)}
    </ul>
  </div>`;
