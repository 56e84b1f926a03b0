import type { CatalogueLanguage } from '../../../internal/catalogue.js';

import type { HapurStaffActionKind } from '../../../events/staff-action.js';

/** The actions a staff member takes on a message, each a form in the detail view. */
export type InboxAction = HapurStaffActionKind;

/** What the history records (the SDK's `HISTORY_KINDS`). */
export type HistoryKind =
  'received' | 'status' | 'assigned' | 'note' | 'published' | 'unpublished' | 'transferred' | 'released';

/**
 * Strings of `<hapur-staff-inbox>` besides the sign-in (`translations/staff/`) and the feedback blocks'
 * shared labels (status, type and decision names, contact labels). One chunk per language.
 * @internal
 */
export interface InboxTranslation {
  readonly lang: CatalogueLanguage;
  title: string;
  countsTitle: string;
  countAll: string;
  // Filters
  filtersTitle: string;
  anyStatus: string;
  openStatuses: string;
  closedStatuses: string;
  anyType: string;
  overdueOnly: string;
  quarantinedOnly: string;
  dueWithinLabel: string;
  dueWithinHint: string;
  searchLabel: string;
  searchHint: string;
  applyFilters: string;
  clearFilters: string;
  /** `max`: the most days the API takes (the SDK's INBOX_DUE_WITHIN_MAX). */
  dueWithinInvalid: (max: number) => string;
  // List
  listCaption: string;
  /** `shown` and `written` as the reader's language writes numbers (`written`: `total`'s, which chooses the plural). */
  showing: (shown: number | string, total: number, written?: number | string) => string;
  emptyInbox: string;
  noMatch: string;
  columnType: string;
  columnSubject: string;
  columnDeadline: string;
  columnStatus: string;
  columnAssignee: string;
  dueIn: (days: number) => string;
  dueToday: string;
  overdueBy: (days: number) => string;
  overdueToday: string;
  noDeadline: string;
  unassigned: string;
  publishedMark: string;
  quarantinedMark: string;
  refreshNow: string;
  /** The button that downloads every message the filters match as CSV; what it says while the file is fetched. */
  downloadCsv: string;
  downloadBusy: string;
  /** The alert when the download failed; `reason` is the shared staff error text (offline, token) or `downloadLimited`. */
  downloadFailed: (reason: string) => string;
  /** Why, when the server refused the download (429: too many from this connection); `wait` is "2 minutes". */
  downloadLimited: (wait: string) => string;
  /** The name of the page navigation under the list (a landmark screen readers list). */
  pagination: string;
  updatedAt: (time: string) => string;
  arrived: (count: number) => string;
  // Detail
  backToList: string;
  detailTitle: (reference: string) => string;
  messageTitle: string;
  writtenIn: string;
  receivedLabel: string;
  answerBy: string;
  publicLabel: string;
  publicYes: string;
  publicNo: string;
  contactTitle: string;
  contactNone: string;
  historyBy: (who: string) => string;
  historyKind: Record<HistoryKind, string>;
  internalMark: string;
  // Actions
  actionsTitle: string;
  actionTitle: Record<InboxAction, string>;
  actionButton: Record<InboxAction, string>;
  actionDone: Record<InboxAction, string>;
  newStatusLabel: string;
  chooseStatus: string;
  publicNoteLabel: string;
  publicNoteHint: string;
  responseLabel: (language: string) => string;
  responseHint: string;
  decisionLabel: string;
  noDecision: string;
  translationsTitle: string;
  translationLabel: (language: string) => string;
  machineLabel: string;
  appealLabel: string;
  assigneeInputLabel: string;
  assigneeInputHint: string;
  noteLabel: string;
  noteHint: string;
  publishHint: string;
  reasonLabel: string;
  reasonHint: string;
  /** The transfer form's choice of institutions by name; its first option, and its error when none is chosen. */
  institutionChoiceLabel: string;
  chooseInstitution: string;
  /** The institution's typed id, when the list of institutions could not load (said before the hint). */
  institutionLabel: string;
  institutionHint: string;
  institutionsUnavailable: string;
  transferNoteLabel: string;
  releaseHint: string;
  // Errors
  errRequired: (label: string) => string;
  errTooLong: (label: string, max: number) => string;
  errResponseLanguage: (language: string) => string;
  errInstitution: string;
  conflict: string;
  /**
   * The line over the list when the open message left the inbox (the API answered 404: transferred or removed
   * meanwhile); `typed`: something had been entered in its action forms, which was not sent.
   */
  gone: (reference: string, typed: boolean) => string;
  saveFailed: (reason: string) => string;
  forbiddenList: string;
  readOnly: string;
  transferredTo: (institution: string) => string;
}
