import type { CatalogueLanguage } from '../../../internal/catalogue.js';
import type { Criterion, OverallVerdict, PUBLICATION_CATEGORIES, PUBLICATION_FREQUENCIES, Verdict } from '@hapur/sdk';

/**
 * Strings of `<hapur-publication-checklist>`, typed so a catalogue that misses a term does not compile.
 * @internal
 */
export interface ChecklistTranslation {
  readonly lang: CatalogueLanguage;

  // Names of values
  verdict: Record<Verdict, string>;
  /** `published: not_applicable` reads "not due" (nothing had to be published this quarter). */
  notDue: string;
  overall: Record<OverallVerdict, string>;
  criterion: Record<Criterion, string>;
  category: Record<(typeof PUBLICATION_CATEGORIES)[number], string>;
  frequency: Record<(typeof PUBLICATION_FREQUENCIES)[number], string>;
  quarter: (year: number, quarter: number) => string;
  /** The quarter alone, short (the trend chart's bar labels), e.g. "Q1". */
  quarterShort: (quarter: number) => string;
  /** A quarter chosen in the picker did not load; `quarter` is `quarter(…)`'s label. */
  quarterFailed: (quarter: string) => string;
  percent: (share: number | null, format: (n: number) => string) => string;

  // Public view
  heading: (institution: string, period: string) => string;
  quarterLabel: string;
  emptyChecklist: string;
  gapsOnly: string;
  showing: (shown: number, total: number) => string;
  noGaps: string;
  downloadHeading: string;
  downloadCsv: string;
  downloadJson: string;
  /** Title of the error shown when a download's code could not load (offline); the shared `errorNetwork` follows. */
  downloadFailed: string;
  matrixCaption: (institution: string, period: string) => string;
  colRequirement: string;
  colLanguage: (language: string) => string;
  colOverall: string;
  colNotes: string;
  legalBasis: string;
  /** Said once above the matrix when every requirement rests on the same acts. */
  legalBasisAll: string;
  frequencyLabel: string;
  maxDelay: (duration: string) => string;
  provisional: string;
  openDocument: string;
  notes: string;
  correctiveAction: string;
  responsibleUnit: string;
  checkedOn: (date: string) => string;
  notChecked: string;

  // Summary, trend, changes
  summaryHeading: string;
  summaryLead: (met: number, total: number, share: string) => string;
  byCriterionCaption: string;
  byLanguageCaption: string;
  colCriterion: string;
  colLanguageName: string;
  colMet: string;
  colPartly: string;
  colNotMet: string;
  colShare: string;
  trendHeading: string;
  trendCaption: string;
  colQuarter: string;
  colCompliantShare: string;
  changesHeading: (previous: string) => string;
  noPrevious: string;
  noChanges: string;
  shareChange: (from: string, to: string) => string;
  changeImproved: string;
  changeWorsened: string;
  changeNew: string;
  changeRemoved: string;
}
