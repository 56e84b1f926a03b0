import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_003_DUE_DATES } from '../dates/test/seed-003-due-dates.js';
import { ImportFileSchema } from '../schemas/import-file.js';
import { readData, seedText } from './files.test-helpers.js';

// Milestones per commitment, counted by reading seed 003's milestone tables (the "Pikat/etapat kyçe"
// rows under "Rezultatet e pritura | Data e pritur e përfundimit"): 5, 5, 3, 2, 4 = 19.
const MILESTONES_PER_COMMITMENT = [5, 5, 3, 2, 4];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Kosovo OGP action plan 2026–2028 (data/xk-2026-2028.json against seed 003)', () => {
  const file = ImportFileSchema.parse(readData('xk-2026-2028.json'));
  const plan = file.plans?.[0];
  it('is real data with 5 commitments numbered 1–5', () => {
    assert.equal(file.provenance.kind, 'real');
    assert.deepEqual(
      plan?.commitments.map((c) => c.number),
      ['1', '2', '3', '4', '5'],
    );
  });
  it('has the milestone count of each commitment in the seed', () => {
    assert.deepEqual(
      plan?.commitments.map((c) => c.milestones.length),
      MILESTONES_PER_COMMITMENT,
    );
  });
  it('keeps every due date exactly as written and parses it', () => {
    const dues =
      plan?.commitments.flatMap((c) => c.milestones.map((m) => ({ milestone: m.number, text: norm(m.due.text) }))) ??
      [];
    assert.deepEqual(
      dues,
      SEED_003_DUE_DATES.map((d) => ({ milestone: d.milestone, text: norm(d.text) })),
    );
    const kinds = plan?.commitments.flatMap((c) => c.milestones.map((m) => m.due.kind)) ?? [];
    assert.equal(kinds.filter((k) => k === 'unspecified').length, 1, 'only milestone 1.2 ("Q") is unspecified');
  });
  it('carries no invented progress', () => {
    for (const m of plan?.commitments.flatMap((c) => c.milestones) ?? []) {
      assert.equal(m.status, 'planned');
      assert.equal(m.progressPercent, undefined);
    }
  });
  it(
    'uses commitment titles that occur in the seed',
    { skip: !seedText('003_') && 'seed 003 not found (set HAPUR_SEEDS_DIR)' },
    () => {
      const seed = norm(seedText('003_') ?? '');
      for (const c of plan?.commitments ?? [])
        assert.ok(seed.includes(norm(c.title.values['sq'] ?? '')), `commitment ${c.number}`);
    },
  );
});

describe('Albanian OGP action plan 2020–2022 draft (data/al-2020-2022.json against seed 004)', () => {
  const plan = ImportFileSchema.parse(readData('al-2020-2022.json')).plans?.[0];
  it('is a draft with 10 commitments in 4 components, each commitment in one of them', () => {
    assert.equal(plan?.status, 'draft');
    assert.equal(plan?.commitments.length, 10);
    assert.equal(plan?.components?.length, 4);
    const ids = new Set(plan?.components?.map((c) => c.id));
    assert.ok(plan?.commitments.every((c) => c.componentId !== undefined && ids.has(c.componentId)));
  });
});
