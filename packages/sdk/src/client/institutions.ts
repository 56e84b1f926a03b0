import { listOf } from '../schemas/envelopes.js';
import { InstitutionSchema, type Institution } from '../schemas/institution.js';
import { listInstitutionsRoute, routeUrl, staticUrl } from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

const InstitutionList = /* @__PURE__ */ listOf(InstitutionSchema);

/** `GET /institutions`: every institution, ordered by id (the inbox's transfer form lists them by name). */
export async function listInstitutions(core: Core, options?: CallOptions): Promise<Institution[]> {
  const route = { path: routeUrl(listInstitutionsRoute, {}), staticPath: staticUrl(listInstitutionsRoute, {}) };
  return (await core.read('listInstitutions', route, InstitutionList, options)).items;
}
