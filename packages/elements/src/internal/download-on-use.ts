import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { LocalizeController } from './controllers/localize.js';
import type { DownloadFile } from './download.js';

/** A block's download module (a chunk loaded on the first press): it hands the file it makes to the browser. */
export interface DownloadModule {
  downloadFile: (file: DownloadFile, root: ParentNode) => void;
}

/**
 * Loads an on-use chunk once per page, and again after a failure: `chunk.load` goes through `importWhileOnline`, so a
 * press while offline fails without asking for the module, and the next press once online loads it.
 * @internal
 */
export function onUse<M>(chunk: { load: () => Promise<M> }): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= chunk.load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Blocks whose last download could not load its module: they show `renderDownloadError` until the next press. */
const failed = new WeakSet<ReactiveElement>();

/**
 * A download button's press: loads the block's download module (`load`, a chunk the first time), makes the file with
 * it and hands it to the browser. If the module cannot load (offline), the block shows the message of
 * `renderDownloadError` (an alert, announced again at each failed press) and nothing is lost: the next press loads
 * it. hapur.all.js swaps in `download-on-use.bundled.ts` (its modules are inside: nothing to fail).
 * @internal
 */
export async function downloadOnUse<M extends DownloadModule>(
  host: ReactiveElement,
  load: () => Promise<M>,
  file: (module: M) => DownloadFile | Promise<DownloadFile>,
): Promise<void> {
  if (failed.delete(host)) {
    host.requestUpdate();
    await host.updateComplete;
  }
  let module: M;
  try {
    module = await load();
  } catch {
    failed.add(host);
    host.requestUpdate();
    return;
  }
  module.downloadFile(await file(module), host.renderRoot);
}

/**
 * The block's error state where its downloads are, after a press whose module could not load: the block's
 * `downloadFailed` (`ctx.t`, its strings) as its title, the shared "the connection failed" as its text.
 * @internal
 */
export const renderDownloadError = (
  host: ReactiveElement,
  { t, localize }: { t: { downloadFailed: string }; localize: LocalizeController },
): TemplateResult | typeof nothing =>
  failed.has(host)
    ? html`<div class="state state--error" role="alert">
        <p class="state__title">${t.downloadFailed}</p>
        <p class="state__text">${localize.t.errorNetwork}</p>
      </div>`
    : nothing;
