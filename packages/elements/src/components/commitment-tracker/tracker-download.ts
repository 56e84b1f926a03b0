import type { DownloadFile } from '../../internal/download.js';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import { TextRenderer } from '../../internal/localized-text.js';
import type { CommitmentTrackerTranslation } from './commitment-tracker.translations.js';
import type { TrackerState } from './commitment-tracker.types.js';
import { exportFileName, toCsv, toJson } from './tracker-export.js';
import type { CommitmentRow, institutionName } from './tracker-model.js';
import type { TrackerData } from './tracker-source.js';

/** The browser's download, with this module (`download-on-use.ts` takes it from the first download module loaded). */
export { downloadFile } from '../../internal/download.js';

/**
 * A file the reader downloads: the current view as CSV or JSON. This module (with `tracker-export.ts` and the SDK's
 * CSV rules) is a chunk loaded on the first download (`tracker-export-load.ts`).
 */
export type TrackerExport = DownloadFile;

/**
 * The rows shown, as CSV (text in the reader's language) or JSON (the plan's own multilingual data). `institution`
 * is the tracker's `institutionName` and `note` what its `demonstrationNoteOf` says of the plan: passed, not imported,
 * so this chunk reaches none of the tracker's own modules (the bundler would split them out of the tracker's chunk).
 * @internal
 */
export function buildExport(
  format: 'csv' | 'json',
  data: TrackerData,
  rows: readonly CommitmentRow[],
  view: TrackerState,
  t: CommitmentTrackerTranslation,
  localize: LocalizeController,
  institution: typeof institutionName,
  note: string | undefined,
): TrackerExport {
  const fileName = exportFileName(data.plan.id, view, format);
  if (format === 'json') {
    return { fileName, mimeType: 'application/json', content: toJson(data.plan, rows, view, new Date().toISOString()) };
  }
  const text = new TextRenderer(localize);
  const content = toCsv(
    rows,
    t.csvColumns,
    {
      text: (v) => text.plain(v),
      institution: (id) => institution(id, data.institutions, localize.lang),
      status: (row) => t.commitmentStatus(row.status),
      milestoneStatus: (s) => t.milestoneStatus(s as Parameters<typeof t.milestoneStatus>[0]),
    },
    note ? [t.csvDemonstration, note] : [],
  );
  return { fileName, mimeType: 'text/csv', content };
}
