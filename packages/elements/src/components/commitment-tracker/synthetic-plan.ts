import type {
  ActionPlan,
  Commitment,
  DeliveryStatus,
  Institution,
  LocalizedText,
  Milestone,
  OgpValue,
} from '@hapur/sdk';
import { OGP_VALUES, parseFlexibleDate } from '@hapur/sdk';

/**
 * A clearly synthetic action plan of any size, for the "200 commitments" story, the tests and the
 * benchmark. Every title says "Synthetic"; the institutions are fictional (`xx-…`). Deterministic.
 * @internal
 */
const STATUSES: readonly DeliveryStatus[] = [
  'planned',
  'on_track',
  'at_risk',
  'delayed',
  'completed',
  'planned',
  'on_track',
  'completed',
];
const DUES = [
  'Q1 2026',
  'Q2 2026',
  'Q3 2026',
  'Q4 2026',
  '2027',
  'Nga fundi i vitit 2027',
  'Vazhdon (2026–2028)',
  'Q2 2028',
  'sipas nevojës',
];

const text = (en: string, sq: string, sr: string): LocalizedText => ({
  values: { en, sq, 'sr-Latn': sr },
  source: 'en',
});

export const SYNTHETIC_INSTITUTIONS: Institution[] = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((name) => ({
  id: `xx-${name}`,
  name: text(`Synthetic agency ${name}`, `Agjencia sintetike ${name}`, `Sintetička agencija ${name}`),
  kind: 'executive_agency',
  sector: 'government',
  country: 'XK',
  level: 'central',
}));

function milestone(c: number, m: number): Milestone {
  const n = c * 8 + m;
  const progress = (n * 37) % 101;
  return {
    id: `syn-c${c}-m${m}`,
    number: `${c}.${m}`,
    title: text(`Synthetic milestone ${c}.${m}`, `Pikë kyçe sintetike ${c}.${m}`, `Sintetički ključni korak ${c}.${m}`),
    expectedResults: [text('A synthetic result', 'Një rezultat sintetik', 'Sintetički rezultat')],
    due: parseFlexibleDate(DUES[n % DUES.length] ?? '2027', 'sq'),
    leadInstitutionId: SYNTHETIC_INSTITUTIONS[n % SYNTHETIC_INSTITUTIONS.length]?.id ?? 'xx-alpha',
    supportingActors: [],
    status: STATUSES[n % STATUSES.length] ?? 'planned',
    ...(progress > 0 ? { progressPercent: STATUSES[n % STATUSES.length] === 'completed' ? 100 : progress } : {}),
    evidence: [],
  };
}

function commitment(c: number, milestones: number): Commitment {
  const values: OgpValue[] = OGP_VALUES.filter((_, i) => (c + i) % 3 === 0);
  return {
    id: `syn-c${c}`,
    number: String(c),
    title: text(`Synthetic commitment ${c}`, `Zotim sintetik ${c}`, `Sintetička obaveza ${c}`),
    shortDescription: text(
      `Generated for testing (${c}).`,
      `Gjeneruar për testim (${c}).`,
      `Generisano za testiranje (${c}).`,
    ),
    ogpValues: values.length ? values : ['transparency'],
    leadInstitutionId: SYNTHETIC_INSTITUTIONS[c % SYNTHETIC_INSTITUTIONS.length]?.id ?? 'xx-alpha',
    supportingActors: [],
    milestones: Array.from({ length: milestones }, (_, m) => milestone(c, m + 1)),
  };
}

export function syntheticPlan(commitments: number, milestonesEach = 8): ActionPlan {
  return {
    id: `synthetic-${commitments}`,
    country: 'XK',
    title: text(
      `Synthetic plan with ${commitments} commitments`,
      `Plan sintetik me ${commitments} zotime`,
      `Sintetički plan sa ${commitments} obaveza`,
    ),
    period: { start: '2026', end: '2028' },
    status: 'in_implementation',
    sourceLanguage: 'en',
    commitments: Array.from({ length: commitments }, (_, i) => commitment(i + 1, milestonesEach)),
    dataNotes: { demonstrationProgress: true, demonstrationPlan: true },
  };
}
