/**
 * The monitoring template's strings (staff recording a quarter's checks): a catalogue of its own, loaded with the
 * template's module when staff first open it, so the public checklist's pages never download them (issue #20).
 * Its `registerTranslation` id is `publication-checklist-monitor`; strings registered under `publication-checklist`
 * apply too (the two were one catalogue before).
 */
export interface ChecklistMonitorTranslation {
  monitorHeading: (period: string) => string;
  monitorIntro: string;
  progress: (recorded: number, total: number) => string;
  requirementOf: (n: number, total: number) => string;
  stepListLabel: string;
  recorded: string;
  notRecorded: string;
  unsaved: string;
  choose: string;
  fieldUrl: string;
  fieldUrlHint: string;
  fieldLanguage: (language: string) => string;
  fieldLanguageUrl: (language: string) => string;
  fieldCorrectiveHint: string;
  previous: string;
  next: string;
  saveDraft: string;
  discardDraft: string;
  submit: string;
  submitting: string;
  draftSaved: (time: string) => string;
  draftRestored: string;
  submitted: (count: number) => string;
  errorSummaryTitle: string;
  /** Read before each inline error message, for screen readers (visually hidden). */
  errorPrefix: string;
  errChoose: (label: string) => string;
  errUrlRequired: string;
  errUrl: string;
  errCorrective: string;
  errResponsible: string;
  errTooLong: (max: number) => string;
  errNothing: string;
  /** Submit with no change while the server already holds checks for the quarter. */
  nothingNew: (recorded: number, total: number) => string;
  errorForbidden: (institution: string) => string;
  errorUnauthorized: string;
  /** 429: too many writes from this connection; `wait` is the shared strings' duration ("10 minutes"). */
  errorRateLimited: (wait: string) => string;
  errorNoToken: string;
  errorSaveFailed: (reason: string) => string;
  /** A 409, 400/422 or other refusal: the server answered and refused the checks (its own words follow, if any). */
  serverRefused: string;
  partlySaved: (saved: number, failed: number) => string;
}
