import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { PublicServiceSchema, createStaticClient, listOf } from '@hapur/sdk';
import { EXPORT_MANIFEST, ExportFolderError, exportStatic } from './export-static.js';
import { importFile } from './seed/import.js';
import { fixtureFile, fixturePlanAs } from './testing/fixtures.js';
import { createHarness, tempDir, type Harness } from './testing/harness.js';

let h: Harness;
let out: string;
before(async () => {
  h = await createHarness();
  const file = fixtureFile();
  file.services = file.services?.map((s) => (s.id === 'xk-test-tax' ? { ...s, status: 'withdrawn' as const } : s));
  // A plan adopted ahead of its period (the harness's today is 2026-03-02).
  file.plans = [...file.plans!, fixturePlanAs('xk-next-plan', { start: '2027', end: '2030' })];
  await importFile(h.db, file, 'fixture.json');
  out = tempDir('hapur-export-static-');
  await exportStatic(h.db, out);
});
after(async () => {
  rmSync(out, { recursive: true, force: true });
  await h.close();
});

/** The SDK's static client over the exported folder, as a web team hosts it. */
const staticClient = () =>
  createStaticClient('https://files.example.org/data/', {
    fetch: (async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const file = join(out, url.pathname.replace(/^\/data\//, ''));
      return existsSync(file)
        ? new Response(readFileSync(file), { headers: { 'content-type': 'application/json' } })
        : new Response('{}', { status: 404 });
    }) as typeof globalThis.fetch,
  });

const api = async (path: string) => {
  const res = await h.request(path);
  assert.equal(res.status, 200, path);
  return res.json();
};

test('a withdrawn service reads in static mode as through the API: its own file says withdrawn, lists leave it out unless asked', async () => {
  const client = staticClient();
  const viaApi = PublicServiceSchema.parse(await api('/api/v1/services/xk-test-tax'));
  assert.equal(viaApi.status, 'withdrawn');
  assert.deepEqual(await client.getService('xk-test-tax'), viaApi, 'an old link to it still shows it was withdrawn');
  const list = listOf(PublicServiceSchema);
  for (const query of ['', '?status=withdrawn', '?status=active']) {
    const { items } = list.parse(await api(`/api/v1/services${query}`));
    const status = new URLSearchParams(query).get('status') ?? undefined;
    assert.deepEqual(await client.listServices(status ? { status } : {}), items, `services${query}`);
  }
});

test('a plan that has not started yet is exported with its self-assessment, as the API answers it', async () => {
  const file = join(out, 'plans/xk-next-plan/self-assessment.json');
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), await api('/api/v1/plans/xk-next-plan/self-assessment'));
});

test('an institution with no checked quarter yet: its periods (none) and its checklist (nothing checked) read as through the API', async () => {
  const client = staticClient();
  assert.deepEqual(await client.listPublicationPeriods('xk-test-b'), []);
  assert.deepEqual(
    await client.listPublicationPeriods('xk-test-b'),
    (await api('/api/v1/publication-checklists/xk-test-b/periods')).items,
  );
  // The quarter the export was made in (the API's answer without a period then), its requirement not checked.
  const checklist = await client.getPublicationChecklist('xk-test-b');
  assert.deepEqual(checklist, await api(`/api/v1/publication-checklists/xk-test-b?period=${checklist.period}`));
  assert.deepEqual(checklist.checks, []);
});

/** Every file and folder under `dir`, as sorted relative paths. */
const tree = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).sort();

test('a second export into the same folder leaves what an export into an empty folder would, and no file it did not write is removed', async () => {
  // The second export's data has no plan xk-next-plan (as after the plan was deleted).
  const later = await createHarness();
  const again = tempDir('hapur-export-again-');
  const fresh = tempDir('hapur-export-fresh-');
  try {
    await importFile(later.db, fixtureFile(), 'fixture.json');
    await exportStatic(h.db, again);
    assert.ok(existsSync(join(again, 'plans/xk-next-plan.json')));
    // A file of the site's own, put beside the export after it: not the export's to remove.
    writeFileSync(join(again, 'plans/README.txt'), 'ours');
    const written = await exportStatic(later.db, again);
    assert.equal(await exportStatic(later.db, fresh), written);
    assert.deepEqual(
      tree(again).filter((f) => f !== 'plans/README.txt'),
      tree(fresh),
      "the deleted plan's files and folders are gone, nothing else is",
    );
    assert.equal(readFileSync(join(again, 'plans/README.txt'), 'utf8'), 'ours');
    assert.deepEqual(
      JSON.parse(readFileSync(join(again, EXPORT_MANIFEST), 'utf8')),
      JSON.parse(readFileSync(join(fresh, EXPORT_MANIFEST), 'utf8')),
    );
  } finally {
    rmSync(again, { recursive: true, force: true });
    rmSync(fresh, { recursive: true, force: true });
    await later.close();
  }
});

test('a folder that holds other files and no list of an earlier export is refused, and left as it was', async () => {
  for (const files of [
    { 'index.html': '<h1>Our site</h1>' },
    { 'index.html': '<h1>Our site</h1>', [EXPORT_MANIFEST]: '{"files":["../index.html"]}' },
    { 'index.html': '<h1>Our site</h1>', [EXPORT_MANIFEST]: 'not JSON' },
  ]) {
    const dir = tempDir('hapur-export-site-', files);
    try {
      await assert.rejects(exportStatic(h.db, dir), ExportFolderError);
      assert.deepEqual(tree(dir), Object.keys(files).sort(), 'nothing written');
      assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), '<h1>Our site</h1>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
