import { nothing } from 'lit';
import { downloadFile } from './download.js';
import type * as lazy from './download-on-use.js';

// hapur.all.js: every block's download module is inside (`*-export-load.bundled.ts`: `load` gives it at once), so a
// press cannot fail to load it, and `downloadFile` is in that file anyway.

/** The file handed to the browser. @internal */
export const downloadOnUse: typeof lazy.downloadOnUse = async (host, load, file) =>
  downloadFile(await file(await load()), host.renderRoot);

/** Never shown: nothing to load. @internal */
export const renderDownloadError: typeof lazy.renderDownloadError = () => nothing;
