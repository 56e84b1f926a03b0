import type { DownloadFile } from '../../internal/download.js';
import { onUse } from '../../internal/download-on-use.js';
import { importWhileOnline } from '../../internal/while-online.js';
import type * as download from './checklist-download.js';

/**
 * Where the downloads' module comes from (tests make it fail): the export writers, a chunk loaded the first time a
 * reader presses "Download CSV" or "Download JSON", never while the browser knows it is offline
 * (`importWhileOnline`). hapur.all.js swaps in `checklist-export-load.bundled.ts`: the module inside.
 * @internal
 */
export const exportChunk = {
  load: (): Promise<typeof download> => importWhileOnline(() => import('./checklist-download.js')),
};

const loadExport = onUse(exportChunk);

/** `checklistFile` of the downloads' module, loaded once per page (again after a failure). @internal */
export const checklistFile = async (...args: Parameters<typeof download.checklistFile>): Promise<DownloadFile> =>
  (await loadExport()).checklistFile(...args);
