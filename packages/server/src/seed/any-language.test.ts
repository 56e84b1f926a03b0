// A plan from another country in another language (issue 18): the Macedonian test fixture in test/fixtures/
// imports, is served with its source text and every translation, and exports with every language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHarness, type Harness } from '../testing/harness.js';
import { importFile } from './import.js';

const FIXTURE = new URL('../../../../test/fixtures/mk-test-plan.json', import.meta.url);

let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, JSON.parse(readFileSync(FIXTURE, 'utf8')), 'mk-test-plan.json');
});
after(() => h.close());

test('a Macedonian plan from North Macedonia imports and is served with its source text and translations', async () => {
  const res = await h.request('/api/v1/plans/mk-test-fixture');
  assert.equal(res.status, 200);
  const plan = (await res.json()) as {
    country: string;
    sourceLanguage: string;
    commitments: {
      title: { values: Record<string, string>; source?: string };
      milestones: { due: { text: string; kind: string; earliest?: string; latest?: string } }[];
    }[];
    institutions: { id: string; country: string }[];
  };
  assert.equal(plan.country, 'MK');
  assert.equal(plan.sourceLanguage, 'mk');
  assert.deepEqual(plan.commitments[0]?.title, {
    values: { mk: 'Отворени податоци за буџетот', en: 'Open budget data' },
    source: 'mk',
    origin: { en: { kind: 'human', from: 'mk' } },
  });
  assert.deepEqual(
    plan.institutions.map((i) => [i.id, i.country]),
    [
      ['mk-mioa', 'MK'],
      ['mk-skopje', 'MK'],
    ],
  );
  const dues = plan.commitments.flatMap((c) => c.milestones.map((m) => [m.due.text, m.due.kind, m.due.latest]));
  assert.deepEqual(dues, [
    ['Q1 2026', 'quarter', '2026-03-31'],
    ['прва половина од 2026', 'half', '2026-06-30'],
    ['септември 2025 – јуни 2026', 'range', '2026-06-30'],
    ['До крајот на 2026', 'year_end', '2026-12-31'],
    ['Континуирано', 'ongoing', undefined],
  ]);
});

test('its CSV export keeps the Macedonian source text and the English translation', async () => {
  const res = await h.request('/api/v1/plans/mk-test-fixture/export.csv');
  assert.equal(res.status, 200);
  const csv = await res.text();
  assert.match(csv, /Отворени податоци за буџетот/);
  assert.match(csv, /Open budget data/);
  assert.match(csv, /септември 2025 – јуни 2026/);
});
