/**
 * A story's `play` step for the download buttons' error state: the device says it is offline, a download button is
 * pressed, and the block shows its alert under the buttons (the code that writes the file loads at the first press
 * and is never asked for offline). The browser's own `navigator.onLine` is given back afterwards.
 */
export async function pressDownloadOffline(block: HTMLElement): Promise<void> {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  try {
    block.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download-button"]')!.click();
    const deadline = Date.now() + 4000;
    while (Date.now() < deadline && !block.shadowRoot!.querySelector('.state--error[role="alert"]'))
      await new Promise((resolve) => setTimeout(resolve, 25));
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
  }
}
