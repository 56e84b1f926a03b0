import { ActionPlanSchema, CommitmentSchema, MilestoneSchema, type ActionPlan, type Milestone } from '@hapur/sdk';
import type { Cell } from './flatten.js';
import { columnsOf, flatten, rowOf, type Level, type Table } from './table.js';

/**
 * An action plan as a sheet, one row per milestone (a commitment without milestones has a row of its own):
 * `plan.*` columns on the plan's first row, `commitment.*` on each commitment's first row (its number and
 * title on every row), `milestone.*` on every row. The state columns come last: they are the progress
 * log's, shown in an export and never read back (docs/import-format.md, "From a spreadsheet").
 */

/** Derived from the progress log (or from the due text): written, never read. */
export const PLAN_STATE_COLUMNS = [
  'milestone.status',
  'milestone.completion',
  'milestone.progressPercent',
  'milestone.latestUpdate.reportedAt',
] as const;
const DUE_DERIVED = ['milestone.due.earliest', 'milestone.due.latest'];
/**
 * What the plan's `dataNotes` say, on every row of an export where a plan or its progress is invented (a demonstration
 * file, the seeded progress), so a row copied or filtered out of the sheet still says so. Written, never read: what
 * is invented is the import's provenance, not a cell.
 */
export const PLAN_NOTE_COLUMNS = ['plan.dataNotes.demonstrationPlan', 'plan.dataNotes.demonstrationProgress'] as const;
const readOnly = (c: string) =>
  (PLAN_STATE_COLUMNS as readonly string[]).includes(c) ||
  /^milestone\.(latestUpdate|evidence)\./.test(c) ||
  (c.startsWith('milestone.due.') && c !== 'milestone.due.text' && c !== 'milestone.due.lang');

const PLAN_SKIP = new Set(['commitments', 'dataNotes', 'updatedAt']);
const COMMITMENT_SKIP = new Set(['milestones']);
const MILESTONE_SKIP = new Set(['due', 'status', 'completion', 'progressPercent', 'latestUpdate', 'evidence']);

export const PLAN_LEVELS: readonly Level[] = [
  {
    prefix: 'plan',
    schema: ActionPlanSchema,
    list: 'plans',
    key: 'plan.id',
    readOnly: (c) => c.startsWith('plan.dataNotes.'),
  },
  { prefix: 'commitment', schema: CommitmentSchema, list: 'commitments', key: 'commitment.number' },
  {
    prefix: 'milestone',
    schema: MilestoneSchema,
    list: 'milestones',
    key: 'milestone.id',
    everyRow: true,
    readOnly,
    defaults: { status: 'planned', evidence: [] },
  },
];

function milestoneCells(m: Milestone, lang: string): [string, Cell][] {
  const cells = flatten(m, MilestoneSchema, 'milestone', MILESTONE_SKIP, lang);
  const due: [string, Cell][] = [
    ['milestone.due.text', m.due.text],
    ...(m.due.lang ? [['milestone.due.lang', m.due.lang] as [string, Cell]] : []),
    ['milestone.due.earliest', m.due.earliest],
    ['milestone.due.latest', m.due.latest],
  ];
  // The due columns where the schema has them: after the expected results, before the lead.
  const at = cells.findIndex(([c]) => /^milestone\.(leadInstitutionId|leadText|supportingActors)/.test(c));
  return at < 0 ? [...cells, ...due] : [...cells.slice(0, at), ...due, ...cells.slice(at)];
}

/** The plans (with their derived state, as the API reads them) as one sheet. */
export function plansToTable(plans: readonly ActionPlan[]): Table {
  const rows: [string, Cell][][] = [];
  const state: Cell[][] = [];
  const notes: Cell[][] = [];
  for (const plan of plans) {
    const note = [plan.dataNotes?.demonstrationPlan ?? false, plan.dataNotes?.demonstrationProgress ?? false];
    const lang = plan.sourceLanguage;
    const planCells = flatten(plan, ActionPlanSchema, 'plan', PLAN_SKIP, lang);
    const planId: [string, Cell] = ['plan.id', plan.id];
    plan.commitments.forEach((c, ci) => {
      const all = flatten(c, CommitmentSchema, 'commitment', COMMITMENT_SKIP, lang);
      const repeated = all.filter(([name]) => name === 'commitment.number' || /^commitment\.title\.[^.]+$/.test(name));
      const ms = c.milestones.length > 0 ? c.milestones : [undefined];
      ms.forEach((m, mi) => {
        const head = ci === 0 && mi === 0 ? planCells : [planId];
        rows.push([...head, ...(mi === 0 ? all : repeated), ...(m ? milestoneCells(m, lang) : [])]);
        state.push(m ? [m.status, m.completion, m.progressPercent, m.latestUpdate?.reportedAt] : []);
      });
    });
    if (plan.commitments.length === 0) {
      rows.push(planCells);
      state.push([]);
    }
    while (notes.length < rows.length) notes.push(note);
  }
  const invented = notes.some((n) => n.includes(true));
  const langs = [...new Set(rows.flatMap((r) => r.map(([c]) => /^commitment\.title\.([^.]+)$/.exec(c)?.[1])))].filter(
    (l): l is string => l !== undefined && l !== 'origin',
  );
  const always = [
    'plan.id',
    'commitment.number',
    ...langs.map((l) => `commitment.title.${l}`),
    'milestone.id',
    'milestone.number',
    ...langs.map((l) => `milestone.title.${l}`),
    'milestone.due.text',
    ...DUE_DERIVED,
  ];
  const content = columnsOf([always.map((c) => [c, undefined] as [string, Cell]), ...rows]);
  return {
    header: [...content, ...PLAN_STATE_COLUMNS, ...(invented ? PLAN_NOTE_COLUMNS : [])],
    rows: rows.map((cells, i) => ({
      number: i + 2,
      cells: [...rowOf(content, cells), ...padState(state[i]!), ...(invented ? notes[i]! : [])],
    })),
  };
}

const padState = (cells: Cell[]): Cell[] => PLAN_STATE_COLUMNS.map((_, i) => cells[i]);
