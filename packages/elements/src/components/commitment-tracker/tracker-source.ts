import {
  loadDocument,
  ActionPlanDetailSchema,
  ActionPlanSchema,
  InstitutionSchema,
  parseOutput,
  ProgressUpdateSchema,
  type ActionPlan,
  type Institution,
  type ProgressUpdate,
} from '@hapur/sdk';
import { applyProgress } from '@hapur/sdk/rules';
import * as z from 'zod/mini';
import type { InstitutionIndex } from './tracker-model.js';

/** What the tracker shows: one plan and the names of the institutions it mentions. @internal */
export interface TrackerData {
  plan: ActionPlan;
  institutions: InstitutionIndex;
}

// The parts of a `hapur/v1` import file the tracker reads; other sections (services, checks…) are ignored.
const TrackerFileSchema = z.object({
  format: z.literal('hapur/v1'),
  provenance: z.optional(z.object({ kind: z.string() })),
  institutions: z.optional(z.array(InstitutionSchema)),
  plans: z.optional(z.array(ActionPlanSchema)),
  progressUpdates: z.optional(z.array(ProgressUpdateSchema)),
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a document gives some due date as `{ text, lang }` only (hand-written files may). */
function hasUnreadDates(json: unknown): boolean {
  if (Array.isArray(json)) return json.some(hasUnreadDates);
  if (!isRecord(json)) return false;
  return Object.entries(json).some(([key, value]) =>
    key === 'due' && isRecord(value) ? value['kind'] === undefined : hasUnreadDates(value),
  );
}

/**
 * {@link trackerDataFrom} for documents as fetched: due dates given only as written are parsed the way the
 * SDK import does, by the SDK's parser loaded on first need (its words in nine languages stay out of the
 * block's entry: API plans, static exports and shipped files arrive parsed). @internal
 */
export async function readTrackerDocuments(
  documents: readonly unknown[],
  planId: string | undefined,
  where: string,
): Promise<TrackerData> {
  if (documents.some(hasUnreadDates)) {
    const { withParsedDates } = await import('./tracker-dates.js');
    documents = documents.map(withParsedDates);
  }
  return trackerDataFrom(documents, planId, where);
}

/**
 * Reads one or more JSON documents into the tracker's data: a plan (API or static export, with the
 * `institutions` it references), or `hapur/v1` import files (a plan, its institutions, progress updates — e.g. the plan file plus a
 * demonstration progress file). `planId` picks the plan when a file holds several. Due dates must be parsed
 * (`kind` set); {@link readTrackerDocuments} parses those given only as written.
 */
export function trackerDataFrom(documents: readonly unknown[], planId: string | undefined, where: string): TrackerData {
  const plans: ActionPlan[] = [];
  const institutions = new Map<string, Institution>();
  const updates: ProgressUpdate[] = [];
  let demonstration = false;
  for (const json of documents) {
    if (isRecord(json) && json['format'] === 'hapur/v1') {
      const file = parseOutput(TrackerFileSchema, json, where);
      // A plan from a demonstration file is marked as the API marks it (`dataNotes.demonstrationPlan`).
      const demonstrationFile = file.provenance?.kind === 'demonstration';
      for (const p of file.plans ?? [])
        plans.push(
          demonstrationFile ? { ...p, dataNotes: { demonstrationProgress: false, demonstrationPlan: true } } : p,
        );
      for (const i of file.institutions ?? []) institutions.set(i.id, i);
      updates.push(...(file.progressUpdates ?? []));
      if (file.progressUpdates?.length && demonstrationFile) demonstration = true;
    } else {
      const { institutions: named, ...plan } = parseOutput(ActionPlanDetailSchema, json, where);
      plans.push(plan);
      for (const i of named ?? []) institutions.set(i.id, i);
    }
  }
  // Without `planId`, the first plan; with it, that plan or "not found" (never another plan shown as if it were it).
  const plan = planId ? plans.find((p) => p.id === planId) : plans[0];
  if (!plan) throw Object.assign(new Error(`No action plan in ${where}`), { name: 'NotFoundError' });
  const mine = updates.filter((u) => u.planId === plan.id).sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
  if (mine.length === 0) return { plan, institutions };
  const byMilestone = new Map<string, ProgressUpdate[]>();
  for (const u of mine) byMilestone.set(u.milestoneId, [...(byMilestone.get(u.milestoneId) ?? []), u]);
  demonstration ||= mine.some((u) => u.source === 'demonstration');
  const updatedAt = mine.reduce((latest, u) => (u.reportedAt > latest ? u.reportedAt : latest), plan.updatedAt ?? '');
  return {
    institutions,
    plan: {
      ...plan,
      commitments: plan.commitments.map((c) => ({
        ...c,
        milestones: c.milestones.map((m) => applyProgress(m, byMilestone.get(m.id) ?? [])),
      })),
      dataNotes: {
        ...plan.dataNotes,
        demonstrationProgress: demonstration || (plan.dataNotes?.demonstrationProgress ?? false),
      },
      ...(updatedAt ? { updatedAt } : {}),
    },
  };
}

/**
 * Loads `data-src`: one URL, or several separated by spaces (a plan file plus a progress file). Each is
 * fetched by the SDK's `loadDocument` and read by `readTrackerDocuments`. @internal
 */
export async function loadTrackerData(
  dataSrc: string,
  planId: string | undefined,
  signal: AbortSignal,
): Promise<TrackerData> {
  const urls = dataSrc.split(/\s+/).filter(Boolean);
  const documents = await Promise.all(urls.map((url) => loadDocument(url, z.unknown(), { signal })));
  return readTrackerDocuments(documents, planId, urls.join(' '));
}
