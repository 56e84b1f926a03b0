import { html, type TemplateResult } from 'lit';
import type { DataController } from './controllers/data.js';
import type { LocalizeController } from './controllers/localize.js';
import { renderDataState } from './render-state.js';

// Apart from render-state.ts: only the co-creation blocks draw this frame, and render-state.ts is in the shared kit
// every page loads (issue #20).
/**
 * A data block's frame, as the co-creation blocks draw it: a `<section>` in the block's language, named by its title
 * (a paragraph with `role="heading"` at `level`, so the block fits the page's outline), around the data state or,
 * once the data is there, the content `body` renders.
 * @internal
 */
export function renderTitledData<T>(
  data: DataController<T>,
  localize: LocalizeController,
  text: { readonly title: string; readonly empty: string },
  id: string,
  level: number,
  body: (data: T | undefined) => unknown,
): TemplateResult {
  return html`<section class="base" part="base" lang=${localize.uiLang} aria-labelledby=${id}>
    <p class="title" id=${id} part="title" role="heading" aria-level=${level}>${text.title}</p>
    ${renderDataState(data, localize, text.empty) ?? body(data.data)}
  </section>`;
}
