import { listOf } from '../schemas/envelopes.js';
import { PublicServiceSchema, type PublicService } from '../schemas/service.js';
import { ServiceQuerySchema } from '../schemas/service-query.js';
import { getServiceRoute, listServicesRoute, routeUrl, staticUrl } from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';
import { filterServices, SERVICE_FILTER_KEYS, serviceFilterFrom, type ServiceFilter } from '../rules/services.js';
import { parseInput } from './validate.js';

const ServiceList = /* @__PURE__ */ listOf(PublicServiceSchema);

/**
 * `GET /services?institution=&q=&lang=&status=` as the API answers it, unfiltered in static mode (the export's one
 * file): for code that only ever reads the API, such as a staff tool, which then carries no transliteration table.
 * Everyone else calls {@link listServices}, which answers the same in both modes.
 */
export async function readServiceList(
  core: Core,
  filter: ServiceFilter = {},
  options?: CallOptions,
): Promise<PublicService[]> {
  const route = {
    path: routeUrl(listServicesRoute, {}),
    query: Object.fromEntries(SERVICE_FILTER_KEYS.map((key) => [key, filter[key]])),
    staticPath: staticUrl(listServicesRoute, {}),
  };
  return (await core.read('listServices', route, ServiceList, options)).items;
}

/**
 * `GET /services?institution=&q=&lang=&status=`; a static export is filtered here the same way the API filters,
 * `q` in either Serbian script (`cyrillicToLatin`, as the server does; loaded when a static export is searched), and
 * a filter the API refuses (`ServiceQuerySchema`) is an `InputValidationError` in both modes.
 */
export async function listServices(
  core: Core,
  filter: ServiceFilter = {},
  options?: CallOptions,
): Promise<PublicService[]> {
  // A filter the API answers 400 (a status it does not know) is refused here too, not answered with an empty list.
  if (core.mode === 'static') parseInput(ServiceQuerySchema, serviceFilterFrom({ ...filter }), 'request');
  const items = await readServiceList(core, filter, options);
  if (core.mode !== 'static') return items;
  // The letter table only where a static export is searched: an API reader's bundle does not carry it (0.8 KB gzip).
  const letters = filter.q?.trim() ? (await import('../i18n/transliterate.js')).cyrillicToLatin : undefined;
  return filterServices(items, filter, letters);
}

/** `GET /services/{serviceId}`. */
export async function getService(core: Core, serviceId: string, options?: CallOptions): Promise<PublicService> {
  const route = {
    path: routeUrl(getServiceRoute, { serviceId }),
    staticPath: staticUrl(getServiceRoute, { serviceId }),
  };
  return core.read('getService', route, PublicServiceSchema, options);
}
