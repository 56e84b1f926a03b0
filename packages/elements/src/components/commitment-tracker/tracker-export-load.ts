import { onUse } from '../../internal/download-on-use.js';
import { importWhileOnline } from '../../internal/while-online.js';
import type * as download from './tracker-download.js';

/**
 * Where the downloads' module comes from (tests make it fail): the export writers, a chunk loaded the first time a
 * reader presses CSV or JSON (or a script calls `exportView`), never while the browser knows it is offline
 * (`importWhileOnline`). hapur.all.js swaps in `tracker-export-load.bundled.ts`: the module inside.
 * @internal
 */
export const exportChunk = {
  load: (): Promise<typeof download> => importWhileOnline(() => import('./tracker-download.js')),
};

const loadExport = onUse(exportChunk);

/** `buildExport` of the downloads' module, loaded once per page (again after a failure). @internal */
export const buildExport = async (...args: Parameters<typeof download.buildExport>): Promise<download.TrackerExport> =>
  (await loadExport()).buildExport(...args);
