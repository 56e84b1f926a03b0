import { mkdir, readFile, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { PAGE_SIZE_MAX, ROUTE_PATHS, UI_LANGUAGES, routeUrl, staticUrl, type RouteId } from '@hapur/sdk';
import { createApp } from './app.js';
import { testConfig } from './config.js';
import type { Database } from './db/types.js';
import { processIds } from './domain/cocreation.js';
import { institutionIds } from './domain/institutions.js';

type Values = Record<string, string>;

/** The file in which an export lists the files it wrote: the next export into the folder removes those it no longer writes. */
export const EXPORT_MANIFEST = '.hapur-export.json';

/** The folder cannot take an export: not empty and not written by one, or its list of files unreadable. */
export class ExportFolderError extends Error {
  override name = 'ExportFolderError';
}

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException | null)?.code === code;

/**
 * The files the previous export into `outDir` wrote (none for an empty or missing folder). A folder with other content
 * and no list is refused: the export deletes only files it wrote itself.
 */
async function previousExport(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir).catch((error: unknown) =>
    isCode(error, 'ENOENT') ? [] : Promise.reject(error),
  );
  if (entries.length === 0) return [];
  const manifest = join(outDir, EXPORT_MANIFEST);
  let text: string;
  try {
    text = await readFile(manifest, 'utf8');
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
    throw new ExportFolderError(
      `export-static: ${outDir} is not empty and holds no ${EXPORT_MANIFEST} from an earlier export; ` +
        'export into an empty folder (or one an earlier export wrote), so that no file of yours is overwritten or removed',
    );
  }
  let files: unknown;
  try {
    files = (JSON.parse(text) as { files?: unknown } | null)?.files;
  } catch {
    files = undefined;
  }
  const inside = (file: unknown): file is string => {
    if (typeof file !== 'string' || file === '' || file === EXPORT_MANIFEST) return false;
    const path = relative(outDir, resolve(outDir, file));
    return path === file && !isAbsolute(path) && !path.startsWith('..');
  };
  if (!Array.isArray(files) || !files.every(inside)) {
    throw new ExportFolderError(
      `export-static: ${manifest} is not the list of files an export wrote; remove the folder's content`,
    );
  }
  return files;
}

/** Removes the previous export's files this one did not write, and the folders that leaves empty. */
async function removeStale(outDir: string, previous: string[], written: Set<string>): Promise<void> {
  for (const file of previous) {
    if (written.has(file)) continue;
    await rm(join(outDir, file), { force: true });
    for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) {
      const emptied = await rmdir(join(outDir, dir)).then(
        () => true,
        () => false,
      );
      if (!emptied) break;
    }
  }
}

/**
 * Writes the read API as static JSON files, in the layout the SDK's route table names for each read
 * (`staticPaths`, which the SDK's static mode reads). The bytes come from the API itself. The folder must be empty or
 * hold an earlier export: the files that one wrote and this one does not are removed (a deleted plan's files), so the
 * folder holds what an export into an empty folder would. `EXPORT_MANIFEST` lists the files written.
 */
export async function exportStatic(db: Database, outDir: string): Promise<number> {
  const previous = await previousExport(outDir);
  await mkdir(outDir, { recursive: true });
  const written = new Set<string>();
  const list = (files: Iterable<string>) =>
    writeFile(join(outDir, EXPORT_MANIFEST), JSON.stringify({ files: [...files].sort() }, null, 2) + '\n');
  try {
    await writeAll(db, outDir, written);
  } catch (error) {
    // A failed export lists what it wrote beside the earlier files, so the next export still removes the stale ones.
    if (written.size > 0) await list(new Set([...previous, ...written]));
    throw error;
  }
  await list(written);
  await removeStale(outDir, previous, written);
  return written.size;
}

async function writeAll(db: Database, outDir: string, written: Set<string>): Promise<void> {
  const app = createApp({ db, config: testConfig() });
  const get = async (id: RouteId, values: Values = {}, query = ''): Promise<unknown> => {
    const path = `/api/v1/${routeUrl(ROUTE_PATHS[id], values as never)}${query}`;
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`export-static: GET ${path} answered ${res.status}`);
    return res.json();
  };
  const write = async (id: RouteId, values: Values, text: string) => {
    const file = staticUrl(ROUTE_PATHS[id], values);
    if (file === undefined) throw new Error(`export-static: the route table names no file for ${id}`);
    const target = join(outDir, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    written.add(file);
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
        const p = (await get('listComments', { planId, number }, `?page=${page}&pageSize=${PAGE_SIZE_MAX}`)) as {
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
  // Every service in the one file, the withdrawn ones too: the client's filter leaves them out of a list unless
  // `status=withdrawn` asks, as the API does, and an old link to one still reads it with its status. No filtered answer
  // mixes the two groups, so each keeps the API's order.
  const listed = (await get('listServices')) as { items: { id: string }[] };
  const withdrawn = (await get('listServices', {}, '?status=withdrawn')) as typeof listed;
  const services = { items: [...listed.items, ...withdrawn.items] };
  await put('listServices', {}, services);
  for (const { id: serviceId } of services.items) await copy('getService', { serviceId });
  await copy('listInstitutions');
  await copy('getParticipationStats');
  for (const institutionId of await institutionIds(db)) {
    const institution = { institution: institutionId };
    await copy('getParticipationStats', institution, `?institution=${encodeURIComponent(institutionId)}`);
    const periods = (await get('listPublicationPeriods', { institutionId })) as { items: { period: string }[] };
    await put('listPublicationPeriods', { institutionId }, periods);
    for (const { period } of periods.items) {
      await copy('getPublicationChecklist', { institutionId, period }, `?period=${period}`);
    }
    // What the API answers without a period: the client reads it when no quarter is checked yet (the requirements,
    // none checked), where it reads the latest checked quarter otherwise.
    if (periods.items.length === 0) await copy('getPublicationChecklist', { institutionId });
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
}
