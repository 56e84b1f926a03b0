import type { ActionPlan, Commitment, Milestone } from '@hapur/sdk';

/** A quarter as one integer (year × 4 + quarter − 1), so spans are simple ranges. */
export type QuarterIndex = number;

export interface QuarterColumn {
  index: QuarterIndex;
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export type PlacementKind = 'point' | 'span';

export interface PlacedMilestone {
  commitment: Commitment;
  milestone: Milestone;
  /** First and last column (inclusive) the milestone covers. */
  start: QuarterIndex;
  end: QuarterIndex;
  kind: PlacementKind;
}

export interface UnplacedMilestone {
  commitment: Commitment;
  milestone: Milestone;
}

export interface Timeline {
  columns: QuarterColumn[];
  placed: PlacedMilestone[];
  /** Milestones whose date the plan does not give in a form we can place: listed apart, never guessed. */
  unplaced: UnplacedMilestone[];
}

/** `2027-05-31` (or `2027-05`, `2027`) → the quarter index; `month` defaults to the first or last month. */
export function quarterIndex(date: string, edge: 'start' | 'end' = 'start'): QuarterIndex {
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : edge === 'start' ? 1 : 12;
  return year * 4 + Math.floor((month - 1) / 3);
}

export function columnOf(index: QuarterIndex): QuarterColumn {
  return { index, year: Math.floor(index / 4), quarter: ((index % 4) + 1) as QuarterColumn['quarter'] };
}

/**
 * Where a milestone goes on the timeline. A dated deadline (quarter, month, day, "by the end of")
 * is a point in the quarter its window closes; a year, a range, an ongoing or a recurring
 * milestone is a span over its window. Without a window the milestone is not placed.
 */
export function placeMilestone(
  milestone: Milestone,
): { start: QuarterIndex; end: QuarterIndex; kind: PlacementKind } | undefined {
  const { kind, earliest, latest } = milestone.due;
  if (kind === 'unspecified' || !latest) return undefined;
  const end = quarterIndex(latest);
  if (kind === 'quarter' || kind === 'month' || kind === 'date' || kind === 'year_end')
    return { start: end, end, kind: 'point' };
  if (!earliest) return undefined;
  return { start: quarterIndex(earliest), end, kind: 'span' };
}

/** Quarter columns for the plan period (widened to fit any milestone dated outside it) and every milestone placed or set apart. */
export function buildTimeline(plan: Pick<ActionPlan, 'period'>, commitments: readonly Commitment[]): Timeline {
  const placed: PlacedMilestone[] = [];
  const unplaced: UnplacedMilestone[] = [];
  let first = quarterIndex(plan.period.start, 'start');
  let last = quarterIndex(plan.period.end, 'end');
  for (const commitment of commitments) {
    for (const milestone of commitment.milestones) {
      const where = placeMilestone(milestone);
      if (!where) {
        unplaced.push({ commitment, milestone });
        continue;
      }
      placed.push({ commitment, milestone, ...where });
      first = Math.min(first, where.start);
      last = Math.max(last, where.end);
    }
  }
  const columns: QuarterColumn[] = [];
  // A wildly wrong date in the data must not create thousands of columns.
  for (let i = first; i <= last && columns.length < 80; i += 1) columns.push(columnOf(i));
  return { columns, placed, unplaced };
}
