// Story data: the SDK's example requirements for the Ministry of Finance (`xk-mf`) and the
// demonstration checks (2026-Q1..Q3, invented to show the checklist; the block's data says so),
// served by the same in-memory API the element's tests use, through a real SDK client.
import { createClient, type Institution, type PublicationCheck, type PublicationRequirement } from '@hapur/sdk';
import requirementsFile from '../../packages/sdk/data/examples/publication-requirements.json' with { type: 'json' };
import checksFile from '../../packages/sdk/data/demo/publication-checks.json' with { type: 'json' };
import { draftKey } from '../../packages/elements/src/components/publication-checklist/checklist-draft-store.js';
import {
  albanianAndEnglish,
  fakeChecklistApi,
  type ExampleData,
} from '../../packages/elements/src/components/publication-checklist/test/fake-api.js';

export const INSTITUTION = 'xk-mf';
export const STAFF_TOKEN = 'story-staff-token-xk-mf';
export const OTHER_TOKEN = 'story-staff-token-other';

export const example: ExampleData = {
  institution: (requirementsFile as unknown as { institutions: Institution[] }).institutions[0]!,
  requirements: (requirementsFile as unknown as { publicationRequirements: PublicationRequirement[] })
    .publicationRequirements,
  checks: (checksFile as unknown as { publicationChecks: PublicationCheck[] }).publicationChecks,
};

/** Q3 2026 restricted to the requirements the demo checks found fully met: every row compliant. */
const metInQ3 = new Set(
  example.checks.filter((c) => c.period === '2026-Q3' && c.overall === 'compliant').map((c) => c.requirementId),
);
export const fullCompliance: ExampleData = {
  ...example,
  requirements: example.requirements.filter((r) => metInQ3.has(r.id)),
  checks: example.checks.filter((c) => c.period === '2026-Q3' && metInQ3.has(c.requirementId)),
};

export const noChecks: ExampleData = { ...example, checks: [] };

/** A programme that asks for Albanian and recommends English, no Serbian (invented for the story). */
export const albanianAndEnglishProgramme: ExampleData = albanianAndEnglish(example);

/** A client over an in-memory API; with `token`, a staff client (the API accepts STAFF_TOKEN for xk-mf only). */
export function storyClient(data: ExampleData = example, token?: string) {
  const api = fakeChecklistApi(data, { [STAFF_TOKEN]: INSTITUTION, [OTHER_TOKEN]: 'xk-other' });
  const base = { baseUrl: `${location.origin}/api/v1`, fetch: api.fetch, retry: 0 };
  return token ? createClient({ ...base, token }) : createClient(base);
}

/** A client whose requests never answer (the loading state). */
export const pendingClient = createClient({
  baseUrl: `${location.origin}/api/v1`,
  fetch: () => new Promise<Response>(() => undefined),
  retry: 0,
});

/** Puts a monitor's unsent entry for Q4 2026 in this browser, as if typed before a reload. */
export function seedDraft(): void {
  const entry = {
    published: 'partial',
    url: 'https://example.org/ministria-e-financave/transparenca/organizimi',
    complete: 'yes',
    timely: 'no',
    upToDate: '',
    accessible: 'yes',
    languages: {
      sq: { available: 'yes', url: '' },
      'sr-Latn': { available: 'partial', url: '' },
      en: { available: 'no', url: '' },
    },
    notes: 'Organigrami i publikuar është i vitit 2025.',
    correctiveAction: '',
    responsibleUnit: '',
  };
  localStorage.setItem(
    draftKey(INSTITUTION, '2026-Q4'),
    JSON.stringify({
      institutionId: INSTITUTION,
      period: '2026-Q4',
      savedAt: new Date().toISOString(),
      entries: { 'xk-mf-pr-1': entry },
    }),
  );
}

/** Story `play` helper: waits until every checklist in the story has rendered its data (or state). */
export async function checklistsRendered({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const deadline = Date.now() + 4000;
  const blocks = () => [
    ...canvasElement.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'hapur-publication-checklist',
    ),
  ];
  const done = (el: HTMLElement) => {
    const base = el.shadowRoot?.querySelector('[part="base"]');
    return base && (!base.hasAttribute('aria-busy') || 'storyLoading' in el.dataset);
  };
  while (Date.now() < deadline && !blocks().every(done)) await new Promise((resolve) => setTimeout(resolve, 25));
  await Promise.all(blocks().map((el) => el.updateComplete));
}
