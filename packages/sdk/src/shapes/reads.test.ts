import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readData } from '../data/files.test-helpers.js';
import { sq } from '../schemas/fixtures.test-helpers.js';
import { ActionPlanDetailSchema } from '../schemas/plan.js';
import { FeedbackStatusSchema } from '../schemas/submission.js';
import { ParticipationStatsSchema } from '../schemas/participation.js';
import { CommentListItemSchema, PublishedCommentSchema, RemovedCommentSchema } from '../schemas/comment.js';
import { plainText } from '../schemas/common.js';
import { checkShape, type Shape } from './check.js';
import { compileShape } from './compile.js';
import { FeedbackStatusShape } from './feedback.generated.js';
import { CommentListItemShape, PublishedCommentShape, RemovedCommentShape } from './comment.generated.js';
import { ParticipationStatsShape } from './stats.generated.js';
import { ActionPlanDetailShape } from './plan.generated.js';
import { PeriodSchema } from '../schemas/period.js';
import { PublicationChecklistSchema, PublicationPeriodListSchema } from '../schemas/publication.js';
import { InstitutionSchema } from '../schemas/institution.js';
import { listOf } from '../schemas/envelopes.js';
import { InstitutionListShape } from './institution.generated.js';
import { summarizeChecks } from '../schemas/publication-summary.js';
import { PeriodShape, PublicationChecklistShape, PublicationPeriodListShape } from './publication.generated.js';
import { sameVerdicts, zodPaths } from './shapes.test-helpers.js';
import * as z from 'zod/mini';

type PlanFile = { institutions?: unknown[]; plans: Record<string, unknown>[] };
/** Every shipped plan as `GET /plans/{id}` answers it: with its file's institutions when it has any. */
const plans = ['xk-2026-2028.json', 'al-2020-2022.json'].flatMap((name) => {
  const file = readData(name) as PlanFile;
  return file.plans.map((plan) => (file.institutions ? { ...plan, institutions: file.institutions } : plan));
});
/** The demo's checklists as `GET /publication-checklists/xk-mf?period=…` answers them, one per quarter, and the periods list. */
const { institutions, publicationRequirements: requirements } = readData('examples/publication-requirements.json') as {
  institutions: unknown[];
  publicationRequirements: { id: string; requiredLanguages: string[] }[];
};
const { publicationChecks } = readData('demo/publication-checks.json') as {
  publicationChecks: { period: string; requirementId: string; languages: object }[];
};
const quarters = [...new Set(publicationChecks.map((c) => c.period))].sort();
const checklists = quarters.map((period) => {
  const checks = publicationChecks.filter((c) => c.period === period);
  const summary = summarizeChecks(checks as never, requirements);
  return { institution: institutions[0], period, requirements, checks, summary };
});
const periodLists = [{ items: checklists.map(({ period, summary }) => ({ period, summary })) }, { items: [] }];
const statuses = [
  {
    reference: 'XK-2026-00000101',
    type: 'request',
    status: 'answered',
    submittedAt: '2026-02-03T09:12:00Z',
    history: [
      { status: 'received', at: '2026-02-03T09:12:00Z' },
      { status: 'answered', at: '2026-03-05T12:00:00Z', note: sq('U përgjigj') },
    ],
    response: {
      body: sq('Sporteli hapet në 8:00.'),
      decision: 'information_provided',
      respondedAt: '2026-03-05T12:00:00Z',
    },
  },
  {
    reference: 'XK-2026-00000102',
    type: 'issue_report',
    status: 'received',
    submittedAt: '2026-02-03T09:12:00Z',
    history: [],
  },
];
const stats = [
  {
    institutionId: 'xk-example-municipality',
    from: '2026-01-01',
    to: '2026-03-31',
    total: 12,
    byType: { request: 7, issue_report: 5 },
    byStatus: { answered: 9, received: 3 },
    answeredWithinDeadlineShare: 0.75,
    medianResponseDays: 6.5,
    demonstration: true,
  },
  { total: 0, byType: {}, byStatus: {}, answeredWithinDeadlineShare: null, medianResponseDays: null },
];
const published = {
  reference: 'XK-2026-00000101',
  type: 'request',
  subject: { serviceId: 'example-birth-certificate' },
  message: 'A mund ta kërkoj ekstraktin e lindjes online?',
  language: 'sq',
  submittedAt: '2026-02-03T09:12:00Z',
  publishedAt: '2026-02-04T09:12:00Z',
  status: 'answered',
  response: { body: sq('Po.'), decision: 'information_provided', respondedAt: '2026-02-05T12:00:00Z' },
};
const removed = {
  reference: 'XK-2026-00000103',
  removed: true,
  publishedAt: '2026-02-04T09:12:00Z',
  removedAt: '2026-02-06T09:12:00Z',
  reason: sq('Përmban të dhëna personale.'),
};

describe('shapes: display reads checked without zod', () => {
  const cases: { name: string; schema: z.ZodMiniType; shape: Shape<unknown>; docs: unknown[]; runs: number }[] = [
    {
      name: 'a plan with its institutions',
      schema: ActionPlanDetailSchema,
      shape: ActionPlanDetailShape,
      docs: plans,
      runs: 600,
    },
    {
      name: "a feedback item's status",
      schema: FeedbackStatusSchema,
      shape: FeedbackStatusShape,
      docs: statuses,
      runs: 2000,
    },
    {
      name: 'participation statistics',
      schema: ParticipationStatsSchema,
      shape: ParticipationStatsShape,
      docs: stats,
      runs: 2000,
    },
    {
      name: 'a published comment',
      schema: PublishedCommentSchema,
      shape: PublishedCommentShape,
      docs: [published],
      runs: 2000,
    },
    {
      name: 'an entry of the comment list (a published comment | a removed one)',
      schema: CommentListItemSchema,
      shape: CommentListItemShape,
      docs: [published, removed],
      runs: 3000,
    },
    {
      name: 'a removed comment',
      schema: RemovedCommentSchema,
      shape: RemovedCommentShape,
      docs: [removed],
      runs: 1000,
    },
    {
      name: "an institution's publication checklist for a quarter",
      schema: PublicationChecklistSchema,
      shape: PublicationChecklistShape,
      docs: checklists,
      runs: 300,
    },
    {
      name: "an institution's checked quarters",
      schema: PublicationPeriodListSchema,
      shape: PublicationPeriodListShape,
      docs: periodLists,
      runs: 1000,
    },
    {
      name: "the list of institutions (the staff inbox's transfer form)",
      schema: listOf(InstitutionSchema),
      shape: InstitutionListShape,
      docs: [
        { items: institutions },
        ...['xk-2026-2028.json', 'al-2020-2022.json'].map((name) => ({
          items: (readData(name) as PlanFile).institutions ?? [],
        })),
      ],
      runs: 1000,
    },
    {
      name: 'a quarter',
      schema: PeriodSchema,
      shape: PeriodShape,
      docs: ['2026-Q1', '2099-Q4'],
      runs: 500,
    },
  ];
  for (const { name, schema, shape, docs, runs } of cases) {
    it(`${name}: the shipped documents pass both, mutated ones get the same verdict at the same paths`, () => {
      assert.ok(docs.length > 0);
      for (const doc of docs) {
        assert.deepEqual(zodPaths(schema, doc), []);
        assert.deepEqual(checkShape(shape, doc), []);
      }
      sameVerdicts(schema, shape, docs, runs);
    });
  }

  it('compiles nullable, literals, exhaustive enum records and plainText as zod checks them', () => {
    const schema = z.object({
      share: z.nullable(z.number().check(z.gte(0))),
      flag: z.literal(true),
      kind: z.literal(['a', 1, null]),
      counts: z.record(z.enum(['met', 'unmet']), z.number()),
      partial: z.partialRecord(z.enum(['met', 'unmet']), z.number()),
      message: plainText(3, 20),
    });
    const shape = { node: compileShape(schema) };
    const good = { share: null, flag: true, kind: null, counts: { met: 1, unmet: 0 }, partial: {}, message: ' abc ' };
    assert.deepEqual(checkShape(shape, good), []);
    const bad = [
      { ...good, share: -1 },
      { ...good, share: undefined },
      { ...good, flag: false },
      { ...good, kind: 'b' },
      { ...good, counts: { met: 1 } },
      { ...good, counts: { met: 1, unmet: 0, other: 2 } },
      { ...good, partial: { other: 1 } },
      { ...good, message: '\u200b\u200b\u200ba' },
      { ...good, message: '   a   ' },
      { ...good, message: 'ab' },
    ];
    for (const value of bad) {
      const paths = checkShape(shape, value).map((i) => i.path);
      assert.ok(paths.length > 0, JSON.stringify(value));
      assert.deepEqual([...new Set(paths)].sort(), zodPaths(schema, value), JSON.stringify(value));
    }
    assert.throws(() => compileShape(z.literal(undefined)), /literal/);
    assert.throws(() => compileShape(z.looseRecord(z.string(), z.number())), /loose/);
  });

  it('compiles a union as zod checks it: any option passes; else the one option that failed only checks, else the union', () => {
    const schema = z.object({
      id: z.union([z.string().check(z.regex(/^[a-z]+$/)), z.number().check(z.int(), z.gte(1))]),
      item: z.union([
        z.object({ kind: z.literal('a'), text: z.string().check(z.minLength(2)) }),
        z.object({ kind: z.literal('b'), n: z.number() }),
      ]),
    });
    const shape = { node: compileShape(schema) };
    const good = { id: 'abc', item: { kind: 'a', text: 'xy' } };
    assert.deepEqual(checkShape(shape, good), []);
    const cases: [unknown, string[]][] = [
      [{ ...good, id: 3 }, []],
      [{ ...good, item: { kind: 'b', n: 1 } }, []],
      // A string failing its pattern while the number option fails on type: the string's issue, at its path.
      [{ ...good, id: 'ABC' }, ['id']],
      [{ ...good, id: 0 }, ['id']],
      [{ ...good, id: true }, ['id']],
      [{ ...good, item: { kind: 'a', text: 'x' } }, ['item.text']],
      [{ ...good, item: { kind: 'b', n: 'x' } }, ['item']],
      [{ ...good, item: { kind: 'c' } }, ['item']],
    ];
    for (const [value, paths] of cases) {
      assert.deepEqual(zodPaths(schema, value), paths, JSON.stringify(value));
      assert.deepEqual([...new Set(checkShape(shape, value).map((i) => i.path))].sort(), paths, JSON.stringify(value));
    }
    assert.throws(() => compileShape(z.xor([z.string(), z.number()])), /union/);
    assert.throws(
      () => compileShape(z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })])),
      /union/,
    );
  });
});
