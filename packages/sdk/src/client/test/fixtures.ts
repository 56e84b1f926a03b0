// Fixtures from the repository's own data files (no invented records): the example services, the
// Albanian 2020–2022 plan, and commitment 3 of the Kosovo 2026–2028 plan with its dates parsed.
import { readFileSync } from 'node:fs';
import { parseFlexibleDate } from '../../dates/index.js';
import { summarizeChecks } from '../../schemas/index.js';
import type {
  ActionPlan,
  Commitment,
  PublicService,
  PublicationChecklist,
  PublicationRequirement,
} from '../../schemas/index.js';

const data = new URL('../../../data/', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, data), 'utf8'));

export const services = (read('examples/services.json') as { services: PublicService[] }).services;
export const alPlan = (read('al-2020-2022.json') as { plans: ActionPlan[] }).plans[0] as ActionPlan;

type RawCommitment = Omit<Commitment, 'milestones'> & {
  milestones: (Omit<Commitment['milestones'][number], 'due'> & { due: { text: string; lang?: string } })[];
};
const raw = read('sources/xk-2026-2028/commitment-3.json') as RawCommitment;
export const xkCommitment3: Commitment = {
  ...raw,
  milestones: raw.milestones.map((m) => ({ ...m, due: parseFlexibleDate(m.due.text, m.due.lang) })),
};

export const clone = <T>(value: T): T => structuredClone(value);

const publication = read('examples/publication-requirements.json') as {
  institutions: PublicationChecklist['institution'][];
  publicationRequirements: PublicationRequirement[];
};

/** The Ministry of Finance example checklist for one quarter, with no checks recorded yet. */
export function mfChecklist(period: string): PublicationChecklist {
  const requirements = publication.publicationRequirements;
  return {
    institution: publication.institutions[0] as PublicationChecklist['institution'],
    period,
    requirements,
    checks: [],
    summary: summarizeChecks([], requirements),
  };
}
