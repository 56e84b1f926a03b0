import type { CatalogueLanguage } from '../../internal/catalogue.js';
import type { FeedbackStatusValue, FeedbackType } from '@hapur/sdk';

/**
 * Strings of the feedback blocks (`<hapur-feedback-form>`, `<hapur-feedback-status>`,
 * `<hapur-comments>`, `<hapur-participation-stats>`), typed so a catalogue that misses a term does
 * not compile.
 * @internal
 */
export interface FeedbackTranslation {
  readonly lang: CatalogueLanguage;

  // Shared labels
  kindName: Record<FeedbackType, string>;
  kindHint: Record<FeedbackType, string>;
  statusName: Record<FeedbackStatusValue, string>;
  decisionName: Record<string, string>;
  optional: string;
  /** Read before each field error by screen readers (visually hidden). */
  errorPrefix: string;

  // <hapur-feedback-form>
  formTitle: string;
  formIntro: string;
  kindLegend: string;
  subjectLabel: string;
  subjectHint: string;
  subjectChoose: string;
  subjectAbout: string;
  subjectService: (id: string) => string;
  subjectCommitment: (number: string) => string;
  guidingTitle: string;
  guidingIntro: string;
  messageLabel: string;
  messageHint: (max: number) => string;
  locationLabel: string;
  locationHint: string;
  contactChoice: string;
  contactChoiceHint: string;
  contactLegend: string;
  nameLabel: string;
  emailLabel: string;
  phoneLabel: string;
  contactNeeded: string;
  consentLabel: string;
  privacyNotice: string;
  privacyLink: string;
  honeypotLabel: string;
  submit: string;
  submitting: string;
  errorSummaryTitle: string;
  queuedTitle: string;
  queuedText: string;
  /** After queuedText: the form below stays usable. */
  queuedAnother: string;
  queuedDelivered: string;
  successTitle: string;
  successText: string;
  referenceLabel: string;
  tokenLabel: string;
  tokenHint: string;
  copy: (what: string) => string;
  copied: string;
  copyFailed: string;
  statusLink: string;
  respondBy: (date: string) => string;
  sendAnother: string;
  rateLimited: (seconds: number | undefined) => string;
  serverError: string;
  submitError: string;
  draftRestored: string;

  // <hapur-feedback-status>
  statusTitle: string;
  tokenInputLabel: string;
  tokenInputHint: string;
  check: string;
  statusNotFound: string;
  tokenFormat: string;
  currentStatus: string;
  submittedOn: string;
  deadline: string;
  deadlineMet: string;
  deadlineMissed: string;
  deadlineOpen: string;
  historyTitle: string;
  responseTitle: string;
  respondedOn: (date: string) => string;
  decision: string;
  appealTitle: string;
  noResponseYet: string;

  // <hapur-comments>
  commentsEmpty: string;
  commentsNotFound: string;
  commentsCount: (total: number) => string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageLabel: (page: number, pages: number) => string;
  institutionResponse: string;
  publishedOn: (date: string) => string;

  // <hapur-participation-stats>
  statsTitle: string;
  statsEmpty: string;
  total: (count: number) => string;
  byKind: string;
  byStatus: string;
  answeredShare: string;
  answeredShareNone: string;
  medianResponse: string;
  medianResponseNone: string;
  days: (count: number) => string;
  chartSummary: (parts: string) => string;
  columnCount: string;
  columnKind: string;
  columnStatus: string;
}
