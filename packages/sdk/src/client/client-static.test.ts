import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputValidationError, NotFoundError, ReadOnlyError, ResponseShapeError } from '../errors/index.js';
import { createClient, createStaticClient } from './create-client.js';
import { isRemovedComment } from '../schemas/comment.js';
import { UI_LANGUAGES } from '../i18n/languages.js';
import { opportunitiesCalendarRoute, opportunityCalendarRoute, staticUrl } from '../routes/paths.js';
import { alPlan, clone, mfChecklist, services } from './test/fixtures.js';
import { serveStaticFolder, type StaticFolder } from './test/static-folder.js';

const { commitments, ...planSummaryFields } = alPlan;
const milestones = commitments.reduce((n, c) => n + c.milestones.length, 0);
const commitment3 = commitments.find((c) => c.number === '3');

/** A comment moderators took off, as the export writes it: the reason in its place, no text. */
const removed = {
  reference: 'HP-2026-000007',
  removed: true,
  publishedAt: '2026-03-02T10:00:00.000Z',
  removedAt: '2026-03-03T10:00:00.000Z',
  reason: { values: { sq: 'Përmban të dhëna personale.' }, source: 'sq' },
};

describe('static mode: the same methods over a static export', () => {
  let folder: StaticFolder;
  before(async () => {
    const files: Record<string, unknown> = {
      'data/services/index.json': { items: services },
      'data/plans/index.json': {
        items: [{ ...planSummaryFields, counts: { commitments: commitments.length, milestones } }],
      },
      [`data/plans/${alPlan.id}.json`]: alPlan,
      [`data/plans/${alPlan.id}/commitments/3.json`]: commitment3,
      [`data/plans/${alPlan.id}/commitments/3/comments.json`]: { items: [], page: 1, pageSize: 0, total: 0 },
      [`data/plans/${alPlan.id}/commitments/1/comments.json`]: { items: [removed], page: 1, pageSize: 1, total: 1 },
      'data/publication-checklists/xk-mf/periods.json': {
        items: ['2026-Q1', '2025-Q4'].map((period) => ({ period, summary: mfChecklist(period).summary })),
      },
      'data/publication-checklists/xk-mf/2025-Q4.json': mfChecklist('2025-Q4'),
      'data/publication-checklists/xk-mf/2026-Q1.json': mfChecklist('2026-Q1'),
      'data/plans/broken.json': { ...clone(alPlan), commitments: 'none' },
    };
    for (const s of services) files[`data/services/${s.id}.json`] = s;
    // The calendar files as export-static names them: once as the API answers without `lang`, once per UI language.
    for (const lang of [undefined, ...UI_LANGUAGES]) {
      files[`data/${staticUrl(opportunityCalendarRoute, { opportunityId: 'hearing', lang })}`] = lang ?? 'default';
      files[`data/${staticUrl(opportunitiesCalendarRoute, { lang })}`] = lang ?? 'default';
    }
    folder = await serveStaticFolder(files);
  });
  after(() => folder.close());

  it('lists and reads services from services/index.json and services/<id>.json', async () => {
    const client = createStaticClient(folder.url);
    assert.equal(client.mode, 'static');
    const all = await client.listServices();
    assert.deepEqual(
      all.map((s) => s.id),
      services.map((s) => s.id),
    );
    const one = await client.getService('example-mf-tax-clearance');
    assert.deepEqual(
      one,
      services.find((s) => s.id === 'example-mf-tax-clearance'),
    );
    assert.ok(folder.requests.includes('/data/services/example-mf-tax-clearance.json'));
  });

  it('applies institution and q filters client-side, in any language, ignoring accents and case', async () => {
    const client = createClient({ staticBaseUrl: folder.url });
    const mf = await client.listServices({ institution: 'xk-mf' });
    assert.deepEqual(
      mf.map((s) => s.id),
      ['example-mf-tax-clearance'],
    );
    const byAlbanian = await client.listServices({ q: 'CERTIFIKATES' });
    assert.deepEqual(
      byAlbanian.map((s) => s.id),
      ['example-birth-certificate'],
      '"certifikatës" matches without the diaeresis',
    );
    const bySerbian = await client.listServices({ q: 'izvod iz maticne' });
    assert.ok(bySerbian.some((s) => s.id === 'example-birth-certificate'));
    assert.equal(folder.requests.filter((r) => r.includes('?')).length, 0, 'no query string is sent to a static host');
  });

  it('refuses a service filter the API answers 400 with InputValidationError, not an empty list', async () => {
    const client = createStaticClient(folder.url);
    const before = folder.requests.length;
    for (const [filter, path] of [
      [{ status: 'closed' }, 'status'],
      [{ lang: 'not a tag' }, 'lang'],
    ] as const) {
      const error = await client.listServices(filter).catch((e: unknown) => e);
      assert.ok(error instanceof InputValidationError, `${path}: ${String(error)}`);
      assert.deepEqual(
        error.issues.map((i) => i.path),
        [path],
      );
    }
    assert.equal(folder.requests.length, before, 'refused before reading');
    // What the API takes, static mode takes: a status it knows, a tag in any case, bare sr, empty values.
    assert.deepEqual(await client.listServices({ lang: 'SQ', q: '' }), await client.listServices({ lang: 'sq' }));
    assert.deepEqual(await client.listServices({ status: 'withdrawn', lang: 'sr' }), []);
    assert.deepEqual(await client.listServices({ status: '', lang: '' }), await client.listServices());
  });

  it('reads plans, a commitment and its (empty) comments page', async () => {
    const client = createStaticClient(folder.url);
    const plans = await client.listPlans();
    assert.equal(plans[0]?.id, alPlan.id);
    assert.equal(plans[0]?.counts.commitments, commitments.length);
    const plan = await client.getPlan(alPlan.id);
    assert.equal(plan.commitments.length, commitments.length);
    const c3 = await client.getCommitment(alPlan.id, 3);
    assert.equal(c3.title.values.sq, commitment3?.title.values.sq);
    assert.deepEqual(await client.listComments(alPlan.id, '3', { page: 1, pageSize: 5 }), {
      items: [],
      page: 1,
      pageSize: 5,
      total: 0,
    });
    const withRemoved = await client.listComments(alPlan.id, '1');
    assert.deepEqual(withRemoved.items, [removed], 'a removed comment is a placeholder with the reason');
    assert.ok(isRemovedComment(withRemoved.items[0]!));
  });

  it('reads a publication checklist; without a period, the latest exported quarter', async () => {
    const client = createStaticClient(folder.url);
    const periods = await client.listPublicationPeriods('xk-mf');
    assert.deepEqual(
      periods.map((p) => p.period),
      ['2026-Q1', '2025-Q4'],
    );
    const latest = await client.getPublicationChecklist('xk-mf');
    assert.equal(latest.period, '2026-Q1');
    assert.equal(latest.summary.overall.not_checked, latest.requirements.length);
    const older = await client.getPublicationChecklist('xk-mf', '2025-Q4');
    assert.equal(older.period, '2025-Q4');
    assert.ok(folder.requests.includes('/data/publication-checklists/xk-mf/2025-Q4.json'));
  });

  it('revalidates with the static host ETag: the second read is a 304 and gives the same plan', async () => {
    const client = createStaticClient(folder.url);
    const path = `/data/plans/${alPlan.id}.json`;
    const first = await client.getPlan(alPlan.id);
    const before = folder.notModified.filter((r) => r === path).length;
    const second = await client.getPlan(alPlan.id);
    assert.equal(folder.notModified.filter((r) => r === path).length, before + 1);
    assert.deepEqual(second, first);
  });

  it("a calendar link in any tag of a UI language points at that language's file, which exists", async () => {
    const client = createStaticClient(folder.url);
    const cases = { 'sr-latn': 'sr-Latn', 'SR-Latn': 'sr-Latn', sr: 'sr-Latn', 'sr-Cyrl-RS': 'sr-Cyrl' } as const;
    for (const [lang, file] of Object.entries({ ...cases, 'sq-AL': 'sq', 'en-GB': 'en', EN: 'en', mk: 'default' })) {
      for (const target of [{ opportunityId: 'hearing', lang }, { lang }]) {
        const url = client.calendarUrl(target)!;
        const response = await fetch(url);
        assert.equal(response.status, 200, `${lang}: ${url}`);
        assert.equal(await response.json(), file, `${lang}: ${url}`);
      }
    }
  });

  it('writes and token reads throw ReadOnlyError before anything is sent', async () => {
    const client = createStaticClient(folder.url);
    const before = folder.requests.length;
    const input = {
      type: 'feedback',
      subject: { topic: 'Orari' },
      message: 'Orari i punës nuk është i publikuar.',
      language: 'sq',
    } as const;
    await assert.rejects(
      client.submitFeedback(input),
      (e: unknown) => e instanceof ReadOnlyError && e.operation === 'submitFeedback',
    );
    await assert.rejects(client.getFeedbackStatus('Zx81kQp0LmN3vB7yT2wE5rU9'), ReadOnlyError);
    await assert.rejects(client.getParticipationStats({ from: '2026-01-01' }), ReadOnlyError);
    assert.equal(folder.requests.length, before);
  });

  it('a missing file is NotFoundError; a file with the wrong shape is ResponseShapeError naming the path', async () => {
    const client = createStaticClient(folder.url);
    await assert.rejects(client.getService('example-unknown'), NotFoundError);
    const error = await client.getPlan('broken').catch((e: unknown) => e);
    assert.ok(error instanceof ResponseShapeError);
    assert.equal(error.issues[0]?.path, 'commitments');
    assert.match(error.message, /^Unexpected data from \/data\/plans\/broken\.json at commitments \(invalid_type\)/);
  });
});
