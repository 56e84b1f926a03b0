/**
 * Strings only `<hapur-feedback-form>` uses, beside the feedback blocks' shared ones (`src/translations/feedback/`:
 * kinds, statuses, `optional`, `errorPrefix`); a catalogue missing one does not compile.
 */
export interface FeedbackFormTranslation {
  formTitle: string;
  formIntro: string;
  kindLegend: string;
  subjectLabel: string;
  subjectHint: string;
  subjectChoose: string;
  subjectAbout: string;
  guidingTitle: string;
  guidingIntro: string;
  messageLabel: string;
  messageHint: (max: number) => string;
  locationHint: string;
  contactChoice: string;
  contactChoiceHint: string;
  contactLegend: string;
  contactNeeded: string;
  consentLabel: string;
  privacyNotice: string;
  privacyLink: string;
  honeypotLabel: string;
  submit: string;
  submitting: string;
  errorSummaryTitle: string;
  queuedTitle: string;
  /** Said after an offline send and after a server error alike: names neither cause (the server may have answered). */
  queuedText: string;
  /** After queuedText: the form below stays usable. */
  queuedAnother: string;
  queuedDelivered: string;
  successTitle: string;
  successText: string;
  tokenLabel: string;
  tokenHint: string;
  copy: (what: string) => string;
  copied: string;
  copyFailed: string;
  statusLink: string;
  respondBy: (date: string) => string;
  sendAnother: string;
  submitError: string;
  draftRestored: string;
}
