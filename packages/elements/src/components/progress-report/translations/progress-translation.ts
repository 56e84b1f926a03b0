import type { CatalogueLanguage } from '../../../internal/catalogue.js';
import type { CompletionLevel, DeliveryStatus } from '@hapur/sdk';

/** What a history entry may have changed (the SDK's `PROGRESS_CHANGE_FIELDS`). */
export type ChangeField =
  | 'status'
  | 'completion'
  | 'progressPercent'
  | 'narrative'
  | 'challenges'
  | 'nextSteps'
  | 'reportingDate'
  | 'revisedDue'
  | 'evidence';

/**
 * Strings of `<hapur-progress-report>` besides the staff sign-in (`translations/staff/`). One chunk per
 * language. Typed, so a catalogue that misses a term does not compile.
 * @internal
 */
export interface ProgressTranslation {
  readonly lang: CatalogueLanguage;
  title: string;
  /** Whose milestones are listed: the institution's own, or the whole plan for its coordinator. */
  scopeLead: (institution: string) => string;
  scopeCoordinator: (institution: string) => string;
  emptyMilestones: string;
  commitmentLabel: (number: string) => string;
  milestoneLabel: (number: string) => string;
  dueLabel: string;
  statusName: Record<DeliveryStatus, string>;
  completionName: Record<CompletionLevel, string>;
  percentDone: (percent: number) => string;
  lastReport: (date: string) => string;
  noReportYet: string;
  reportButton: (number: string) => string;
  backToList: string;
  formTitle: (number: string) => string;
  draftRestored: string;
  discardDraft: string;
  statusLabel: string;
  completionLabel: string;
  completionHint: string;
  completionUnset: string;
  percentLabel: string;
  percentHint: string;
  narrativeTitle: string;
  narrativeHint: string;
  narrativeLabel: (language: string) => string;
  missingLanguages: (languages: string) => string;
  evidenceTitle: string;
  evidenceHint: string;
  evidenceNone: string;
  linkTitleLabel: (n: number) => string;
  linkUrlLabel: (n: number) => string;
  linkUrlHint: string;
  addLink: string;
  removeLink: (n: number) => string;
  reportingDateLabel: string;
  reportingDateHint: string;
  save: string;
  saved: (number: string) => string;
  saveFailed: (reason: string) => string;
  // Errors (GOV.UK: say what to do)
  errNothing: string;
  errPercent: string;
  /** The progress is under 100 while the status is "completed" or the completion "complete". */
  errPercentDone: string;
  errNarrative: (language: string) => string;
  errLinkTitle: (n: number) => string;
  errLinkUrl: (n: number) => string;
  errDate: string;
  errDateFuture: string;
  /** The server refused a reporting date before the action plan's period starts (a mistyped year). */
  errDateBeforePlan: string;
  errTooLong: (what: string) => string;
  // History
  historyTitle: string;
  historyEmpty: string;
  historyLoading: string;
  historyBy: (who: string, when: string) => string;
  historyImported: (when: string) => string;
  historyChanged: string;
  changeName: Record<ChangeField, string>;
  // Export
  exportTitle: string;
  exportCsv: string;
  exportJson: string;
}
