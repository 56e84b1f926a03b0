/** Resolves now, or once the connection returns when the browser knows it is offline (`navigator.onLine` false). */
export const whenOnline = (): Promise<unknown> =>
  globalThis.navigator?.onLine === false
    ? new Promise((resolve) => addEventListener('online', resolve, { once: true }))
    : Promise.resolve();

/**
 * Imports an on-use chunk unless the browser knows it is offline, when it rejects without fetching. Some browsers keep
 * a module that failed to load as failed for the life of the page (Chromium 150 does: importing it again rejects at
 * once, without a request), so a chunk first asked for offline could never load once the connection returned; asked
 * for only online, it loads when it is first needed after that. (Where waiting is right, `whenOnline` first.)
 * @internal
 */
export function importWhileOnline<T>(load: () => Promise<T>): Promise<T> {
  return globalThis.navigator?.onLine === false ? Promise.reject(new TypeError('Offline: not loaded')) : load();
}
