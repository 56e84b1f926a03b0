import { validateImportFile, type ImportFile, type KnownIds } from '@hapur/sdk';
import type { Database, Queryable } from '../db/types.js';
import {
  opportunityIds,
  processIds,
  upsertContribution,
  upsertOpportunity,
  upsertProcess,
} from '../domain/cocreation.js';
import { importCheck, requirementIds, upsertRequirement } from '../domain/checklists.js';
import { institutionIds, upsertInstitution } from '../domain/institutions.js';
import { milestoneIds, planIds, upsertPlan } from '../domain/plans.js';
import { importProgress } from '../domain/progress.js';
import { serviceIds, upsertService } from '../domain/services.js';
import { importSubmission } from '../feedback/store.js';

/** An import file that cannot be imported; `message` lists `file: path: reason`, one per line. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly file: string;
  readonly problems: readonly { path: string; reason: string }[];
  constructor(file: string, problems: readonly { path: string; reason: string }[]) {
    super(problems.map((p) => `${file}: ${p.path || '(root)'}: ${p.reason}`).join('\n'));
    this.file = file;
    this.problems = problems;
  }
}

/** Ids already in the database, so a file may refer to what an earlier file imported. */
async function knownIds(db: Queryable): Promise<KnownIds> {
  return {
    institutions: await institutionIds(db),
    plans: await planIds(db),
    milestones: await milestoneIds(db),
    requirements: await requirementIds(db),
    services: await serviceIds(db),
    processes: await processIds(db),
    opportunities: await opportunityIds(db),
  };
}

/** Validates a whole `hapur/v1` file with the SDK (shape, due dates, references) and throws `ImportError` listing every problem. */
export async function checkImportFile(db: Queryable, data: unknown, file: string): Promise<ImportFile> {
  const result = validateImportFile(data, file, await knownIds(db));
  if (!result.ok) throw new ImportError(file, result.problems);
  return result.data;
}

export type ImportCounts = Record<
  | 'institutions'
  | 'plans'
  | 'services'
  | 'publicationRequirements'
  | 'publicationChecks'
  | 'progressUpdates'
  | 'submissions'
  | 'cocreationProcesses'
  | 'participationOpportunities'
  | 'contributions',
  number
>;

/**
 * Imports one file in one transaction: everything or nothing. Re-importing the same ids replaces them.
 * Seeding sits above the domain: it validates with the SDK and writes through each resource's repository.
 */
export async function importFile(db: Database, data: unknown, file: string): Promise<ImportCounts> {
  return db.transaction(async (tx) => {
    const f = await checkImportFile(tx, data, file);
    const kind = f.provenance.kind;
    for (const i of f.institutions ?? []) await upsertInstitution(tx, i, kind);
    for (const p of f.plans ?? []) await upsertPlan(tx, p, kind);
    for (const s of f.services ?? []) await upsertService(tx, s, kind);
    for (const r of f.publicationRequirements ?? []) await upsertRequirement(tx, r, kind);
    for (const c of f.publicationChecks ?? []) await importCheck(tx, c, kind);
    for (const u of f.progressUpdates ?? []) await importProgress(tx, u, kind);
    for (const p of f.cocreationProcesses ?? []) await upsertProcess(tx, p, kind);
    for (const o of f.participationOpportunities ?? []) await upsertOpportunity(tx, o, kind);
    for (const c of f.contributions ?? []) await upsertContribution(tx, c, kind);
    let submissions = 0;
    for (const s of f.submissions ?? []) if (await importSubmission(tx, s, kind === 'demonstration')) submissions++;
    return {
      institutions: f.institutions?.length ?? 0,
      plans: f.plans?.length ?? 0,
      services: f.services?.length ?? 0,
      publicationRequirements: f.publicationRequirements?.length ?? 0,
      publicationChecks: f.publicationChecks?.length ?? 0,
      progressUpdates: f.progressUpdates?.length ?? 0,
      submissions,
      cocreationProcesses: f.cocreationProcesses?.length ?? 0,
      participationOpportunities: f.participationOpportunities?.length ?? 0,
      contributions: f.contributions?.length ?? 0,
    };
  });
}
