import type { ChecklistSummary, Criterion, OverallVerdict, PublicationRequirement, Verdict } from './publication.js';
import { CRITERIA, OVERALL_VERDICTS } from './publication.js';

/** The fields of a check the rules read (a stored check or a staff input both fit). */
export interface CheckVerdicts {
  requirementId: string;
  published: Verdict;
  complete: Verdict;
  timely: Verdict;
  upToDate?: Verdict | undefined;
  accessible: Verdict;
  languages: Record<string, { available: Verdict }>;
  checkedAt?: string;
}

type RequirementLanguages = Pick<PublicationRequirement, 'id' | 'requiredLanguages'>;

const ASSESSED: ReadonlySet<Verdict> = new Set(['yes', 'partial', 'no']);

/**
 * The overall rule, version 1: not published → non-compliant; published and every assessed
 * criterion and required language `yes` → compliant; otherwise partially compliant.
 * `not_applicable` / `not_checked` criteria are left out; an unpublished item cannot be partly right.
 */
export function overallVerdict(check: CheckVerdicts, requirement?: RequirementLanguages): OverallVerdict {
  if (check.published === 'not_applicable') return 'not_applicable';
  if (check.published === 'not_checked') return 'not_checked';
  if (check.published === 'no') return 'non_compliant';
  const verdicts: Verdict[] = [check.published, check.complete, check.timely, check.accessible];
  if (check.upToDate !== undefined) verdicts.push(check.upToDate);
  for (const lang of requirement?.requiredLanguages ?? []) {
    verdicts.push(check.languages[lang]?.available ?? 'not_checked');
  }
  return verdicts.filter((v) => ASSESSED.has(v)).every((v) => v === 'yes') ? 'compliant' : 'partially_compliant';
}

function tally() {
  return { met: 0, partial: 0, assessed: 0, share: null as number | null };
}
function add(t: ReturnType<typeof tally>, v: Verdict | undefined) {
  if (v === undefined || !ASSESSED.has(v)) return;
  t.assessed += 1;
  if (v === 'yes') t.met += 1;
  if (v === 'partial') t.partial += 1;
}
function finish(t: ReturnType<typeof tally>) {
  t.share = t.assessed === 0 ? null : t.met / t.assessed;
  return t;
}

/**
 * Summary of one institution's quarter: per criterion and per language the share of assessed
 * checks that fully meet it (`partial` is counted apart, not as met), and the overall verdicts.
 * A requirement without a check counts as `not_checked`; with several checks the latest counts.
 */
export function summarizeChecks(
  checks: readonly CheckVerdicts[],
  requirements: readonly RequirementLanguages[],
): ChecklistSummary {
  const latest = new Map<string, CheckVerdicts>();
  for (const c of checks) {
    const prev = latest.get(c.requirementId);
    if (!prev || (c.checkedAt ?? '') >= (prev.checkedAt ?? '')) latest.set(c.requirementId, c);
  }
  const byCriterion = Object.fromEntries(CRITERIA.map((c) => [c, tally()])) as Record<
    Criterion,
    ReturnType<typeof tally>
  >;
  const byLanguage: Record<string, ReturnType<typeof tally>> = {};
  const overall = Object.fromEntries(OVERALL_VERDICTS.map((o) => [o, 0])) as Record<OverallVerdict, number>;
  let checked = 0;
  for (const req of requirements) {
    const check = latest.get(req.id);
    if (!check) {
      overall.not_checked += 1;
      continue;
    }
    checked += 1;
    overall[overallVerdict(check, req)] += 1;
    if (check.published === 'not_applicable') continue;
    for (const c of CRITERIA) add(byCriterion[c], check[c]);
    const langs = new Set([...req.requiredLanguages, ...Object.keys(check.languages)]);
    for (const lang of langs) add((byLanguage[lang] ??= tally()), check.languages[lang]?.available ?? 'not_checked');
  }
  const judged = overall.compliant + overall.partially_compliant + overall.non_compliant;
  return {
    requirements: requirements.length,
    checked,
    byCriterion: Object.fromEntries(
      CRITERIA.map((c) => [c, finish(byCriterion[c])]),
    ) as ChecklistSummary['byCriterion'],
    byLanguage: Object.fromEntries(Object.entries(byLanguage).map(([l, t]) => [l, finish(t)])),
    overall,
    compliantShare: judged === 0 ? null : overall.compliant / judged,
  };
}
