import type { DeliveryStatus, OgpValue, PlanStatus } from '@hapur/sdk';
import type { DueWords } from '@hapur/sdk/rules';
import type { CommitmentStatus, SortKey } from '../commitment-tracker.types.js';
import type { CsvColumns } from '../tracker-export.js';

/** Every string of `<hapur-commitment-tracker>`; a catalogue missing one does not compile. */
export interface CommitmentTrackerTranslation {
  /** The SDK's words for a due date in this language (`dueWordsSq`, …), for `describeDue`. */
  due: DueWords;
  trackerEmpty: string;
  commitmentNotFound: (number: string) => string;
  planStatus: (status: PlanStatus) => string;
  period: string;
  coordinatingInstitution: string;
  overallProgress: string;
  milestonesComplete: (complete: number, total: number) => string;
  dueThisQuarter: (count: number) => string;
  overdue: (count: number) => string;
  undated: (count: number) => string;
  lastUpdated: (date: string) => string;
  demonstrationNote: string;
  /** Instead of `demonstrationNote` when the plan itself is demonstration data (`dataNotes.demonstrationPlan`). */
  demonstrationPlanNote: string;
  /** Header of the CSV's last column when the plan or its progress is invented; each row holds the note shown. */
  csvDemonstration: string;
  consultationOpen: string;

  commitmentsHeading: string;
  componentOther: string;
  commitmentLabel: (number: string) => string;
  lead: string;
  ogpValues: string;
  ogpValue: (value: OgpValue) => string;
  status: string;
  commitmentStatus: (status: CommitmentStatus) => string;
  milestoneStatus: (status: DeliveryStatus) => string;
  progressOf: (number: string) => string;
  progressText: (percent: number, complete: number, total: number) => string;
  noMilestones: string;

  shortDescription: string;
  problem: string;
  expectedResults: string;
  supportingActors: string;
  sector: (sector: 'government' | 'civil_society' | 'other') => string;
  budget: string;
  milestones: string;
  milestoneLabel: (number: string) => string;
  dueAsWritten: string;
  dueReading: string;
  overdueBadge: string;
  dueBadge: string;
  latestUpdate: (date: string) => string;
  evidence: string;
  giveFeedback: string;
  comments: string;

  filters: string;
  filterStatus: string;
  allStatuses: string;
  filterInstitution: string;
  allInstitutions: string;
  filterValue: string;
  allValues: string;
  search: string;
  searchHint: string;
  sort: string;
  sortKey: (key: SortKey) => string;
  clearFilters: string;
  resultCount: (shown: number, total: number) => string;
  noMatches: string;
  view: string;
  viewList: string;
  viewTimeline: string;
  download: string;
  downloadCsv: string;
  downloadJson: string;
  /** Title of the error shown when a download's code could not load (offline); the shared `errorNetwork` follows. */
  downloadFailed: string;

  timeline: string;
  timelineTable: string;
  quarter: (quarter: number, year: number) => string;
  quarterShort: (quarter: number) => string;
  timelineSpan: string;
  unplaced: string;
  unplacedNote: string;
  timelineEmpty: string;
  milestone: string;
  commitment: string;
  when: string;

  csvColumns: CsvColumns;
}
