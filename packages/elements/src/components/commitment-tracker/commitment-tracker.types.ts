/** Where a commitment stands, read from its milestones' reported status (never from the calendar alone). */
export const COMMITMENT_STATUSES = ['not_started', 'in_progress', 'delayed', 'complete', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Orders the list can be sorted in. */
export const SORT_KEYS = ['number', 'title', 'status', 'progress-asc', 'progress-desc'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The two ways to look at a plan. */
export const TRACKER_VIEWS = ['list', 'timeline'] as const;
export type TrackerView = (typeof TRACKER_VIEWS)[number];

/** Heading levels the plan title can take, so the block fits the page outline. */
export const TRACKER_HEADING_LEVELS = [1, 2, 3, 4, 5] as const;
export type TrackerHeadingLevel = (typeof TRACKER_HEADING_LEVELS)[number];

/** The view a reader chose: filters, search, sort, view and the open commitment. Lives in the URL hash. */
export interface TrackerState {
  status: CommitmentStatus | '';
  institution: string;
  value: string;
  q: string;
  sort: SortKey;
  view: TrackerView;
  open: string;
}

export const DEFAULT_STATE: TrackerState = {
  status: '',
  institution: '',
  value: '',
  q: '',
  sort: 'number',
  view: 'list',
  open: '',
};
