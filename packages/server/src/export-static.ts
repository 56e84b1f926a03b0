import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createApp } from './app.js';
import { testConfig } from './config.js';
import type { Database } from './db/types.js';
import { institutionIds } from './domain/institutions.js';

/**
 * Writes the read API as static JSON files (the layout the SDK's static source reads): the API path
 * without `/api/v1` plus `.json`, a collection at `<path>/index.json`. The bytes come from the API itself.
 */
export async function exportStatic(db: Database, outDir: string): Promise<number> {
  const app = createApp({ db, config: testConfig() });
  const get = async (path: string): Promise<unknown> => {
    const res = await app.request(`/api/v1${path}`);
    if (res.status !== 200) throw new Error(`export-static: GET /api/v1${path} answered ${res.status}`);
    return res.json();
  };
  let written = 0;
  const put = async (file: string, value: unknown) => {
    const target = join(outDir, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(value, null, 2) + '\n');
    written++;
  };
  const plans = (await get('/plans')) as { items: { id: string }[] };
  await put('plans/index.json', plans);
  for (const { id } of plans.items) {
    const plan = (await get(`/plans/${id}`)) as { commitments: { number: string }[] };
    await put(`plans/${id}.json`, plan);
    for (const { number } of plan.commitments) {
      await put(`plans/${id}/commitments/${number}.json`, await get(`/plans/${id}/commitments/${number}`));
      const all: unknown[] = [];
      for (let page = 1; ; page++) {
        const p = (await get(`/plans/${id}/commitments/${number}/comments?page=${page}&pageSize=100`)) as {
          items: unknown[];
          total: number;
        };
        all.push(...p.items);
        if (all.length >= p.total || p.items.length === 0) break;
      }
      await put(`plans/${id}/commitments/${number}/comments.json`, {
        items: all,
        page: 1,
        pageSize: Math.max(1, all.length),
        total: all.length,
      });
    }
  }
  const services = (await get('/services')) as { items: { id: string }[] };
  await put('services/index.json', services);
  for (const { id } of services.items) await put(`services/${id}.json`, await get(`/services/${id}`));
  await put('participation/stats.json', await get('/participation/stats'));
  for (const id of await institutionIds(db)) {
    await put(
      `participation/stats/${id}.json`,
      await get(`/participation/stats?institution=${encodeURIComponent(id)}`),
    );
    const periods = (await get(`/publication-checklists/${id}/periods`)) as { items: { period: string }[] };
    if (periods.items.length === 0) continue;
    await put(`publication-checklists/${id}/periods.json`, periods);
    for (const { period } of periods.items) {
      await put(
        `publication-checklists/${id}/${period}.json`,
        await get(`/publication-checklists/${id}?period=${period}`),
      );
    }
  }
  return written;
}
