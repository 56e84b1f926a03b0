// The checklist's verdicts and criteria as plain constants, without zod: a display-only reader (the public
// checklist) imports them without evaluating the checklist's schemas (publication.ts re-exports them).

export const VERDICTS = ['yes', 'partial', 'no', 'not_applicable', 'not_checked'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const CRITERIA = ['published', 'complete', 'timely', 'upToDate', 'accessible'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const OVERALL_VERDICTS = [
  'compliant',
  'partially_compliant',
  'non_compliant',
  'not_applicable',
  'not_checked',
] as const;
export type OverallVerdict = (typeof OVERALL_VERDICTS)[number];
