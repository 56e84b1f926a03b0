import { type ActionPlan, type Commitment, type Institution, type LocalizedText, type Milestone } from '@hapur/sdk';
import { resolveCached } from './cached-text.js';
import { isActiveMilestone as isActive, milestoneTiming, searchFold } from '@hapur/sdk/rules';
import type { CommitmentStatus } from './commitment-tracker.types.js';

/** One commitment with everything the list needs precomputed once per data load. @internal */
export interface CommitmentRow {
  commitment: Commitment;
  status: CommitmentStatus;
  /** Mean milestone progress (a completed milestone counts 100); undefined without active milestones. */
  percent: number | undefined;
  complete: number;
  /** Milestones still to be delivered (withdrawn and cancelled ones left out). */
  total: number;
  leadId: string;
  /** Every language's text as searches compare it (the SDK's `searchFold`), for search without re-reading the data. */
  searchKey: string;
}

export type InstitutionIndex = ReadonlyMap<string, Institution>;

/**
 * Institutions by id, for their names. The API's plan carries the ones it references; later lists win,
 * so institutions an embedder sets from JavaScript replace the plan's own. @internal
 */
export function indexInstitutions(...lists: readonly (readonly Institution[] | undefined)[]): InstitutionIndex {
  const index = new Map<string, Institution>();
  for (const list of lists) for (const i of list ?? []) index.set(i.id, i);
  return index;
}

// The overdue/due/undated rule is the SDK's, shared with every other reader of a plan.
export { milestoneTiming, type MilestoneTiming } from '@hapur/sdk/rules';

/**
 * The commitment's status from its milestones' reported status: all withdrawn → withdrawn; all
 * delivered → complete; any delayed → delayed; any reported activity → in progress. Dates alone
 * never make a commitment "delayed": only a progress report does.
 */
export function commitmentStatus(milestones: readonly Milestone[]): CommitmentStatus {
  if (milestones.length === 0) return 'not_started';
  const active = milestones.filter(isActive);
  if (active.length === 0) return 'withdrawn';
  if (active.every((m) => m.status === 'completed')) return 'complete';
  if (active.some((m) => m.status === 'delayed')) return 'delayed';
  const started = (m: Milestone) =>
    m.status !== 'planned' || (m.progressPercent ?? 0) > 0 || m.latestUpdate !== undefined;
  return active.some(started) ? 'in_progress' : 'not_started';
}

export function milestonePercent(m: Milestone): number {
  return m.status === 'completed' ? 100 : (m.progressPercent ?? 0);
}

function allValues(text: LocalizedText | undefined): string {
  return text ? Object.values(text.values).join(' ') : '';
}

/**
 * What the tracker says of a plan's invented data, on screen and in its CSV: the plan itself invented (a demonstration
 * file) says more than its progress invented; nothing for real data.
 */
export const demonstrationNoteOf = (
  { dataNotes: notes }: ActionPlan,
  t: { demonstrationNote: string; demonstrationPlanNote: string },
): string | undefined =>
  notes?.demonstrationPlan ? t.demonstrationPlanNote : notes?.demonstrationProgress ? t.demonstrationNote : undefined;

/**
 * Ids are `<country>-<acronym or slug>` (`xk-mapl`). Without the institution's record (a plan from a server
 * that sends no `institutions`, or an id the data lacks) the acronym is the most readable honest label: `MAPL`.
 */
export function labelFromId(id: string): string {
  const rest = id.replace(/^[a-z]{2}-/, '');
  return /^[a-z]{2,6}$/.test(rest) ? rest.toUpperCase() : id;
}

/** Name of an institution in the reader's language; its acronym or id when unknown. */
export function institutionName(id: string, index: InstitutionIndex, lang: string): string {
  const institution = index.get(id);
  return institution ? (resolveCached(institution.name, lang)?.text ?? id) : labelFromId(id);
}

/** The language an institution's name is shown in when it is not the reader's, for its own `lang` attribute. */
export function institutionNameLang(id: string, index: InstitutionIndex, lang: string): string | undefined {
  const shown = resolveCached(index.get(id)?.name, lang);
  return shown?.isFallback ? shown.lang : undefined;
}

export function buildRow(commitment: Commitment, index: InstitutionIndex): CommitmentRow {
  const active = commitment.milestones.filter(isActive);
  const complete = active.filter((m) => m.status === 'completed').length;
  const percent = active.length
    ? Math.round(active.reduce((sum, m) => sum + milestonePercent(m), 0) / active.length)
    : undefined;
  const leadId = commitment.leadInstitutionId ?? '';
  const lead = index.get(leadId);
  const parts = [
    commitment.number,
    allValues(commitment.title),
    allValues(commitment.shortDescription),
    allValues(commitment.leadText),
    leadId,
    allValues(lead?.name),
    allValues(lead?.shortName),
    ...commitment.milestones.map((m) => `${m.number} ${allValues(m.title)}`),
  ];
  return {
    commitment,
    status: commitmentStatus(commitment.milestones),
    percent,
    complete,
    total: active.length,
    leadId,
    searchKey: searchFold(parts.join(' ')),
  };
}

export function buildRows(commitments: readonly Commitment[], index: InstitutionIndex): CommitmentRow[] {
  return commitments.map((c) => buildRow(c, index));
}

/** The plan header's numbers. "Due" = the window closes this quarter; "overdue" = it closed without delivery. */
export interface PlanSummary {
  complete: number;
  total: number;
  due: number;
  overdue: number;
  undated: number;
}

export function summarizePlan(commitments: readonly Commitment[], today: string): PlanSummary {
  const summary: PlanSummary = { complete: 0, total: 0, due: 0, overdue: 0, undated: 0 };
  for (const c of commitments) {
    for (const m of c.milestones) {
      if (!isActive(m)) continue;
      summary.total += 1;
      if (m.status === 'completed') summary.complete += 1;
      const timing = milestoneTiming(m, today);
      if (timing) summary[timing] += 1;
    }
  }
  return summary;
}
