import type { Institution } from '../schemas/institution.js';
import { listInstitutionsRoute, routeUrl, staticUrl } from '../routes/paths.js';
import { InstitutionListShape } from '../shapes/institution.generated.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

// Apart from `institutions.ts` (zod schemas): a bundler puts a module in one chunk, so the inbox would load zod's
// institution schema with it.

/**
 * `listInstitutions` checked by the shape compiled from `InstitutionSchema` instead of zod (ADR 0005), for a block
 * that only displays the list (the staff inbox's transfer form): same errors, unknown fields kept rather than stripped.
 */
export async function listInstitutionsForDisplay(core: Core, options?: CallOptions): Promise<Institution[]> {
  const route = { path: routeUrl(listInstitutionsRoute, {}), staticPath: staticUrl(listInstitutionsRoute, {}) };
  return (await core.read('listInstitutions', route, InstitutionListShape, options)).items;
}
