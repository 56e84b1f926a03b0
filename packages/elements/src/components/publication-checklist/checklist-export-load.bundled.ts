import type * as download from './checklist-download.js';
import { checklistFile } from './checklist-download.js';

/**
 * hapur.all.js: the downloads' module inside (every block is in that file already; a chunk would cost it more);
 * `download-on-use.bundled.ts` hands the file over.
 * @internal
 */
export const loadExport = (): Promise<Pick<typeof download, 'checklistFile'>> => Promise.resolve({ checklistFile });
