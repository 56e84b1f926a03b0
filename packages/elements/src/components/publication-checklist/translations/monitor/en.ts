import type { ChecklistMonitorTranslation } from './monitor-translation.js';

const plural = new Intl.PluralRules('en');
const checks = (n: number) => `${n} ${plural.select(n) === 'one' ? 'check' : 'checks'}`;

const en: ChecklistMonitorTranslation = {
  monitorHeading: (period) => `Monitoring template for ${period}`,
  monitorIntro:
    'Record each requirement for the quarter. What you type is kept in this browser until the checks are saved.',
  progress: (recorded, total) => `${recorded} of ${total} recorded`,
  requirementOf: (n, total) => `Requirement ${n} of ${total}`,
  stepListLabel: 'Requirements in this template',
  recorded: 'recorded',
  notRecorded: 'not recorded',
  unsaved: 'not yet submitted',
  choose: 'Choose…',
  fieldUrl: 'Link to the published document',
  fieldUrlHint: 'The full address, starting with https://',
  fieldLanguage: (language) => `Available in ${language}`,
  fieldLanguageUrl: (language) => `Link to the ${language} version`,
  fieldCorrectiveHint: 'Required when a criterion is not fully met.',
  previous: 'Previous requirement',
  next: 'Next requirement',
  saveDraft: 'Save draft',
  discardDraft: 'Discard draft',
  submit: "Submit the quarter's checks",
  submitting: 'Submitting…',
  draftSaved: (time) => `Draft saved in this browser at ${time}.`,
  draftRestored: 'Your draft from this browser was restored.',
  submitted: (count) => `${checks(count)} saved. The public checklist now shows them.`,
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errChoose: (label) => `Select an answer for “${label}”`,
  errUrlRequired: 'Enter the link to the published document',
  errUrl: 'Enter the link as a full address, like https://example.org/document',
  errCorrective: 'Describe the corrective action, because a criterion is not fully met',
  errResponsible: 'Name the unit responsible for the corrective action',
  errTooLong: (max) => `Use ${max} characters or fewer`,
  errNothing: 'Record at least one requirement before submitting',
  nothingNew: (recorded, total) =>
    `Nothing new to submit: ${recorded} of ${total} requirements are already recorded. Change an entry to record it again.`,
  errorForbidden: (institution) =>
    `Your token may not record checks for ${institution}. Use a token issued to this institution. Your entries are kept in this browser.`,
  errorUnauthorized:
    'Your token was not accepted (it may have expired). Paste a new token; your entries are kept in this browser.',
  errorNoToken: 'The monitoring template needs a staff token.',
  errorRateLimited: (wait) => `Too many changes have been sent from this connection. Wait ${wait} and try again.`,
  errorSaveFailed: (reason) => `The checks could not be saved: ${reason} Your entries are kept in this browser.`,
  serverRefused: 'The server refused them.',
  partlySaved: (saved, failed) =>
    `${checks(saved)} saved; ${checks(failed)} not saved. Those are kept in this browser: try again.`,
};

export default en;
