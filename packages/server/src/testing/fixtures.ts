import type { ImportFileInput } from '@hapur/sdk';

const t = (en: string) => ({ values: { en, sq: `${en} (sq)`, 'sr-Latn': `${en} (sr)` }, source: 'en' });

/** A small, schema-valid test data set: two institutions, one plan (two commitments), a service, a requirement. */
export function fixtureFile(): ImportFileInput {
  const milestone = (id: string, number: string, lead: string) => ({
    id,
    number,
    title: t(`Milestone ${number}`),
    expectedResults: [t(`Result of ${number}`)],
    due: { text: 'Q1 2027', kind: 'quarter' as const, edtf: '2027-33', earliest: '2027-01-01', latest: '2027-03-31' },
    leadInstitutionId: lead,
    supportingActors: [],
    status: 'planned' as const,
    evidence: [],
  });
  return {
    format: 'hapur/v1',
    provenance: { kind: 'example', source: 'server test fixture' },
    institutions: [
      {
        id: 'xk-test-a',
        name: t('Agency A'),
        kind: 'executive_agency',
        sector: 'government',
        country: 'XK',
        level: 'central',
      },
      {
        id: 'xk-test-b',
        name: t('Ministry B'),
        kind: 'ministry',
        sector: 'government',
        country: 'XK',
        level: 'central',
      },
    ],
    plans: [
      {
        id: 'xk-test-plan',
        country: 'XK',
        title: t('Test plan'),
        period: { start: '2026', end: '2028' },
        status: 'adopted',
        sourceLanguage: 'en',
        commitments: [
          {
            id: 'xk-test-plan-c1',
            number: '1',
            title: t('Commitment one, "quoted", with comma'),
            ogpValues: ['transparency'],
            leadInstitutionId: 'xk-test-a',
            supportingActors: [],
            milestones: [
              milestone('xk-test-plan-c1-m1', '1.1', 'xk-test-a'),
              milestone('xk-test-plan-c1-m2', '1.2', 'xk-test-a'),
            ],
          },
          {
            id: 'xk-test-plan-c2',
            number: '2',
            title: t('Commitment two'),
            ogpValues: ['civic_participation'],
            leadInstitutionId: 'xk-test-b',
            supportingActors: [],
            milestones: [milestone('xk-test-plan-c2-m1', '2.1', 'xk-test-b')],
          },
        ],
      },
    ],
    services: [
      {
        id: 'xk-test-permit',
        identifier: 'XK-TEST-001',
        name: t('Building permit'),
        description: t('Apply for a building permit at the municipal office'),
        competentAuthorityIds: ['xk-test-a'],
        channels: [{ id: 'office', type: 'in_person' }],
        languages: ['sq', 'sr-Latn'],
        status: 'active',
        example: true,
      },
      {
        id: 'xk-test-tax',
        identifier: 'XK-TEST-002',
        name: t('Tax clearance certificate'),
        description: t('Çertifikatë tatimore'),
        competentAuthorityIds: ['xk-test-b'],
        channels: [{ id: 'online', type: 'online', url: 'https://example.org/tax' }],
        languages: ['sq', 'sr-Latn', 'en'],
        status: 'active',
        example: true,
      },
    ],
    publicationRequirements: [
      {
        id: 'xk-test-pr-1',
        code: 'TEST-1',
        country: 'XK',
        appliesTo: { institutionKinds: ['ministry'] },
        category: 'budget',
        title: t('Budget'),
        legalBasis: [],
        frequency: 'annual',
        requiredLanguages: ['sq', 'sr-Latn'],
      },
    ],
  };
}

/** A valid `POST /publication-checks` body for the fixture's requirement (B is the ministry it applies to). */
export function publicationCheckInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requirementId: 'xk-test-pr-1',
    institutionId: 'xk-test-b',
    period: '2026-Q1',
    checkedBy: { kind: 'self_assessment' },
    published: 'yes',
    complete: 'yes',
    timely: 'yes',
    accessible: 'yes',
    languages: { sq: { available: 'yes' } },
    ...overrides,
  };
}

/**
 * The fixture's plan again as `id`, its commitment and milestone ids renamed after it, for `period` (a plan adopted
 * ahead of its period: `{ start: '2027', end: '2030' }`, after the harness's today).
 */
export function fixturePlanAs(id: string, period: { start: string; end: string }) {
  const plan = fixtureFile().plans![0]!;
  const rename = (old: string) => old.replace(plan.id, id);
  return {
    ...plan,
    id,
    period,
    commitments: plan.commitments.map((c) => ({
      ...c,
      id: rename(c.id),
      milestones: c.milestones.map((m) => ({ ...m, id: rename(m.id) })),
    })),
  };
}
