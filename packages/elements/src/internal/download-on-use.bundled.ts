import { nothing } from 'lit';
import type * as lazy from './download-on-use.js';

// hapur.all.js: every block's download module is inside (`*-export-load.bundled.ts`), so a press cannot fail to load it.

/** The file handed to the browser. @internal */
export const downloadOnUse: typeof lazy.downloadOnUse = async (host, load, file) => {
  const module = await load();
  module.downloadFile(await file(module), host.renderRoot);
};

/** Never shown: nothing to load. @internal */
export const renderDownloadError: typeof lazy.renderDownloadError = () => nothing;
