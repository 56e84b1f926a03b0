import type { ReactiveElement } from 'lit';

/**
 * Moves focus to what the block's next render shows (an error summary, a notice, a receipt, a heading):
 * waits for the update, then focuses the first match of `selector` in the block's render root, if any.
 */
export async function focusAfterUpdate(host: ReactiveElement, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
