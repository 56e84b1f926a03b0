import type { ActionPlan, LocalizedText } from '@hapur/sdk';
import { csvDocument, languagesIn, type CsvValue } from '@hapur/sdk/rules';
import type { TrackerState } from './commitment-tracker.types.js';
import type { CommitmentRow } from './tracker-model.js';

/** Column headers, in the reader's language (see the translations' `csvColumns`). */
export interface CsvColumns {
  commitment: string;
  commitmentTitle: string;
  lead: string;
  status: string;
  progress: string;
  milestone: string;
  milestoneTitle: string;
  dueAsWritten: string;
  dueFrom: string;
  dueBy: string;
  milestoneStatus: string;
  milestoneProgress: string;
  milestoneLead: string;
}

export interface ExportHelpers {
  text: (value: LocalizedText | undefined) => string;
  institution: (id: string) => string;
  status: (row: CommitmentRow) => string;
  milestoneStatus: (status: string) => string;
}

/** One CSV cell: the SDK's formula-safe writer (plan text is data, never code). */
export { csvCell } from '@hapur/sdk/rules';

/**
 * The current view as CSV: one line per milestone (a commitment without milestones gets one line). The
 * columns in the reader's language come first; then the commitment and milestone titles once per language
 * the data holds (`Commitment title [mk]`, `[en]`, …), the source language included, so no text is lost. Where the
 * plan or its progress is invented, a last column (`note`: its header, and the note the tracker shows) says so on
 * every row, so a row copied out of the file still does.
 */
export function toCsv(
  rows: readonly CommitmentRow[],
  columns: CsvColumns,
  h: ExportHelpers,
  note: readonly [header?: string, text?: string] = [],
): string {
  const titles = rows.flatMap((r) => [r.commitment.title, ...r.commitment.milestones.map((m) => m.title)]);
  const langs = languagesIn(titles);
  const each = (t: LocalizedText | undefined) => langs.map((l) => t?.values[l] ?? '');
  const lines: CsvValue[][] = [
    [
      ...Object.values(columns),
      ...langs.map((l) => `${columns.commitmentTitle} [${l}]`),
      ...langs.map((l) => `${columns.milestoneTitle} [${l}]`),
      ...note.slice(0, 1),
    ],
  ];
  for (const row of rows) {
    const c = row.commitment;
    const lead = c.leadInstitutionId ? h.institution(c.leadInstitutionId) : h.text(c.leadText);
    const head = [c.number, h.text(c.title), lead, h.status(row), row.percent];
    const milestones = c.milestones.length ? c.milestones : [undefined];
    for (const m of milestones) {
      const tail = m
        ? [
            m.number,
            h.text(m.title),
            m.due.text,
            m.due.earliest,
            m.due.latest,
            h.milestoneStatus(m.status),
            m.progressPercent,
            m.leadInstitutionId ? h.institution(m.leadInstitutionId) : h.text(m.leadText),
          ]
        : ['', '', '', '', '', '', undefined, ''];
      lines.push([...head, ...tail, ...each(c.title), ...each(m?.title), ...note.slice(1)]);
    }
  }
  return csvDocument(lines);
}

/** The current view as JSON: the plan's own data for the commitments shown, plus the view that selected them. */
export function toJson(
  plan: ActionPlan,
  rows: readonly CommitmentRow[],
  state: TrackerState,
  exportedAt: string,
): string {
  const { commitments: _all, ...planFields } = plan;
  const view = Object.fromEntries(Object.entries(state).filter(([, v]) => v !== ''));
  const document = {
    exportedAt,
    view,
    plan: planFields,
    commitments: rows.map((row) => ({
      ...row.commitment,
      derived: {
        status: row.status,
        progressPercent: row.percent ?? null,
        milestonesComplete: row.complete,
        milestonesTotal: row.total,
      },
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name for the export: the plan id, the filters in use and the extension. */
export function exportFileName(planId: string, state: TrackerState, extension: 'csv' | 'json'): string {
  const parts = [state.status, state.institution, state.value, state.q ? 'search' : ''].filter(Boolean);
  const slug = parts
    .join('-')
    .replace(/[^a-z0-9-]+/gi, '-')
    .slice(0, 60);
  return `${planId}${slug ? `-${slug}` : ''}.${extension}`;
}
