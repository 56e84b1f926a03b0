import type { CompletionLevel, Milestone } from '../schemas/commitment.js';
import type { LocalizedText } from '../schemas/common.js';
import type { Institution } from '../schemas/institution.js';
import type { ActionPlan } from '../schemas/plan.js';
import type { ProgressUpdate } from '../schemas/progress-update.js';
import type { SelfAssessment, SelfAssessmentPeriod, SelfAssessmentRow } from '../schemas/self-assessment.js';
import { csvDocument, languagesIn, spreadLongCells, type CsvValue } from './csv.js';
import { applyProgress, isActiveMilestone } from './plans.js';

/** The day a report describes: its reporting date, else the day it was sent. */
export const reportDay = (u: Pick<ProgressUpdate, 'reportingDate' | 'reportedAt'>): string =>
  u.reportingDate ?? u.reportedAt.slice(0, 10);

/** A plan's whole period as days: `2026`–`2028` → 2026-01-01 … 2028-12-31; `2026-09` → from 2026-09-01. */
export function planPeriod(plan: Pick<ActionPlan, 'period'>): SelfAssessmentPeriod {
  const [fy, fm = '01'] = plan.period.start.split('-');
  const [ty, tm = '12'] = plan.period.end.split('-');
  const last = new Date(Date.UTC(Number(ty), Number(tm), 0)).getUTCDate();
  return { from: `${fy}-${fm}-01`, to: `${ty}-${tm}-${String(last).padStart(2, '0')}` };
}

/**
 * A commitment's completion on the IRM scale from its milestones' state: `no_evidence` when none was
 * reported on, `complete` when every milestone that counts is completed, else by the mean progress:
 * 0 → `not_started`, under 50 → `limited`, otherwise `substantial`.
 */
export function commitmentCompletion(
  milestones: readonly Milestone[],
  reported: boolean,
  percent: number,
): CompletionLevel {
  const active = milestones.filter(isActiveMilestone);
  if (!reported) return 'no_evidence';
  if (active.length > 0 && active.every((m) => m.status === 'completed' || m.completion === 'complete'))
    return 'complete';
  return percent === 0 ? 'not_started' : percent < 50 ? 'limited' : 'substantial';
}

/**
 * The self-assessment of a plan for a period (both days included), one row per commitment: its state on the
 * period's last day (reports up to then folded in), the narratives and evidence of the reports whose day
 * falls in the period. `updates` is the plan's progress log, oldest first.
 */
export function selfAssessment(
  plan: ActionPlan,
  updates: readonly ProgressUpdate[],
  period: SelfAssessmentPeriod,
  institutions: readonly Institution[] = [],
): SelfAssessment {
  const names = new Map(institutions.map((i) => [i.id, i.name]));
  const upTo = updates.filter((u) => reportDay(u) <= period.to);
  const inPeriod = upTo.filter((u) => reportDay(u) >= period.from);
  const rows = plan.commitments.map((c): SelfAssessmentRow => {
    const byId = new Map(c.milestones.map((m) => [m.id, m]));
    const milestones = c.milestones.map((m) =>
      applyProgress(
        m,
        upTo.filter((u) => u.milestoneId === m.id),
      ),
    );
    const active = milestones.filter(isActiveMilestone);
    const percent = active.length
      ? Math.round(
          active.reduce((sum, m) => sum + (m.status === 'completed' ? 100 : (m.progressPercent ?? 0)), 0) /
            active.length,
        )
      : 0;
    const mine = inPeriod.filter((u) => byId.has(u.milestoneId));
    const narrative: Record<string, string[]> = {};
    for (const u of mine)
      for (const [lang, value] of Object.entries(u.narrative.values))
        (narrative[lang] ??= []).push(`${byId.get(u.milestoneId)!.number} (${reportDay(u)}): ${value}`);
    const last = upTo.filter((u) => byId.has(u.milestoneId)).at(-1);
    const lead = c.leadInstitutionId;
    const leadName = lead ? names.get(lead) : undefined;
    return {
      commitmentNumber: c.number,
      commitmentTitle: c.title,
      ...(lead ? { leadInstitutionId: lead } : {}),
      ...(leadName ? { leadInstitutionName: leadName } : {}),
      completion: commitmentCompletion(
        milestones,
        upTo.some((u) => byId.has(u.milestoneId)),
        percent,
      ),
      progressPercent: percent,
      milestonesCompleted: active.filter((m) => m.status === 'completed').length,
      milestonesTotal: active.length,
      narrative: {
        values: Object.fromEntries(Object.entries(narrative).map(([lang, lines]) => [lang, lines.join('\n\n')])),
      },
      evidence: mine.flatMap((u) =>
        u.evidence.flatMap((d) =>
          d.url?.startsWith('https:')
            ? [{ milestoneNumber: byId.get(u.milestoneId)!.number, title: d.title, url: d.url }]
            : [],
        ),
      ),
      ...(last ? { lastReportedAt: last.reportedAt } : {}),
    };
  });
  return { planId: plan.id, planTitle: plan.title, country: plan.country, period, rows };
}

/**
 * The CSV columns of a self-assessment (docs/import-format.md, "Self-assessment export"): texts per language; a text
 * longer than an Excel cell holds continues in `… (2)` columns.
 */
export function selfAssessmentCsv(sa: SelfAssessment, sourceLanguage?: string): string {
  const texts = (pick: (r: SelfAssessmentRow) => LocalizedText | undefined) => {
    const langs = languagesIn(sa.rows.map(pick));
    const first = sourceLanguage && langs.includes(sourceLanguage) ? [sourceLanguage] : [];
    return [...first, ...langs.filter((l) => l !== sourceLanguage).sort()];
  };
  const titleLangs = texts((r) => r.commitmentTitle);
  const leadLangs = texts((r) => r.leadInstitutionName);
  const narrativeLangs = texts((r) => r.narrative);
  const header: CsvValue[] = [
    'plan.id',
    'period.from',
    'period.to',
    'commitment.number',
    ...titleLangs.map((l) => `commitment.title.${l}`),
    'leadInstitution.id',
    ...leadLangs.map((l) => `leadInstitution.name.${l}`),
    'completion',
    'progressPercent',
    'milestones.completed',
    'milestones.total',
    ...narrativeLangs.map((l) => `narrative.${l}`),
    'evidence',
    'lastReportedAt',
  ];
  const rows = sa.rows.map((r): CsvValue[] => [
    sa.planId,
    sa.period.from,
    sa.period.to,
    r.commitmentNumber,
    ...titleLangs.map((l) => r.commitmentTitle.values[l]),
    r.leadInstitutionId,
    ...leadLangs.map((l) => r.leadInstitutionName?.values[l]),
    r.completion,
    r.progressPercent,
    r.milestonesCompleted,
    r.milestonesTotal,
    ...narrativeLangs.map((l) => r.narrative.values[l]),
    r.evidence
      .map(
        (e) =>
          `${e.milestoneNumber}: ${e.title.values[sourceLanguage ?? ''] ?? Object.values(e.title.values)[0] ?? ''} <${e.url}>`,
      )
      .join('\n'),
    r.lastReportedAt,
  ]);
  return csvDocument(spreadLongCells([header, ...rows]), { bom: true });
}
