import { until } from './shadow.js';

/** Makes `navigator.onLine` say `online` until `restoreOnline()` gives the browser's own value back. */
export const setOnline = (online: boolean): void => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
};

export const restoreOnline = (): void => {
  delete (navigator as { onLine?: boolean }).onLine;
};

/** A module import that fails after a moment, as on a line that has just dropped. */
export const droppedImport = (): Promise<never> =>
  new Promise<never>((_, reject) =>
    setTimeout(() => reject(new TypeError('Failed to fetch dynamically imported module')), 50),
  );

/**
 * Presses a download button and returns the files handed to the browser once `done` holds for them (none is saved:
 * the link the block clicks does nothing here).
 */
export async function pressDownload(button: HTMLElement, done: (blobs: Blob[]) => unknown): Promise<Blob[]> {
  const blobs: Blob[] = [];
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:about:blank');
  HTMLAnchorElement.prototype.click = () => undefined;
  try {
    button.click();
    await until(() => done(blobs), 'the press to settle');
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return blobs;
}
