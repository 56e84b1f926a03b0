import type { PublicationChecklist, UiLanguage } from '@hapur/sdk';
import type { DownloadFile } from '../../internal/download.js';
import { checklistToCsv, checklistToJson, exportFileName } from './checklist-export.js';

/** The browser's download, with this module (`download-on-use.ts` takes it from the first download module loaded). */
export { downloadFile } from '../../internal/download.js';

/**
 * The quarter's checklist as a CSV (texts in `lang`) or JSON file. This module (with `checklist-export.ts` and the
 * SDK's CSV rules) is a chunk loaded on the first download (`checklist-export-load.ts`).
 * @internal
 */
export function checklistFile(format: 'csv' | 'json', checklist: PublicationChecklist, lang: UiLanguage): DownloadFile {
  const csv = format === 'csv';
  return {
    fileName: exportFileName(checklist.institution.id, checklist.period, format),
    mimeType: csv ? 'text/csv' : 'application/json',
    // The CSV without its byte-order mark: `downloadFile` writes one for every CSV.
    content: csv ? checklistToCsv(checklist, lang).slice(1) : checklistToJson(checklist),
  };
}
