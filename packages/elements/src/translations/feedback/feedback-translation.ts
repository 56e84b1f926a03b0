import type { CatalogueLanguage } from '../../internal/catalogue.js';
import type { FeedbackType } from '@hapur/sdk';

/**
 * Strings the feedback blocks share (`<hapur-feedback-form>`, `<hapur-feedback-status>`, `<hapur-comments>`,
 * `<hapur-participation-stats>`, and the staff inbox's kind and status names), typed so a catalogue that misses a
 * term does not compile. The form's own strings are in its folder (`feedback-form/translations/`): the pages that
 * show comments or a status do not load them. The kind and status names, the answer date and the paging words, which
 * the comments share, are in `feedback-common/`; the comments' own in their folder: a page with comments only loads
 * neither this nor the form's.
 * @internal
 */
export interface FeedbackTranslation {
  readonly lang: CatalogueLanguage;

  // Shared labels
  kindHint: Record<FeedbackType, string>;
  decisionName: Record<string, string>;
  optional: string;
  /** Read before each field error by screen readers (visually hidden). */
  errorPrefix: string;

  // Also in the staff inbox and the status page
  subjectService: (id: string) => string;
  subjectCommitment: (number: string) => string;
  locationLabel: string;
  nameLabel: string;
  emailLabel: string;
  phoneLabel: string;
  referenceLabel: string;
  /** After a 429: with the plural forms the other counts here use. */
  rateLimited: (seconds: number | undefined) => string;

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
  decision: string;
  appealTitle: string;
  noResponseYet: string;

  // <hapur-participation-stats>
  statsTitle: string;
  statsEmpty: string;
  total: (count: number, written: string) => string;
  byKind: string;
  byStatus: string;
  answeredShare: string;
  answeredShareNone: string;
  medianResponse: string;
  medianResponseNone: string;
  /** The median time to answer: `count` (one decimal: 2.5) picks the plural form; `written` is it as the page writes numbers ("2,5"). */
  days: (count: number, written: string) => string;
  chartSummary: (parts: string) => string;
  columnCount: string;
  columnKind: string;
  columnStatus: string;
}
