import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { ImportFileSchema, type ImportFile } from '../schemas/import-file.js';
import { overallVerdict } from '../schemas/publication-summary.js';
import { assembleSet } from './assemble.js';
import { DATA_DIR, dataFiles, readData } from './files.test-helpers.js';
import { parseDueDates, validateImportFile } from './load.js';
import { idsOf, type KnownIds } from './references.js';

function knownFromAll(): KnownIds {
  const all = dataFiles()
    .map((f) => ImportFileSchema.safeParse(parseDueDates(f.json)))
    .filter((r) => r.success)
    .map((r) => idsOf(r.data as ImportFile));
  return {
    institutions: all.flatMap((i) => i.institutions),
    milestones: all.flatMap((i) => i.milestones),
    plans: all.flatMap((i) => i.plans),
    requirements: all.flatMap((i) => i.requirements),
    services: all.flatMap((i) => i.services),
    processes: all.flatMap((i) => i.processes),
    opportunities: all.flatMap((i) => i.opportunities),
  };
}

describe('shipped data files', () => {
  it('include the assembled Kosovo plan, the Albanian draft, examples and demonstration data', () => {
    const names = dataFiles().map((f) => f.name);
    for (const want of [
      'xk-2026-2028.json',
      'al-2020-2022.json',
      'examples/services.json',
      'examples/publication-requirements.json',
      'demo/progress-xk-2026-2028.json',
      'demo/publication-checks.json',
      'demo/submissions.json',
    ]) {
      assert.ok(
        names.includes(want),
        `data/${want} is missing${want.startsWith('xk') ? ` (fragments missing: ${JSON.stringify(assembleSet(join(DATA_DIR, 'sources', 'xk-2026-2028')))?.slice(0, 200)})` : ''}`,
      );
    }
  });
  it('every file validates: shape, numbering, references across files, provenance rules', () => {
    const known = knownFromAll();
    const problems = dataFiles().flatMap((f) => {
      const r = validateImportFile(f.json, f.name, known);
      return r.ok ? [] : r.problems.map((p) => `${p.file} ${p.path}: ${p.reason}`);
    });
    assert.deepEqual(problems, []);
  });
  it('the assembled Kosovo plan is up to date with its fragments (npm run data:build -w @hapur/sdk)', () => {
    const built = assembleSet(join(DATA_DIR, 'sources', 'xk-2026-2028'));
    assert.ok(built.ok, `fragments missing or unreadable: ${JSON.stringify(built)}`);
    const path = join(DATA_DIR, 'xk-2026-2028.json');
    assert.ok(existsSync(path), 'data/xk-2026-2028.json has not been built');
    assert.equal(
      readFileSync(path, 'utf8'),
      built.ok ? built.text : '',
      'data/xk-2026-2028.json is stale: run npm run data:build -w @hapur/sdk',
    );
  });
  it('services: at least 6 municipal and 1 ministry service, all flagged example: true', () => {
    const file = ImportFileSchema.parse(readData('examples/services.json'));
    const kindOf = new Map((file.institutions ?? []).map((i) => [i.id, i.kind]));
    const kinds = (file.services ?? []).map((s) => kindOf.get(s.competentAuthorityIds[0] ?? ''));
    assert.ok(
      kinds.filter((k) => k === 'municipality' || k === 'municipal_directorate').length >= 6,
      JSON.stringify(kinds),
    );
    assert.ok(kinds.filter((k) => k === 'ministry').length >= 1, JSON.stringify(kinds));
    assert.ok((file.services ?? []).every((s) => s.example === true));
  });
  it('demonstration publication checks carry the overall verdict the rule derives', () => {
    const reqs =
      ImportFileSchema.parse(readData('examples/publication-requirements.json')).publicationRequirements ?? [];
    const byId = new Map(reqs.map((r) => [r.id, r]));
    const checks = ImportFileSchema.parse(readData('demo/publication-checks.json')).publicationChecks ?? [];
    const wrong = checks
      .filter((c) => c.overall !== overallVerdict(c, byId.get(c.requirementId)))
      .map((c) => `${c.id}: ${c.overall} ≠ ${overallVerdict(c, byId.get(c.requirementId))}`);
    assert.deepEqual(wrong, []);
  });
});

describe('validateImportFile on a bad file', () => {
  it('lists file, JSON path and reason for every problem', () => {
    const bad = structuredClone(readData('examples/services.json')) as { services: Record<string, unknown>[] };
    delete bad.services[0]?.['name'];
    (bad.services[1] as Record<string, unknown>)['processingTime'] = '3 days';
    const r = validateImportFile(bad, 'examples/services.json');
    assert.equal(r.ok, false);
    const problems = r.ok ? [] : r.problems;
    assert.ok(problems.every((p) => p.file === 'examples/services.json'));
    assert.match(
      problems.find((p) => p.path === '$.services[0].name')?.reason ?? '',
      /invalid_type.*Fill in this field/,
    );
    assert.match(problems.find((p) => p.path === '$.services[1].processingTime')?.reason ?? '', /ISO 8601 duration/);
  });
  it('reports broken references and duplicate numbers', () => {
    const file = {
      format: 'hapur/v1',
      provenance: { kind: 'real', source: 'test' },
      institutions: [
        {
          id: 'xk-a',
          name: { values: { sq: 'A' } },
          kind: 'ministry',
          sector: 'government',
          country: 'XK',
          level: 'central',
        },
      ],
      plans: [
        {
          id: 'p',
          country: 'XK',
          title: { values: { sq: 'P' } },
          period: { start: '2026', end: '2028' },
          status: 'adopted',
          sourceLanguage: 'sq',
          commitments: [
            {
              id: 'p-c1',
              number: '1',
              title: { values: { sq: 'C' } },
              ogpValues: [],
              leadInstitutionId: 'xk-missing',
              supportingActors: [],
              milestones: [
                {
                  id: 'p-c1-m1',
                  number: '1.1',
                  title: { values: { sq: 'M' } },
                  expectedResults: [],
                  due: { text: 'Q1 2027', lang: 'sq' },
                  supportingActors: [],
                  status: 'on_track',
                  evidence: [],
                },
                {
                  id: 'p-c1-m2',
                  number: '1.1',
                  title: { values: { sq: 'M' } },
                  expectedResults: [],
                  due: { text: 'Q', lang: 'sq' },
                  supportingActors: [],
                  status: 'planned',
                  evidence: [],
                },
              ],
            },
          ],
        },
      ],
    };
    const r = validateImportFile(file, 'test.json');
    const lines = r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.reason}`);
    assert.ok(
      lines.includes(
        '$.plans[0].commitments[0].leadInstitutionId: institution "xk-missing" is not defined in this file or already imported',
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('duplicate milestone number "1.1"')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) =>
        l.startsWith('$.plans[0].commitments[0].milestones[0].status: real plan data carries no progress'),
      ),
      lines.join('\n'),
    );
  });
});

/**
 * An invented Macedonian demonstration file, as a new country's team writes one (the tests below): one ministry,
 * one plan with the commitments given, and the services given.
 */
const mkText = { values: { mk: 'Т' } };
const mkMilestone = (id: string, number: string, due = 'Q1 2027') => ({
  id,
  number,
  title: mkText,
  expectedResults: [],
  due: { text: due, lang: 'mk' },
  supportingActors: [],
  status: 'planned',
  evidence: [],
});
const mkCommitment = (id: string, number: string, milestones: unknown[], extra: object = {}) => ({
  id,
  number,
  title: mkText,
  ogpValues: [],
  leadInstitutionId: 'mk-a',
  supportingActors: [],
  milestones,
  ...extra,
});
const mkService = (costs: unknown[]) => ({
  id: 'mk-s',
  identifier: 'MK-1',
  name: mkText,
  description: mkText,
  competentAuthorityIds: ['mk-a'],
  costs,
  channels: [],
  languages: ['mk'],
  status: 'active',
});
function mkFile(parts: { country?: string; commitments?: unknown[]; services?: unknown[] }) {
  const country = parts.country ?? 'MK';
  return {
    format: 'hapur/v1',
    provenance: { kind: 'demonstration', source: 'test' },
    institutions: [{ id: 'mk-a', name: mkText, kind: 'ministry', sector: 'government', country, level: 'central' }],
    ...(parts.commitments
      ? {
          plans: [
            {
              id: 'mk-p',
              country: 'MK',
              title: mkText,
              period: { start: '2026', end: '2028' },
              status: 'adopted',
              sourceLanguage: 'mk',
              commitments: parts.commitments,
            },
          ],
        }
      : {}),
    ...(parts.services ? { services: parts.services } : {}),
  };
}

describe('duplicate ids and numbers in a data file', () => {
  it('name the item and the field that repeats, and where the first one is', () => {
    const file = mkFile({
      commitments: [
        mkCommitment('mk-p-c1', '1', [mkMilestone('mk-p-c1-m1', '1.1'), mkMilestone('mk-p-c1-m2', '1.2')]),
        mkCommitment('mk-p-c2', '2', [mkMilestone('mk-p-c2-m1', '2.1'), mkMilestone('mk-p-c1-m1', '2.1')]),
      ],
    });
    const r = validateImportFile(file, 'mk.json');
    const lines = r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.reason}`);
    assert.deepEqual(lines.sort(), [
      '$.plans[0].commitments[1].milestones[1].id: duplicate milestone id "mk-p-c1-m1" (first at $.plans[0].commitments[0].milestones[0].id)',
      '$.plans[0].commitments[1].milestones[1].number: duplicate milestone number "2.1" (first at $.plans[0].commitments[1].milestones[0].number)',
    ]);
  });
});

describe('a country or currency code in the wrong form', () => {
  it('is refused with the form to write', () => {
    const file = mkFile({
      country: 'MKD',
      services: [mkService([{ id: 'fee', value: 500, currency: 'den', description: mkText }])],
    });
    const r = validateImportFile(file, 'mk.json');
    const reasons = Object.fromEntries((r.ok ? [] : r.problems).map((p) => [p.path, p.reason]));
    assert.match(reasons['$.institutions[0].country'] ?? '', /two-letter ISO 3166-1 code.*MK/);
    assert.match(reasons['$.services[0].costs[0].currency'] ?? '', /three-letter ISO 4217 code.*MKD/);
  });
});

describe('an amount without its currency', () => {
  it('is refused: a card or budget would otherwise show it in euros', () => {
    const file = mkFile({
      commitments: [mkCommitment('mk-p-c1', '1', [], { budget: { text: mkText, amount: 3000000 } })],
      services: [
        mkService([
          { id: 'fee', value: 500, description: mkText },
          { id: 'free', value: 0, description: mkText },
          { id: 'note', description: mkText },
        ]),
      ],
    });
    const r = validateImportFile(file, 'mk.json');
    const problems = r.ok ? [] : r.problems;
    assert.deepEqual(
      problems.map((p) => p.path),
      ['$.plans[0].commitments[0].budget.currency', '$.services[0].costs[0].currency'],
    );
    assert.match(problems[0]!.reason, /needs its currency.*MKD/);
  });
});

describe('a due date the calendar does not have', () => {
  const planWith = (...dues: string[]) =>
    mkFile({
      commitments: [
        mkCommitment(
          'mk-p-c1',
          '1',
          dues.map((text, i) => mkMilestone(`mk-p-c1-m${i + 1}`, `1.${i + 1}`, text)),
        ),
      ],
    });
  it('is refused at its milestone, saying what to write', () => {
    const r = validateImportFile(planWith('Q1 2027', '31.13.2026', 'Q5 2027', '2026-02-30'), 'mk.json');
    const problems = r.ok ? [] : r.problems;
    assert.deepEqual(
      problems.map((p) => p.path),
      [2, 3, 4].map((n) => `$.plans[0].commitments[0].milestones[${n - 1}].due.text`),
    );
    assert.match(problems[0]!.reason, /"31\.13\.2026" names a day, quarter or half the calendar does not have/);
    assert.match(problems[0]!.reason, /Q4 2026/);
  });
  it('is not a text the parser cannot place: that is kept as written, with no date', () => {
    const r = validateImportFile(planWith('Q', 'наскоро', 'тековно'), 'mk.json');
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problems));
    const dues = r.data.plans?.[0]?.commitments[0]?.milestones.map((m) => m.due.kind);
    assert.deepEqual(dues, ['unspecified', 'unspecified', 'ongoing']);
  });
});

describe('unknown fields in a data file', () => {
  it('are reported with their path, at any depth, inside records and arrays', () => {
    const file = structuredClone(readData('xk-2026-2028.json')) as {
      plans: { commitments: Record<string, unknown>[] }[];
      provenance: Record<string, unknown>;
    };
    const c0 = file.plans[0]?.commitments[0] as Record<string, unknown> & {
      milestones: Record<string, unknown>[];
      title: { origin: Record<string, Record<string, unknown>> };
    };
    c0['shortDescripton'] = c0['shortDescription'];
    (c0.milestones[0] as Record<string, unknown>)['progres'] = 10;
    (c0.title.origin['en'] as Record<string, unknown>)['by'] = 'model';
    const r = validateImportFile(file, 'xk-2026-2028.json');
    const paths = r.ok ? [] : r.problems.map((p) => p.path);
    assert.deepEqual(paths.sort(), [
      '$.plans[0].commitments[0].milestones[0].progres',
      '$.plans[0].commitments[0].shortDescripton',
      '$.plans[0].commitments[0].title.origin.en.by',
    ]);
  });
});

describe('references from demonstration data', () => {
  it('a submission about an unknown plan or service is reported', () => {
    const file = structuredClone(readData('demo/submissions.json')) as {
      submissions: { subject: Record<string, string> }[];
    };
    const first = file.submissions[0];
    if (first) first.subject = { planId: 'xk-1999-2000', commitmentNumber: '1' };
    const r = validateImportFile(file, 'demo/submissions.json', knownFromAll());
    const lines = r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.reason}`);
    assert.deepEqual(lines, ['$.submissions[0].subject.planId: plan "xk-1999-2000" does not exist']);
  });
});
