/**
 * A story's `play` step for the download buttons' error state: the device says it is offline, a download button is
 * pressed, and the block shows its alert under the buttons (the code that writes the file loads at the first press
 * and is never asked for offline). The browser's own `navigator.onLine` is given back afterwards.
 */
export async function pressDownloadOffline(block: HTMLElement): Promise<void> {
  // On a busy machine the block may still be loading its data: wait for the button as for the alert.
  const until = async <T extends Element>(found: () => T | null | undefined, ms: number) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && !found()) await new Promise((resolve) => setTimeout(resolve, 25));
    return found();
  };
  const button = await until(
    () => block.shadowRoot?.querySelector<HTMLButtonElement>('[part~="download-button"]'),
    10000,
  );
  if (!button) throw new Error('the block shows no download button');
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  try {
    button.click();
    await until(() => block.shadowRoot?.querySelector('.state--error[role="alert"]'), 4000);
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
  }
}
