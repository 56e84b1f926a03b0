import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long renders must pause (typing has stopped) before a changed result count is announced, in ms. */
export const ANNOUNCE_DELAY_MS = 500;

/** Renders a block's result count for screen readers, in every render that shows the visible count. */
export type Announcer = (count: string) => TemplateResult;

/**
 * The rule for a result count that changes as the reader types or filters (the service list's, the tracker's): the
 * visible count updates at once and is not a live region; the announcer's visually hidden polite live region beside
 * it says `count` once the block has not rendered for `ANNOUNCE_DELAY_MS` (typing has paused), so a screen reader
 * does not queue a count at every key. A count the reader has heard already, or the first one the block shows, is
 * not announced. One announcer per block (made once, e.g. in a field). A timer still running when the block leaves the
 * page only renders it once more: not worth a controller's bytes on every page.
 * @internal
 */
export function announcer(host: ReactiveControllerHost): Announcer {
  /** The count the reader last heard, or first saw. */
  let heard: string | undefined;
  let said = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (count) => {
    // Every render (every key typed) starts the pause again, while the count differs from the one last heard. Until
    // it is said, the region is empty: it never holds a count that is no longer true, or one in the language before.
    clearTimeout(timer);
    if (count !== (heard ??= count)) {
      said = '';
      timer = setTimeout(() => {
        said = heard = count;
        host.requestUpdate();
      }, ANNOUNCE_DELAY_MS);
    }
    return html`<p class="visually-hidden" role="status">${said}</p>`;
  };
}
