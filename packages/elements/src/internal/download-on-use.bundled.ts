import { nothing } from 'lit';
import { downloadFile } from './download.js';
import type * as lazy from './download-on-use.js';

// hapur.all.js: every block's download code is inside (`*-export-load.bundled.ts`), and `downloadFile`, so a press
// cannot fail to load it.

/** The file handed to the browser. @internal */
export const downloadOnUse: typeof lazy.downloadOnUse = async (host, file) =>
  downloadFile(await file(), host.renderRoot);

/** Never shown: nothing to load. @internal */
export const renderDownloadError: typeof lazy.renderDownloadError = () => nothing;
