import { resolveText, type PublicationChecklist, type UiLanguage } from '@hapur/sdk';
import { csvDocument, languagesIn } from '@hapur/sdk/rules';
import { latestChecks } from './publication-checklist.types.js';

/**
 * The languages the CSV always has a column for (`available_<tag>`), whatever the requirements ask: the columns of a
 * format scripts read stay where they are. Other languages follow the stable columns.
 */
const CHECK_LANGUAGES = ['sq', 'sr-Latn', 'en'] as const;

/** Stable, language-independent column names: exports are data for spreadsheets and scripts. */
export const CSV_COLUMNS = [
  'period',
  'requirement_id',
  'code',
  'category',
  'frequency',
  'title',
  'published',
  'url',
  'complete',
  'timely',
  'up_to_date',
  'accessible',
  ...CHECK_LANGUAGES.map((l) => `available_${l}`),
  'overall',
  'checked_at',
  'notes',
  'corrective_action',
  'responsible_unit',
] as const;

/** One CSV field: the SDK's formula-safe writer, so a spreadsheet never runs a monitor's note as a formula. */
export { csvCell as csvField } from '@hapur/sdk/rules';

/**
 * The quarter as CSV, one row per requirement (unchecked ones included, with empty verdicts); texts in `lang`.
 * After the stable columns: `available_<tag>` for any other language a check records, and `title_<tag>` for
 * every language the titles are written in (the source language first), so no language of the data is lost.
 */
export function checklistToCsv(checklist: PublicationChecklist, lang: UiLanguage): string {
  const checks = latestChecks(checklist.checks);
  const known: readonly string[] = CHECK_LANGUAGES;
  const extra = [...new Set(checklist.checks.flatMap((c) => Object.keys(c.languages)))].filter(
    (l) => !known.includes(l),
  );
  const titleLangs = languagesIn(checklist.requirements.map((r) => r.title));
  const text = (t: Parameters<typeof resolveText>[0]) => resolveText(t, lang)?.text ?? '';
  const rows = checklist.requirements.map((req) => {
    const c = checks.get(req.id);
    return [
      checklist.period,
      req.id,
      req.code,
      req.category,
      req.frequency,
      text(req.title),
      c?.published ?? 'not_checked',
      c?.url,
      c?.complete,
      c?.timely,
      c?.upToDate,
      c?.accessible,
      ...CHECK_LANGUAGES.map((l) => (c ? (c.languages[l]?.available ?? 'not_checked') : undefined)),
      c?.overall ?? 'not_checked',
      c?.checkedAt,
      text(c?.notes),
      text(c?.correctiveAction),
      text(c?.responsibleUnit),
      ...extra.map((l) => (c ? (c.languages[l]?.available ?? 'not_checked') : undefined)),
      ...titleLangs.map((l) => req.title.values[l]),
    ];
  });
  const header = [...CSV_COLUMNS, ...extra.map((l) => `available_${l}`), ...titleLangs.map((l) => `title_${l}`)];
  // CRLF and a BOM: what spreadsheet programs expect to read UTF-8 (ë, ç, š, ž) correctly.
  return csvDocument([header, ...rows], { bom: true });
}

/** The quarter as JSON: the API's own document, so it re-validates with `PublicationChecklistSchema`. */
export function checklistToJson(checklist: PublicationChecklist): string {
  return `${JSON.stringify(checklist, null, 2)}\n`;
}

/** `publication-checklist-xk-mf-2026-Q1.csv`: safe characters only. */
export function exportFileName(institutionId: string, period: string, extension: 'csv' | 'json'): string {
  return `publication-checklist-${`${institutionId}-${period}`.replace(/[^A-Za-z0-9_-]+/g, '-')}.${extension}`;
}
