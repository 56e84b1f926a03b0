import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ROUTE_PATHS, UI_LANGUAGES, routeUrl, staticUrl, type RouteId } from '@hapur/sdk';
import { createApp } from './app.js';
import { testConfig } from './config.js';
import type { Database } from './db/types.js';
import { processIds } from './domain/cocreation.js';
import { institutionIds } from './domain/institutions.js';

type Values = Record<string, string>;

/**
 * Writes the read API as static JSON files, in the layout the SDK's route table names for each read
 * (`staticPaths`, which the SDK's static mode reads). The bytes come from the API itself.
 */
export async function exportStatic(db: Database, outDir: string): Promise<number> {
  const app = createApp({ db, config: testConfig() });
  const get = async (id: RouteId, values: Values = {}, query = ''): Promise<unknown> => {
    const path = `/api/v1/${routeUrl(ROUTE_PATHS[id], values as never)}${query}`;
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`export-static: GET ${path} answered ${res.status}`);
    return res.json();
  };
  let written = 0;
  const write = async (id: RouteId, values: Values, text: string) => {
    const file = staticUrl(ROUTE_PATHS[id], values);
    if (file === undefined) throw new Error(`export-static: the route table names no file for ${id}`);
    const target = join(outDir, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    written++;
  };
  const put = (id: RouteId, values: Values, value: unknown) => write(id, values, JSON.stringify(value, null, 2) + '\n');
  const copy = async (id: RouteId, values: Values = {}, query = '') => put(id, values, await get(id, values, query));

  const plans = (await get('listPlans')) as { items: { id: string }[] };
  await put('listPlans', {}, plans);
  for (const { id: planId } of plans.items) {
    const plan = (await get('getPlan', { planId })) as { commitments: { number: string }[] };
    await put('getPlan', { planId }, plan);
    // The self-assessment of the plan's whole period up to the export (public data, issue 17).
    await copy('getSelfAssessment', { planId });
    for (const { number } of plan.commitments) {
      await copy('getCommitment', { planId, number });
      // Every comment in one file (the client cuts the pages).
      const all: unknown[] = [];
      for (let page = 1; ; page++) {
        const p = (await get('listComments', { planId, number }, `?page=${page}&pageSize=100`)) as {
          items: unknown[];
          total: number;
        };
        all.push(...p.items);
        if (all.length >= p.total || p.items.length === 0) break;
      }
      await put(
        'listComments',
        { planId, number },
        { items: all, page: 1, pageSize: Math.max(1, all.length), total: all.length },
      );
    }
  }
  // Every service in the one file, the withdrawn ones last: the client filters it as the API filters its list (a
  // withdrawn service leaves it, `status=withdrawn` finds it), and a withdrawn service's own URL still answers.
  const listed = (await get('listServices')) as { items: { id: string }[] };
  const withdrawn = (await get('listServices', {}, '?status=withdrawn')) as { items: { id: string }[] };
  const services = { items: [...listed.items, ...withdrawn.items] };
  await put('listServices', {}, services);
  for (const { id: serviceId } of services.items) await copy('getService', { serviceId });
  await copy('listInstitutions');
  await copy('getParticipationStats');
  for (const institutionId of await institutionIds(db)) {
    const institution = { institution: institutionId };
    await copy('getParticipationStats', institution, `?institution=${encodeURIComponent(institutionId)}`);
    // Every institution's list of checked quarters, empty or not, and the checklist the API answers without
    // `?period` (the latest checked quarter, else the quarter of the export), as the API answers them.
    const periods = (await get('listPublicationPeriods', { institutionId })) as { items: { period: string }[] };
    await put('listPublicationPeriods', { institutionId }, periods);
    await copy('getPublicationChecklist', { institutionId });
    for (const { period } of periods.items) {
      await copy('getPublicationChecklist', { institutionId, period }, `?period=${period}`);
    }
  }
  // Co-creation: every opportunity in one file (the client filters), the calendar feed, one calendar file per
  // dated opportunity (an undated one has none: the API answers 404), and each process. Each calendar once in every UI
  // language (`calendar.sr-Latn.ics`, as `?lang=sr-Latn` answers) and once as the API answers without `lang`
  // (`calendar.ics`: each opportunity in the language it is written in).
  const opportunities = (await get('listOpportunities')) as { items: { id: string; when: { kind: string } }[] };
  await put('listOpportunities', {}, opportunities);
  const calendar = async (id: RouteId, values: Values = {}) => {
    for (const lang of [undefined, ...UI_LANGUAGES]) {
      const path = `/api/v1/${routeUrl(ROUTE_PATHS[id], values as never)}${lang ? `?lang=${lang}` : ''}`;
      const res = await app.request(path);
      if (res.status !== 200) throw new Error(`export-static: GET ${path} answered ${res.status}`);
      await write(id, lang ? { ...values, lang } : values, await res.text());
    }
  };
  await calendar('opportunitiesCalendar');
  for (const o of opportunities.items)
    if (o.when.kind !== 'unspecified') await calendar('opportunityCalendar', { opportunityId: o.id });
  for (const processId of await processIds(db)) await copy('getCoCreationProcess', { processId });
  return written;
}
