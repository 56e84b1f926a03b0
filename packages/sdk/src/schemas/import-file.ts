import * as z from 'zod/mini';
import { LocalizedTextSchema, text } from './common.js';
import { CoCreationProcessSchema, ContributionSchema, ParticipationOpportunitySchema } from './cocreation.js';
import { InstitutionSchema } from './institution.js';
import { ActionPlanSchema } from './plan.js';
import { ProgressUpdateSchema } from './progress-update.js';
import { PublicationCheckSchema, PublicationRequirementSchema } from './publication.js';
import { PublicServiceSchema } from './service.js';
import { SubmissionSeedSchema } from './submission-staff.js';

/** real = transcribed from a source document; example = illustrative; demonstration = invented to show the UI. */
export const PROVENANCE_KINDS = ['real', 'example', 'demonstration'] as const;

/**
 * One `hapur/v1` data file (docs/import-format.md). Milestone due dates are stored parsed; use
 * `validateImportFile`, which parses a hand-written `{ text, lang }` before validating.
 */
export const ImportFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal('hapur/v1'),
  provenance: z.strictObject({
    kind: z.enum(PROVENANCE_KINDS),
    source: /* @__PURE__ */ text(1, 1000),
    note: z.optional(LocalizedTextSchema),
  }),
  institutions: z.optional(z.array(InstitutionSchema)),
  plans: z.optional(z.array(ActionPlanSchema)),
  services: z.optional(z.array(PublicServiceSchema)),
  publicationRequirements: z.optional(z.array(PublicationRequirementSchema)),
  publicationChecks: z.optional(z.array(PublicationCheckSchema)),
  progressUpdates: z.optional(z.array(ProgressUpdateSchema)),
  submissions: z.optional(z.array(SubmissionSeedSchema)),
  cocreationProcesses: z.optional(z.array(CoCreationProcessSchema)),
  participationOpportunities: z.optional(z.array(ParticipationOpportunitySchema)),
  contributions: z.optional(z.array(ContributionSchema)),
});
export type ImportFile = z.infer<typeof ImportFileSchema>;
export type ImportFileInput = z.input<typeof ImportFileSchema>;
