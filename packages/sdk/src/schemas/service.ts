import * as z from 'zod/mini';
import {
  CurrencySchema,
  IdSchema,
  IsoDateSchema,
  IsoDurationSchema,
  LangTagSchema,
  LocalizedTextSchema,
  UrlSchema,
  text,
} from './common.js';
import { ContactPointSchema, LegalResourceRefSchema } from './refs.js';

export const CHANNEL_TYPES = [
  'online',
  'e_kosova',
  'e_albania',
  'in_person',
  'phone',
  'email',
  'post',
  'mobile_app',
] as const;
export const SERVICE_STATUSES = ['active', 'inactive', 'under_development', 'withdrawn'] as const;

const Phone = /* @__PURE__ */ z.string().check(z.regex(/^\+?[0-9 ()./-]{3,40}$/));

/** Where and how the service is delivered (CPSV-AP Channel). */
export const ChannelSchema = z.object({
  id: IdSchema,
  type: z.enum(CHANNEL_TYPES),
  url: z.optional(UrlSchema),
  phone: z.optional(Phone),
  email: z.optional(z.email()),
  address: z.optional(LocalizedTextSchema),
  openingHours: z.optional(LocalizedTextSchema),
});
export type Channel = z.infer<typeof ChannelSchema>;

export const CostSchema = z.object({
  id: IdSchema,
  value: z.optional(/* @__PURE__ */ z.number().check(z.gte(0))),
  currency: z.optional(CurrencySchema),
  description: LocalizedTextSchema,
});
export type Cost = z.infer<typeof CostSchema>;

/** A public service, on the CPSV-AP model; rendered as schema.org GovernmentService. */
export const PublicServiceSchema = z.object({
  id: IdSchema,
  identifier: /* @__PURE__ */ text(1, 100),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  competentAuthorityIds: /* @__PURE__ */ z.array(IdSchema).check(z.minLength(1)),
  eligibility: z.optional(LocalizedTextSchema),
  steps: z.optional(z.array(z.object({ title: LocalizedTextSchema, description: z.optional(LocalizedTextSchema) }))),
  requiredDocuments: z.optional(
    z.array(
      z.object({
        name: LocalizedTextSchema,
        description: z.optional(LocalizedTextSchema),
        originalRequired: z.optional(z.boolean()),
      }),
    ),
  ),
  costs: z.optional(z.array(CostSchema)),
  processingTime: z.optional(IsoDurationSchema),
  processingTimeNote: z.optional(LocalizedTextSchema),
  legalDeadline: z.optional(
    z.object({
      duration: IsoDurationSchema,
      text: LocalizedTextSchema,
      legalBasis: z.optional(LegalResourceRefSchema),
    }),
  ),
  channels: z.array(ChannelSchema),
  contactPoint: z.optional(ContactPointSchema),
  complaint: z.optional(
    z.object({
      text: LocalizedTextSchema,
      body: z.optional(LocalizedTextSchema),
      within: z.optional(IsoDurationSchema),
      url: z.optional(UrlSchema),
    }),
  ),
  legalResources: z.optional(z.array(LegalResourceRefSchema)),
  languages: /* @__PURE__ */ z.array(LangTagSchema).check(z.minLength(1)),
  status: z.enum(SERVICE_STATUSES),
  relatedCommitmentIds: z.optional(z.array(IdSchema)),
  sourceUrl: z.optional(UrlSchema),
  lastReviewedAt: z.optional(IsoDateSchema),
  /** True for illustrative services written for Hapur's examples, not published by the institution. */
  example: z.optional(z.boolean()),
});
export type PublicService = z.infer<typeof PublicServiceSchema>;
export type PublicServiceInput = z.input<typeof PublicServiceSchema>;
