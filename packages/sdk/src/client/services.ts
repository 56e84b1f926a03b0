import { listOf } from '../schemas/envelopes.js';
import { PublicServiceSchema, type PublicService } from '../schemas/service.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

const ServiceList = /* @__PURE__ */ listOf(PublicServiceSchema);

export interface ServiceFilter {
  /** Only services this institution is competent for (`competentAuthorityIds`). */
  institution?: string;
  /** Free text, matched in any language against name and description, accents and case ignored. */
  q?: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');

/** The same filter the API applies, for static exports (which hold every service in one file). */
export function filterServices(services: readonly PublicService[], filter: ServiceFilter): PublicService[] {
  const needle = filter.q ? fold(filter.q.trim()) : '';
  return services.filter(
    (s) =>
      (!filter.institution || s.competentAuthorityIds.includes(filter.institution)) &&
      (!needle ||
        [...Object.values(s.name.values), ...Object.values(s.description.values)].some((t) =>
          fold(t).includes(needle),
        )),
  );
}

/** `GET /services?institution=&q=`. */
export async function listServices(
  core: Core,
  filter: ServiceFilter = {},
  options?: CallOptions,
): Promise<PublicService[]> {
  const route = {
    path: 'services',
    query: { institution: filter.institution, q: filter.q },
    staticPath: 'services/index.json',
  };
  const list = await core.read('listServices', route, ServiceList, options);
  return core.mode === 'static' ? filterServices(list.items, filter) : list.items;
}

/** `GET /services/{serviceId}`. */
export async function getService(core: Core, serviceId: string, options?: CallOptions): Promise<PublicService> {
  const path = `services/${encodeURIComponent(serviceId)}`;
  return core.read('getService', { path, staticPath: `${path}.json` }, PublicServiceSchema, options);
}
