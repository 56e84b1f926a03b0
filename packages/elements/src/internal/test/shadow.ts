import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** A block's shadow-root element by selector (tests). @internal */
export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every shadow-root element matching a selector (tests). @internal */
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Waits until `check()` is truthy, failing with `what` after `ms` (tests). @internal */
export async function until(check: () => unknown, what: string, ms = 4000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/**
 * open-wc's `waitUntil` with a 5 s timeout instead of its 1 s: on two busy CI cores a block's first chunk (a catalogue,
 * the form's checks) can take longer than a second to arrive, and a test that only waits must not fail for that.
 * @internal
 */
export const waitUntil = (
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> => openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
