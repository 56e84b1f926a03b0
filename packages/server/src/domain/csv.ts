import type { ActionPlan, LocalizedText } from '@hapur/sdk';
import { csvDocument } from '@hapur/sdk/rules';

const LANGS = ['sq', 'sr-Latn', 'en'] as const;

const text = (t: LocalizedText | undefined, lang: string) => t?.values[lang];

/** The plan as CSV, one row per milestone, titles in sq / sr-Latn / en, with the derived state. */
export function planToCsv(plan: ActionPlan): string {
  const header = [
    'plan_id',
    'commitment_number',
    ...LANGS.map((l) => `commitment_title_${l}`),
    'commitment_lead',
    'milestone_id',
    'milestone_number',
    ...LANGS.map((l) => `milestone_title_${l}`),
    'milestone_lead',
    'due_text',
    'due_earliest',
    'due_latest',
    'status',
    'completion',
    'progress_percent',
    'latest_update_at',
  ];
  const rows = plan.commitments.flatMap((c) =>
    c.milestones.map((m) => [
      plan.id,
      c.number,
      ...LANGS.map((l) => text(c.title, l)),
      c.leadInstitutionId,
      m.id,
      m.number,
      ...LANGS.map((l) => text(m.title, l)),
      m.leadInstitutionId,
      m.due.text,
      m.due.earliest,
      m.due.latest,
      m.status,
      m.completion,
      m.progressPercent,
      m.latestUpdate?.reportedAt,
    ]),
  );
  return csvDocument([header, ...rows], { bom: true });
}
