import * as z from 'zod/mini';
import { CountrySchema, IdSchema, LocalizedTextSchema, UrlSchema } from './common.js';
import { SectorSchema } from './refs.js';

export const INSTITUTION_KINDS = [
  'government_office',
  'ministry',
  'executive_agency',
  'independent_institution',
  'municipality',
  'municipal_directorate',
  'assembly',
  'judiciary',
  'public_enterprise',
  'cso',
  'private_sector',
  'academia',
  'international_org',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const INSTITUTION_LEVELS = ['central', 'local', 'international'] as const;

/** A public body or organisation. Ids are `<country>-<acronym or slug>`: `xk-mapl`, `al-mod`. */
export const InstitutionSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  shortName: z.optional(LocalizedTextSchema),
  kind: z.enum(INSTITUTION_KINDS),
  sector: SectorSchema,
  country: CountrySchema,
  level: z.enum(INSTITUTION_LEVELS),
  website: z.optional(UrlSchema),
  parentId: z.optional(IdSchema),
});
export type Institution = z.infer<typeof InstitutionSchema>;
export type InstitutionInput = z.input<typeof InstitutionSchema>;
