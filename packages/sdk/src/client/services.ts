import { listOf } from '../schemas/envelopes.js';
import { PublicServiceSchema, type PublicService } from '../schemas/service.js';
import { getServiceRoute, listServicesRoute, routeUrl, staticUrl } from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';
import { filterServices, SERVICE_FILTER_KEYS, type ServiceFilter } from '../rules/services.js';

const ServiceList = /* @__PURE__ */ listOf(PublicServiceSchema);

/** `GET /services?institution=&q=&lang=`; a static export is filtered here the same way the API filters. */
export async function listServices(
  core: Core,
  filter: ServiceFilter = {},
  options?: CallOptions,
): Promise<PublicService[]> {
  const route = {
    path: routeUrl(listServicesRoute, {}),
    query: Object.fromEntries(SERVICE_FILTER_KEYS.map((key) => [key, filter[key]])),
    staticPath: staticUrl(listServicesRoute, {}),
  };
  const list = await core.read('listServices', route, ServiceList, options);
  return core.mode === 'static' ? filterServices(list.items, filter) : list.items;
}

/** `GET /services/{serviceId}`. */
export async function getService(core: Core, serviceId: string, options?: CallOptions): Promise<PublicService> {
  const route = {
    path: routeUrl(getServiceRoute, { serviceId }),
    staticPath: staticUrl(getServiceRoute, { serviceId }),
  };
  return core.read('getService', route, PublicServiceSchema, options);
}
