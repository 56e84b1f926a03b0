/**
 * "This resource changed on that API": a staff block that saved something tells every block on the page
 * that reads it, so a tracker beside the progress report shows the new state at once. Carried by a `window`
 * event, so blocks from separate bundles (an npm entry and the CDN loader) still hear each other. The
 * notice follows a read that refreshed the browser's HTTP cache (`announceChange`), so the reader's plain
 * read gets the new document, not the copy cached for a minute. @internal
 */
const EVENT = 'hapur-data-changed';

const baseOf = (api: string) => new URL(api.endsWith('/') ? api : `${api}/`, document.baseURI).href;

/**
 * Says that `resource` (`plans/xk-2026-2028`) changed on `api`. It also reads the resource again past the
 * browser's HTTP cache (`cache: 'reload'`, the request a display read sends), which stores the new copy: this
 * browser's other pages and tabs (the public tracker the person opens next) show the saved state at once,
 * not the copy cached for a minute. Other browsers see it when their copy expires (docs/deployment.md). The
 * notice goes out when that read is done, so a block on this page that reads again gets the new copy too.
 */
export function announceChange(api: string, resource: string): void {
  const url = `${baseOf(api)}${resource}`;
  void fetch(url, { cache: 'reload', headers: { accept: 'application/json' } })
    .catch(() => undefined)
    .then(() => window.dispatchEvent(new CustomEvent(EVENT, { detail: url })));
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
