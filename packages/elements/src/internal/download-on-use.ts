import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { LocalizeController } from './controllers/localize.js';
import type { DownloadFile } from './download.js';

type Save = (file: DownloadFile, root: ParentNode) => void;

/** `downloadFile` (`download.ts`): every block's download module carries it, so it comes with the first one loaded. */
let save: Save | undefined;

/**
 * Loads a block's download module (its `*-export-load.ts`) once per page, and again after a failure: `chunk.load` goes
 * through `importWhileOnline`, so a press while offline fails without asking for the module, and the next press once
 * online loads it. The module's `downloadFile` is what `downloadOnUse` hands the file over with.
 * @internal
 */
export function onUse<M extends { downloadFile: Save }>(chunk: { load: () => Promise<M> }): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= chunk.load().then(
      (module) => ((save = module.downloadFile), module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
}

/**
 * Blocks whose last download failed, each with `navigator.onLine` at that moment: they show `renderDownloadError` until
 * the next press. Offline, the code was not asked for; online, the server did not give it (an error status) or it
 * did not run.
 */
const failed = new WeakMap<ReactiveElement, boolean>();

/**
 * A download button's press: `file` makes the file (with the block's download module, which its `*-export-load.ts`
 * loads the first time), and the module's `downloadFile` hands it to the browser. If that code cannot load (offline,
 * or the server did not give it), the block shows `renderDownloadError` (an alert, announced again at each failed
 * press) and nothing is lost: the next press loads it. hapur.all.js swaps in `download-on-use.bundled.ts` (its code
 * is inside: nothing to fail).
 * @internal
 */
export async function downloadOnUse(host: ReactiveElement, file: () => Promise<DownloadFile>): Promise<void> {
  if (failed.delete(host)) {
    host.requestUpdate();
    await host.updateComplete;
  }
  let made: DownloadFile;
  try {
    made = await file();
  } catch {
    failed.set(host, navigator.onLine);
    host.requestUpdate();
    return;
  }
  save?.(made, host.renderRoot);
}

/**
 * The block's error state where its downloads are, after a press whose code could not load: the block's
 * `downloadFailed` (`ctx.t`, its strings) as its title, and as its text the shared "the connection failed" if the
 * browser was offline, else "the server had a problem, try again later".
 * @internal
 */
export const renderDownloadError = (
  host: ReactiveElement,
  { t, localize }: { t: { downloadFailed: string }; localize: LocalizeController },
): TemplateResult | typeof nothing =>
  failed.has(host)
    ? html`<div class="state state--error" role="alert">
        <p class="state__title">${t.downloadFailed}</p>
        <p class="state__text">${failed.get(host) ? localize.t.errorServer : localize.t.errorNetwork}</p>
      </div>`
    : nothing;
