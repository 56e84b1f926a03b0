import {
  CRITERIA,
  parsePeriod,
  type ChecklistSummary,
  type OverallVerdict,
  type PeriodEntry,
  type PublicationCheck,
  type PublicationChecklist,
} from '@hapur/sdk';
import {
  checkLanguages,
  latestChecks,
  OVERALL_RANK,
  type ChecklistClient,
  type ChecklistData,
} from './publication-checklist.types.js';

/** One row of a "share met" table: a criterion or a language. */
export interface ShareRow {
  key: string;
  met: number;
  partial: number;
  notMet: number;
  assessed: number;
  share: number | null;
}

function row(key: string, tally: ChecklistSummary['byLanguage'][string] | undefined): ShareRow {
  const met = tally?.met ?? 0;
  const partial = tally?.partial ?? 0;
  const assessed = tally?.assessed ?? 0;
  return { key, met, partial, notMet: assessed - met - partial, assessed, share: tally?.share ?? null };
}

/** Criteria in template order; "up to date" only when some check assessed it. */
export function criterionRows(summary: ChecklistSummary): ShareRow[] {
  return CRITERIA.filter((c) => c !== 'upToDate' || (summary.byCriterion[c]?.assessed ?? 0) > 0).map((c) =>
    row(c, summary.byCriterion[c]),
  );
}

/** The languages the requirements ask for first (always shown, as the matrix's columns), then any other the checks report. */
export function languageRows(checklist: Pick<PublicationChecklist, 'summary' | 'requirements'>): ShareRow[] {
  const { byLanguage } = checklist.summary;
  return [...new Set([...checkLanguages(checklist.requirements), ...Object.keys(byLanguage).sort()])].map((l) =>
    row(l, byLanguage[l]),
  );
}

/** One quarter of the trend: overall verdict counts and the share compliant. */
export interface TrendPoint {
  period: string;
  compliant: number;
  partial: number;
  nonCompliant: number;
  share: number | null;
}

export function trend(periods: readonly PeriodEntry[]): TrendPoint[] {
  return [...periods]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map(({ period, summary }) => ({
      period,
      compliant: summary.overall.compliant ?? 0,
      partial: summary.overall.partially_compliant ?? 0,
      nonCompliant: summary.overall.non_compliant ?? 0,
      share: summary.compliantShare,
    }));
}

/** The latest quarter before `period` that has checks, if any. */
export function previousWithData(periods: readonly PeriodEntry[], period: string): string | undefined {
  return periods
    .map((p) => p.period)
    .filter((p) => p < period)
    .sort()
    .at(-1);
}

/** The latest quarter with checks (the default view), if any. */
export function latestPeriod(periods: readonly PeriodEntry[]): string | undefined {
  return periods
    .map((p) => p.period)
    .sort()
    .at(-1);
}

/** A quarter's checklist (`period`, by default the latest with checks), the quarters with checks, and the one before. */
export async function loadChecklist(
  client: ChecklistClient,
  id: string,
  period: string | undefined,
  signal: AbortSignal,
): Promise<ChecklistData> {
  const periods = await client.listPublicationPeriods(id, { signal });
  const current = await client.getPublicationChecklist(id, period ?? latestPeriod(periods), { signal });
  const before = previousWithData(periods, current.period);
  const previous = before ? await client.getPublicationChecklist(id, before, { signal }) : null;
  return { periods, current, previous };
}

/** `2026-Q1` → `{year: 2026, quarter: 1}` for the localized label; unknown text passes through. */
export function quarterParts(period: string): { year: number; quarter: number } | undefined {
  return parsePeriod(period) ?? undefined;
}

/** A gap: checked and not fully met, or required and not checked at all. */
export function isGap(check: PublicationCheck | undefined): boolean {
  return !check || (check.overall !== 'compliant' && check.overall !== 'not_applicable');
}

export type ChangeDirection = 'improved' | 'worsened' | 'new' | 'removed';

export interface QuarterChange {
  requirementId: string;
  from: OverallVerdict;
  to: OverallVerdict;
  direction: ChangeDirection;
}

/** Requirements whose overall verdict differs from the previous quarter's, in requirement order. */
export function quarterChanges(current: PublicationChecklist, previous: PublicationChecklist): QuarterChange[] {
  const now = latestChecks(current.checks);
  const before = latestChecks(previous.checks);
  const changes: QuarterChange[] = [];
  for (const req of current.requirements) {
    const to = now.get(req.id)?.overall ?? 'not_checked';
    const from = before.get(req.id)?.overall ?? 'not_checked';
    if (to === from) continue;
    let direction: ChangeDirection;
    if (from === 'not_checked') direction = 'new';
    else if (to === 'not_checked') direction = 'removed';
    else direction = OVERALL_RANK[to] > OVERALL_RANK[from] ? 'improved' : 'worsened';
    changes.push({ requirementId: req.id, from, to, direction });
  }
  return changes;
}
