/**
 * "This resource changed on that API": a staff block that saved something tells every block on the page
 * that reads it, so a tracker beside the progress report shows the new state at once. Carried by a `window`
 * event, so blocks from separate bundles (an npm entry and the CDN loader) still hear each other. The
 * reader's next read revalidates with its ETag (a conditional request skips the browser's HTTP cache), so
 * it gets the new document, not the copy cached for a minute. @internal
 */
const EVENT = 'hapur-data-changed';

const baseOf = (api: string) => new URL(api.endsWith('/') ? api : `${api}/`, document.baseURI).href;

/** Says that `resource` (`plans/xk-2026-2028`) changed on `api`. */
export function announceChange(api: string, resource: string): void {
  window.dispatchEvent(new CustomEvent(EVENT, { detail: `${baseOf(api)}${resource}` }));
}

/**
 * Calls `then` whenever the resource `watched()` names (`[api, resource]`, or `undefined` while the block
 * reads none) is announced as changed. Returns the function that stops watching.
 */
export function watchChanges(watched: () => [string, string] | undefined, then: () => void): () => void {
  const listener = (event: Event) => {
    const w = watched();
    if (w && (event as CustomEvent<string>).detail === `${baseOf(w[0])}${w[1]}`) then();
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
