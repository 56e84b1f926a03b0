import type { ServiceChange } from '@hapur/sdk';
import type { CatalogueLanguage } from '../../../internal/catalogue.js';

/** What the change history records (the SDK's `SERVICE_CHANGE_ACTIONS`). */
export type ChangeAction = ServiceChange['action'];

/**
 * Strings of `<hapur-service-editor>` besides the sign-in (`translations/staff/`) and the shared strings
 * (section names of the service card, channel types, statuses, language names). One chunk per language.
 * @internal
 */
export interface EditorTranslation {
  readonly lang: CatalogueLanguage;
  title: string;
  // The list of the institution's services
  listTitle: string;
  listIntro: string;
  emptyList: string;
  newService: string;
  withdrawnMark: string;
  draftMark: string;
  // The form
  editTitle: (name: string) => string;
  newTitle: string;
  backToList: string;
  draftRestored: string;
  discardDraft: string;
  /** "Name (Albanian)": a field in one language. */
  inLanguage: (label: string, language: string) => string;
  languagesLegend: string;
  languagesHint: string;
  /** A text left empty in a language the card is ticked for. */
  textInLanguages: string;
  idLabel: string;
  idHint: string;
  identifierLabel: string;
  identifierHint: string;
  nameLabel: string;
  statusLabel: string;
  /** The statuses as short choices (the shared strings hold the public card's sentences). */
  statusNames: Record<'active' | 'inactive' | 'under_development' | 'withdrawn', string>;
  item: (label: string, n: number) => string;
  add: (label: string) => string;
  remove: (label: string) => string;
  stepTitle: string;
  stepDescription: string;
  step: string;
  documentName: string;
  documentDescription: string;
  document: string;
  cost: string;
  costAmount: string;
  costAmountHint: string;
  /** An amount that is not a number (the example with the language's decimal separator). */
  amountInvalid: string;
  costCurrency: string;
  costCurrencyHint: string;
  costDescription: string;
  daysHint: string;
  /** A number of days that is not a whole number. */
  daysInvalid: string;
  deadlineDays: string;
  deadlineText: string;
  channel: string;
  channelType: string;
  urlHint: string;
  contactName: string;
  contactPage: string;
  complaintText: string;
  complaintBody: string;
  complaintDays: string;
  complaintUrl: string;
  law: string;
  lawTitle: string;
  lawNumber: string;
  lawArticle: string;
  lawUrl: string;
  // Preview and actions
  previewTitle: string;
  previewLanguage: string;
  save: string;
  saving: string;
  /** The button beside save when nothing changed: the card was checked and is still correct. */
  review: string;
  /** The review was recorded (the card's "last reviewed" date is today's). */
  reviewedDone: string;
  saved: string;
  created: string;
  /** Save pressed with nothing changed: nothing is sent; points to the review button (`review`). */
  nothingToSave: (review: string) => string;
  saveFailed: (reason: string) => string;
  /** The review was not recorded: why (`staffErrorText`). */
  reviewFailed: (reason: string) => string;
  /** The withdrawal was refused or failed: the service is not withdrawn; why (`staffErrorText`). */
  withdrawFailed: (reason: string) => string;
  forbiddenService: string;
  idTaken: string;
  // Someone else saved first (412)
  conflictTitle: string;
  conflictIntro: string;
  conflictTheirs: string;
  conflictYours: string;
  conflictBoth: string;
  conflictNothing: string;
  conflictApply: string;
  conflictApplyHint: string;
  conflictDiscard: string;
  conflictApplied: string;
  // Withdrawing
  withdraw: string;
  withdrawTitle: string;
  withdrawIntro: string;
  withdrawNote: string;
  withdrawConfirm: string;
  cancel: string;
  withdrawnDone: string;
  withdrawnNotice: string;
  // History
  historyTitle: string;
  historyEmpty: string;
  historyAction: Record<ChangeAction, string>;
  /** "3 December 2026, 10:15 — Arta: changed Fees, Channels" */
  historyEntry: (when: string, who: string, action: string, fields: string) => string;
  /** The card's top-level fields, as the history and the conflict screen name them. */
  fieldNames: Readonly<Record<string, string>>;
}
