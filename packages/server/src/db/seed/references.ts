import type { ImportFile } from '@hapur/sdk';
import type { Queryable } from '../driver.js';

/** Every id the file refers to must be in the file or already in the database. Returns the dangling ones. */
export async function references(db: Queryable, f: ImportFile): Promise<{ path: string; reason: string }[]> {
  const known = async (table: string, inFile: readonly string[]) => {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${table}`);
    return new Set([...inFile, ...rows.map((r) => r.id)]);
  };
  const institutions = await known('institutions', (f.institutions ?? []).map((i) => i.id));
  const requirements = await known('publication_requirements', (f.publicationRequirements ?? []).map((r) => r.id));
  const plans = new Map<string, Set<string>>();
  const { rows: stored } = await db.query<{ id: string; milestones: string[] | null }>(
    `SELECT id, (SELECT array_agg(m->>'id') FROM jsonb_array_elements(doc->'commitments') c, jsonb_array_elements(c->'milestones') m) AS milestones FROM plans`,
  );
  for (const p of stored) plans.set(p.id, new Set(p.milestones ?? []));
  for (const p of f.plans ?? []) plans.set(p.id, new Set(p.commitments.flatMap((c) => c.milestones.map((m) => m.id))));

  const out: { path: string; reason: string }[] = [];
  const inst = (id: string | undefined, path: string) => {
    if (id !== undefined && !institutions.has(id)) out.push({ path, reason: `unknown institution "${id}" (add it to "institutions")` });
  };
  (f.plans ?? []).forEach((p, pi) => {
    inst(p.coordinatingInstitutionId, `plans[${pi}].coordinatingInstitutionId`);
    p.commitments.forEach((c, ci) => {
      const base = `plans[${pi}].commitments[${ci}]`;
      inst(c.leadInstitutionId, `${base}.leadInstitutionId`);
      c.supportingActors.forEach((a, ai) => inst(a.institutionId, `${base}.supportingActors[${ai}].institutionId`));
      c.milestones.forEach((m, mi) => {
        inst(m.leadInstitutionId, `${base}.milestones[${mi}].leadInstitutionId`);
        m.supportingActors.forEach((a, ai) => inst(a.institutionId, `${base}.milestones[${mi}].supportingActors[${ai}].institutionId`));
      });
    });
  });
  (f.services ?? []).forEach((s, si) => s.competentAuthorityIds.forEach((id, i) => inst(id, `services[${si}].competentAuthorityIds[${i}]`)));
  (f.publicationChecks ?? []).forEach((c, i) => {
    inst(c.institutionId, `publicationChecks[${i}].institutionId`);
    if (!requirements.has(c.requirementId)) out.push({ path: `publicationChecks[${i}].requirementId`, reason: `unknown requirement "${c.requirementId}"` });
  });
  (f.progressUpdates ?? []).forEach((u, i) => {
    inst(u.reportedBy.institutionId, `progressUpdates[${i}].reportedBy.institutionId`);
    const milestones = plans.get(u.planId);
    if (!milestones) out.push({ path: `progressUpdates[${i}].planId`, reason: `unknown plan "${u.planId}"` });
    else if (!milestones.has(u.milestoneId)) out.push({ path: `progressUpdates[${i}].milestoneId`, reason: `plan "${u.planId}" has no milestone "${u.milestoneId}"` });
  });
  (f.submissions ?? []).forEach((s, i) => {
    inst(s.institutionId, `submissions[${i}].institutionId`);
    if (f.provenance.kind !== 'demonstration') out.push({ path: `submissions[${i}]`, reason: 'submissions may only be imported from a demonstration file' });
  });
  return out;
}
