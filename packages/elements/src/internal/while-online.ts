/** Resolves now, or once the connection returns when the browser knows it is offline (`navigator.onLine` false). */
export const whenOnline = (): Promise<unknown> =>
  globalThis.navigator?.onLine === false
    ? new Promise((resolve) => addEventListener('online', resolve, { once: true }))
    : Promise.resolve();

/**
 * Fetches a module again after its import failed (`error`): Chromium (150) keeps a module whose fetch failed as failed
 * for the life of the page, so importing the same URL again rejects at once, without a request, even once the
 * connection is back. The failed module is asked for under a new URL, the one its error ends with (Chromium and
 * Firefox name it) plus a query; a module that failed never ran, so there is still one copy of it. An error that
 * names no URL (Safari's) ends with a word, a bare specifier the browser refuses without a request.
 * @internal
 */
export const importAgain = <T>(error: unknown): Promise<T> =>
  import(
    /* @vite-ignore */ /* webpackIgnore: true */ `${/\S+$/.exec((error as Error).message)}?${Date.now()}`
  ) as Promise<T>;

/**
 * Imports an on-use chunk unless the browser knows it is offline, when it rejects without fetching. Some browsers keep
 * a module that failed to load as failed for the life of the page (Chromium 150 does: importing it again rejects at
 * once, without a request), so a chunk first asked for offline could never load once the connection returned; asked
 * for only online, it loads when it is first needed after that. One whose fetch failed (the line dropped while it
 * loaded) is asked for again under a new URL (`importAgain`). (Where waiting is right, `whenOnline` first.)
 * @internal
 */
export function importWhileOnline<T>(load: () => Promise<T>): Promise<T> {
  return globalThis.navigator?.onLine === false
    ? Promise.reject(new TypeError('Offline: not loaded'))
    : load().catch(importAgain<T>);
}
