import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { ActionPlanDetailSchema, ActionPlanSummarySchema, listOf, type ImportFileInput } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { referencedInstitutionIds } from '../domain/plans.js';

const t = (en: string) => ({ values: { en, sq: `${en} (sq)` }, source: 'en' });
const institution = (id: string, name: string) =>
  ({ id, name: t(name), kind: 'cso', sector: 'civil_society', country: 'XK', level: 'central' }) as const;

/** The fixture with a coordinator and a supporting actor on a milestone, plus an institution the plan never names. */
function fileWithActors(): ImportFileInput {
  const file = fixtureFile();
  const plan = file.plans?.[0];
  const milestone = plan?.commitments[1]?.milestones[0];
  assert.ok(plan && milestone);
  plan.coordinatingInstitutionId = 'xk-test-b';
  milestone.supportingActors = [{ sector: 'civil_society', name: t('Civic Lab'), institutionId: 'xk-test-cso' }];
  // A supporting actor named in words only: nothing to look up.
  plan.commitments[0]?.supportingActors.push({ sector: 'other', name: t('A university') });
  file.institutions = [
    ...(file.institutions ?? []),
    institution('xk-test-cso', 'Civic Lab'),
    institution('xk-test-unrelated', 'Not in this plan'),
  ];
  return file;
}

let h: Harness;
before(async () => {
  h = await createHarness();
  await importFile(h.db, fileWithActors(), 'fixture.json');
});
after(() => h.close());

const plan = async (path = '/api/v1/plans/xk-test-plan') => {
  const res = await h.request(path);
  assert.equal(res.status, 200);
  return ActionPlanDetailSchema.parse(await res.json());
};

test('referencedInstitutionIds names coordinator, leads and supporting actors once each, sorted', () => {
  const file = fileWithActors();
  assert.ok(file.plans?.[0]);
  const parsed = ActionPlanDetailSchema.parse(file.plans[0]);
  assert.deepEqual(referencedInstitutionIds(parsed), ['xk-test-a', 'xk-test-b', 'xk-test-cso']);
});

test('GET /plans/{id} carries exactly the institutions the plan references, with their names', async () => {
  const body = await plan();
  assert.deepEqual(
    body.institutions?.map((i) => i.id),
    ['xk-test-a', 'xk-test-b', 'xk-test-cso'],
  );
  assert.equal(body.institutions?.find((i) => i.id === 'xk-test-cso')?.name.values['en'], 'Civic Lab');
});

test('export.json embeds the same institutions; the plan list does not', async () => {
  const exported = await plan('/api/v1/plans/xk-test-plan/export.json');
  assert.deepEqual(exported.institutions, (await plan()).institutions);
  const list = await h.request('/api/v1/plans');
  const raw = (await list.json()) as { items: Record<string, unknown>[] };
  assert.equal('institutions' in (raw.items[0] ?? {}), false);
  assert.equal(listOf(ActionPlanSummarySchema).parse(raw).items.length, 1);
});

test('a re-imported institution name reaches the (cached) plan', async () => {
  assert.equal((await plan()).institutions?.find((i) => i.id === 'xk-test-cso')?.name.values['en'], 'Civic Lab');
  await importFile(
    h.db,
    {
      format: 'hapur/v1',
      provenance: { kind: 'example', source: 'rename' },
      institutions: [institution('xk-test-cso', 'Civic Lab Kosovo')],
    },
    'rename.json',
  );
  // The plan cache revalidates at most once a second.
  await sleep(1100);
  assert.equal((await plan()).institutions?.find((i) => i.id === 'xk-test-cso')?.name.values['en'], 'Civic Lab Kosovo');
});
