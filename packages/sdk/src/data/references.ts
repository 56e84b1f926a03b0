import { namesImpossibleDate } from '../dates/flexible-date.js';
import type { ImportFile } from '../schemas/import-file.js';

/** Ids that exist outside the file being checked (other files, or the database). */
export interface KnownIds {
  institutions?: Iterable<string>;
  milestones?: Iterable<string>;
  plans?: Iterable<string>;
  requirements?: Iterable<string>;
  services?: Iterable<string>;
  processes?: Iterable<string>;
  opportunities?: Iterable<string>;
}

type Problem = { path: string; reason: string };

/** Every id a file defines, to pass as `known` when checking files that reference it. */
export function idsOf(file: ImportFile): Required<{ [K in keyof KnownIds]: string[] }> {
  const plans = file.plans ?? [];
  return {
    institutions: (file.institutions ?? []).map((i) => i.id),
    plans: plans.map((p) => p.id),
    milestones: plans.flatMap((p) => p.commitments.flatMap((c) => c.milestones.map((m) => m.id))),
    requirements: (file.publicationRequirements ?? []).map((r) => r.id),
    services: (file.services ?? []).map((s) => s.id),
    processes: (file.cocreationProcesses ?? []).map((p) => p.id),
    opportunities: (file.participationOpportunities ?? []).map((o) => o.id),
  };
}

/** Each value seen before is a problem at its own path, naming where the first one is. */
function dupes(values: readonly string[], path: (i: number) => string, what: string, out: Problem[]) {
  const first = new Map<string, number>();
  values.forEach((v, i) => {
    const at = first.get(v);
    if (at === undefined) first.set(v, i);
    else out.push({ path: path(i), reason: `duplicate ${what} "${v}" (first at ${path(at)})` });
  });
}

/** Every milestone of a plan with its path: `$.plans[0].commitments[1].milestones[2]`. */
const milestonesOf = (plan: NonNullable<ImportFile['plans']>[number], at: string) =>
  plan.commitments.flatMap((c, ci) =>
    c.milestones.map((m, mi) => ({ m, path: `${at}.commitments[${ci}].milestones[${mi}]` })),
  );

/** An amount with no currency would be shown in euros: it needs its code (a fee of 0 is "free", with or without). */
const NO_CURRENCY = 'an amount needs its currency: write its ISO 4217 code, e.g. MKD, EUR or ALL';
const lacksCurrency = (amount: number | undefined, currency: string | undefined) =>
  amount !== undefined && amount !== 0 && currency === undefined;

/** Uniqueness, numbering, references and provenance rules the zod shape cannot express. */
export function checkReferences(file: ImportFile, known: KnownIds = {}): Problem[] {
  const out: Problem[] = [];
  const own = idsOf(file);
  const has = (kind: keyof KnownIds) => new Set([...own[kind], ...(known[kind] ?? [])]);
  const institutions = has('institutions');
  const ref = (id: string | undefined, path: string) => {
    if (id !== undefined && !institutions.has(id))
      out.push({ path, reason: `institution "${id}" is not defined in this file or already imported` });
  };
  dupes(own.institutions, (i) => `$.institutions[${i}].id`, 'institution id', out);
  (file.institutions ?? []).forEach((inst, i) => {
    if (!inst.id.startsWith(`${inst.country.toLowerCase()}-`))
      out.push({
        path: `$.institutions[${i}].id`,
        reason: `institution ids start with their country: "${inst.country.toLowerCase()}-…"`,
      });
  });
  dupes(own.services, (i) => `$.services[${i}].id`, 'service id', out);
  dupes(own.requirements, (i) => `$.publicationRequirements[${i}].id`, 'requirement id', out);
  const real = file.provenance.kind === 'real';
  (file.plans ?? []).forEach((plan, p) => {
    const at = `$.plans[${p}]`;
    ref(plan.coordinatingInstitutionId, `${at}.coordinatingInstitutionId`);
    const components = new Set((plan.components ?? []).map((c) => c.id));
    dupes(
      plan.commitments.map((c) => c.number),
      (i) => `${at}.commitments[${i}].number`,
      'commitment number',
      out,
    );
    const milestones = milestonesOf(plan, at);
    dupes(
      milestones.map(({ m }) => m.number),
      (i) => `${milestones[i]!.path}.number`,
      'milestone number',
      out,
    );
    plan.commitments.forEach((c, ci) => {
      const cat = `${at}.commitments[${ci}]`;
      ref(c.leadInstitutionId, `${cat}.leadInstitutionId`);
      if (lacksCurrency(c.budget?.amount, c.budget?.currency))
        out.push({ path: `${cat}.budget.currency`, reason: NO_CURRENCY });
      c.supportingActors.forEach((a, ai) => ref(a.institutionId, `${cat}.supportingActors[${ai}].institutionId`));
      if (c.componentId !== undefined && !components.has(c.componentId))
        out.push({ path: `${cat}.componentId`, reason: `component "${c.componentId}" is not in plan.components` });
      c.milestones.forEach((m, mi) => {
        const mat = `${cat}.milestones[${mi}]`;
        if (!m.number.startsWith(`${c.number}.`))
          out.push({
            path: `${mat}.number`,
            reason: `milestone ${m.number} does not belong to commitment ${c.number}`,
          });
        if (m.due.kind === 'unspecified' && namesImpossibleDate(m.due.text))
          out.push({
            path: `${mat}.due.text`,
            reason: `"${m.due.text}" names a day, quarter or half the calendar does not have: write it as the plan means it, e.g. 31.12.2026, December 2026 or Q4 2026`,
          });
        ref(m.leadInstitutionId, `${mat}.leadInstitutionId`);
        m.supportingActors.forEach((a, ai) => ref(a.institutionId, `${mat}.supportingActors[${ai}].institutionId`));
        if (real && (m.status !== 'planned' || m.completion !== undefined || m.progressPercent !== undefined)) {
          out.push({
            path: `${mat}.status`,
            reason: 'real plan data carries no progress: use progressUpdates in a demonstration file',
          });
        }
      });
    });
  });
  const everyMilestone = (file.plans ?? []).flatMap((plan, p) => milestonesOf(plan, `$.plans[${p}]`));
  dupes(
    everyMilestone.map(({ m }) => m.id),
    (i) => `${everyMilestone[i]!.path}.id`,
    'milestone id',
    out,
  );
  (file.services ?? []).forEach((s, i) => {
    s.competentAuthorityIds.forEach((id, j) => ref(id, `$.services[${i}].competentAuthorityIds[${j}]`));
    s.costs?.forEach((c, j) => {
      if (lacksCurrency(c.value, c.currency))
        out.push({ path: `$.services[${i}].costs[${j}].currency`, reason: NO_CURRENCY });
    });
    if (file.provenance.kind === 'example' && s.example !== true)
      out.push({ path: `$.services[${i}].example`, reason: 'services in an example file must say example: true' });
  });
  const milestones = has('milestones');
  (file.progressUpdates ?? []).forEach((u, i) => {
    if (!milestones.has(u.milestoneId))
      out.push({ path: `$.progressUpdates[${i}].milestoneId`, reason: `milestone "${u.milestoneId}" does not exist` });
    ref(u.reportedBy.institutionId, `$.progressUpdates[${i}].reportedBy.institutionId`);
  });
  const requirements = has('requirements');
  (file.publicationChecks ?? []).forEach((c, i) => {
    if (!requirements.has(c.requirementId))
      out.push({
        path: `$.publicationChecks[${i}].requirementId`,
        reason: `requirement "${c.requirementId}" does not exist`,
      });
    ref(c.institutionId, `$.publicationChecks[${i}].institutionId`);
  });
  const services = has('services');
  const plans = has('plans');
  (file.submissions ?? []).forEach((s, i) => {
    ref(s.institutionId, `$.submissions[${i}].institutionId`);
    if (s.subject.serviceId !== undefined && !services.has(s.subject.serviceId))
      out.push({
        path: `$.submissions[${i}].subject.serviceId`,
        reason: `service "${s.subject.serviceId}" does not exist`,
      });
    if (s.subject.planId !== undefined && !plans.has(s.subject.planId))
      out.push({ path: `$.submissions[${i}].subject.planId`, reason: `plan "${s.subject.planId}" does not exist` });
  });
  checkCocreation(file, has, ref, out);
  if (file.provenance.kind !== 'demonstration') {
    for (const key of ['progressUpdates', 'submissions', 'publicationChecks'] as const) {
      if ((file[key] ?? []).length > 0)
        out.push({ path: `$.${key}`, reason: `${key} are only allowed in demonstration files` });
    }
  }
  return out;
}

/** Co-creation: processes, opportunities and contributions refer to each other and to institutions. */
function checkCocreation(
  file: ImportFile,
  has: (kind: keyof KnownIds) => Set<string>,
  ref: (id: string | undefined, path: string) => void,
  out: Problem[],
) {
  const own = idsOf(file);
  dupes(own.processes, (i) => `$.cocreationProcesses[${i}].id`, 'process id', out);
  dupes(own.opportunities, (i) => `$.participationOpportunities[${i}].id`, 'opportunity id', out);
  dupes(
    (file.contributions ?? []).map((c) => c.id),
    (i) => `$.contributions[${i}].id`,
    'contribution id',
    out,
  );
  const processes = has('processes');
  const opportunities = has('opportunities');
  const missing = (set: Set<string>, id: string | undefined, path: string, what: string) => {
    if (id !== undefined && !set.has(id)) out.push({ path, reason: `${what} "${id}" does not exist` });
  };
  (file.cocreationProcesses ?? []).forEach((p, i) =>
    ref(p.coordinatingInstitutionId, `$.cocreationProcesses[${i}].coordinatingInstitutionId`),
  );
  (file.participationOpportunities ?? []).forEach((o, i) => {
    const at = `$.participationOpportunities[${i}]`;
    ref(o.organiserInstitutionId, `${at}.organiserInstitutionId`);
    missing(processes, o.processId, `${at}.processId`, 'process');
    if (o.demonstration !== undefined)
      out.push({ path: `${at}.demonstration`, reason: "set by the API from the file's provenance, not in data" });
  });
  (file.contributions ?? []).forEach((c, i) => {
    const at = `$.contributions[${i}]`;
    missing(processes, c.processId, `${at}.processId`, 'process');
    missing(opportunities, c.opportunityId, `${at}.opportunityId`, 'opportunity');
    ref(c.response.respondedBy, `${at}.response.respondedBy`);
  });
}
