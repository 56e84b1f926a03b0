import type * as lazy from './tracker-export-load.js';
import { buildExport, downloadFile } from './tracker-download.js';

/** hapur.all.js: the downloads' module inside (every block is in that file already; a chunk would cost it more). @internal */
export const loadExport: typeof lazy.loadExport = () => Promise.resolve({ buildExport, downloadFile });
