import type { DeliveryStatus, Milestone } from '../schemas/commitment.js';
import type { ProgressUpdate } from '../schemas/progress-update.js';
import { isOverdue, quarterEnd } from './dates.js';

/** Milestone statuses that take a milestone out of every count: it will not be delivered. */
export const INACTIVE_STATUSES: readonly DeliveryStatus[] = ['withdrawn', 'cancelled'];

/** Whether a milestone still counts (neither withdrawn nor cancelled). */
export const isActiveMilestone = (m: Pick<Milestone, 'status'>): boolean => !INACTIVE_STATUSES.includes(m.status);

/**
 * A milestone's current state folded from its append-only progress log, oldest first: each update
 * states only what it changes (status, completion, percent), adds its evidence, and becomes the
 * latest update shown beside it. The API and the tracker's static files both fold with this.
 */
export function applyProgress(milestone: Milestone, updates: readonly ProgressUpdate[]): Milestone {
  let m: Milestone = { ...milestone };
  for (const u of updates) {
    m = {
      ...m,
      ...(u.status === undefined ? {} : { status: u.status }),
      ...(u.completion === undefined ? {} : { completion: u.completion }),
      ...(u.progressPercent === undefined ? {} : { progressPercent: u.progressPercent }),
      latestUpdate: { id: u.id, reportedAt: u.reportedAt, narrative: u.narrative },
      evidence: [...m.evidence, ...u.evidence],
    };
  }
  return m;
}

/**
 * Where a milestone stands against the calendar: `overdue` (its window closed before `today` without
 * delivery), `due` (the window closes this quarter), `undated` (the plan's date cannot be read), or
 * undefined (delivered, withdrawn, cancelled, ongoing, recurring, or due later).
 */
export type MilestoneTiming = 'overdue' | 'due' | 'undated' | undefined;

/** The timing of one milestone on `today` (`YYYY-MM-DD` or a Date); see {@link MilestoneTiming}. */
export function milestoneTiming(
  m: Pick<Milestone, 'due' | 'status'>,
  today: Date | string = new Date(),
): MilestoneTiming {
  if (m.due.kind === 'unspecified') return 'undated';
  if (m.status === 'completed' || !isActiveMilestone(m) || !m.due.latest) return undefined;
  if (m.due.kind === 'ongoing' || m.due.kind === 'recurring_quarterly') return undefined;
  if (isOverdue(m.due, today)) return 'overdue';
  return m.due.latest <= quarterEnd(today) ? 'due' : undefined;
}
