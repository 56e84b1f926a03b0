import type { PublicationChecklist, UiLanguage } from '@hapur/sdk';
import type { DownloadFile } from '../../internal/download.js';
import { checklistToCsv, checklistToJson, exportFileName } from './checklist-export.js';

/**
 * The checklist's downloads, a chunk loaded on the first press of a download button (`checklist-export-load.ts`):
 * the export writers (`checklist-export.ts`, the SDK's CSV rules) and the browser's download.
 */
export { downloadFile } from '../../internal/download.js';

/** The quarter's checklist as a CSV (texts in `lang`) or JSON file. @internal */
export function checklistFile(format: 'csv' | 'json', checklist: PublicationChecklist, lang: UiLanguage): DownloadFile {
  const csv = format === 'csv';
  return {
    fileName: exportFileName(checklist.institution.id, checklist.period, format),
    mimeType: csv ? 'text/csv' : 'application/json',
    // The CSV without its byte-order mark: `downloadFile` writes one for every CSV.
    content: csv ? checklistToCsv(checklist, lang).slice(1) : checklistToJson(checklist),
  };
}
