import type { CoCreationProcessDetail, Contribution, ResponseStatus } from '@hapur/sdk';
import { csvDocument, localDay } from '@hapur/sdk/rules';
import type { DownloadFile } from '../../internal/download.js';

/** The contributions shown: of one opportunity when given, with one response when filtered. @internal */
export function visibleContributions(
  detail: CoCreationProcessDetail,
  opportunityId: string | undefined,
  response: ResponseStatus | '',
): { scope: Contribution[]; shown: Contribution[] } {
  const scope = opportunityId
    ? detail.contributions.filter((c) => c.opportunityId === opportunityId)
    : detail.contributions;
  return { scope, shown: response ? scope.filter((c) => c.response.status === response) : scope };
}

/** How the reader sees each cell of a row (text in the reader's language). @internal */
export interface RowText {
  text: (c: Contribution) => string;
  from: (c: Contribution) => string;
  where: (c: Contribution) => string;
  status: (c: Contribution) => string;
  reason: (c: Contribution) => string;
  takenInto: (c: Contribution) => string;
  answeredBy: (c: Contribution) => string;
}

/**
 * The contributions shown as a file: CSV in the reader's language (the SDK's CSV writer: formula-safe,
 * quoted alike everywhere), or JSON with the multilingual data as the API gives it. @internal
 */
export function exportFile(
  format: 'csv' | 'json',
  detail: CoCreationProcessDetail,
  shown: readonly Contribution[],
  columns: readonly string[],
  row: RowText,
): DownloadFile {
  const fileName = `${detail.id}-responses.${format}`;
  if (format === 'json') {
    const { opportunities: _o, contributions: _c, counts: _n, ...process } = detail;
    return {
      fileName,
      mimeType: 'application/json',
      content: `${JSON.stringify({ process, contributions: shown }, null, 2)}\n`,
    };
  }
  const rows = shown.map((c) => [
    c.number ?? '',
    row.text(c),
    row.from(c),
    row.where(c),
    row.status(c),
    row.reason(c),
    row.takenInto(c),
    row.answeredBy(c),
    // The day it was answered where the process is held (the instant is UTC: 00:30 in Prishtina is the day before).
    c.response.respondedAt ? localDay(c.response.respondedAt, detail.timeZone) : '',
  ]);
  return { fileName, mimeType: 'text/csv', content: csvDocument([columns, ...rows]) };
}
