import type {
  HapurClient,
  HapurStaffClient,
  OverallVerdict,
  PeriodEntry,
  PublicationCheck,
  PublicationChecklist,
  PublicationRequirement,
  Verdict,
} from '@hapur/sdk';

/** `public` shows the matrix and summary; `monitor` adds the staff monitoring template. */
export const CHECKLIST_MODES = ['public', 'monitor'] as const;
export type ChecklistMode = (typeof CHECKLIST_MODES)[number];

type ChecklistReads = Pick<HapurClient, 'listPublicationPeriods' | 'getPublicationChecklist'>;
/** The staff write of the monitoring template (a client created with a token has it). */
export type StaffWrite = Pick<HapurStaffClient, 'recordPublicationCheck'>;
/** What the checklist calls on its `client`: a `createClient()` result fits; one created with a `token` can record checks. */
export type ChecklistClient = ChecklistReads | (ChecklistReads & StaffWrite);

/** Whether the client can record checks (created with a `token`). */
export function isStaffClient(client: ChecklistClient): client is ChecklistReads & StaffWrite {
  return typeof (client as Partial<StaffWrite>).recordPublicationCheck === 'function';
}

/**
 * The languages requirements are checked in, in order: each one's required languages, then its recommended ones
 * (Kosovo's example data: sq, sr-Latn, then en; an Albanian programme's: sq, then en). The monitor asks about a
 * requirement's own; the matrix has a column for each that any of its rows asks for.
 */
export const checkLanguages = (requirements: readonly PublicationRequirement[]): string[] => [
  ...new Set(requirements.flatMap((r) => [...r.requiredLanguages, ...(r.recommendedLanguages ?? [])])),
];

/** Criteria shown as matrix columns (up to date is folded into notes: the demo data rarely has it). */
export const MATRIX_CRITERIA = ['published', 'complete', 'timely', 'accessible'] as const;
export type MatrixCriterion = (typeof MATRIX_CRITERIA)[number];

/** Criteria the monitoring template asks for, in order. */
export const FORM_CRITERIA = ['published', 'complete', 'timely', 'upToDate', 'accessible'] as const;
export type FormCriterion = (typeof FORM_CRITERIA)[number];

/** Verdicts a monitor can choose (`not_checked` is the absence of a choice). */
export const VERDICT_CHOICES = ['yes', 'partial', 'no', 'not_applicable'] as const satisfies readonly Verdict[];

/** Overall verdicts from best to worst, for "improved / worsened". */
export const OVERALL_RANK: Record<OverallVerdict, number> = {
  compliant: 3,
  partially_compliant: 2,
  non_compliant: 1,
  not_applicable: 0,
  not_checked: 0,
};

/** What the element loads for one institution and quarter. */
export interface ChecklistData {
  periods: PeriodEntry[];
  current: PublicationChecklist;
  /** The quarter before `current` when it has data; `null` otherwise. */
  previous: PublicationChecklist | null;
}

/** The check that counts for each requirement: the latest by `checkedAt` (as the server summarises). In this module, not
 * `checklist-summary.ts`, so the downloads' chunk (`checklist-export.ts`) takes it without reaching `@hapur/sdk`'s index
 * (a module the block's own chunk holds: the bundler would split it out of that chunk). */
export function latestChecks(checks: readonly PublicationCheck[]): Map<string, PublicationCheck> {
  const latest = new Map<string, PublicationCheck>();
  for (const check of checks) {
    const prev = latest.get(check.requirementId);
    if (!prev || check.checkedAt >= prev.checkedAt) latest.set(check.requirementId, check);
  }
  return latest;
}
