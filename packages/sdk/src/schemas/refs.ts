import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, LangTagSchema, LocalizedTextSchema, UrlSchema, text } from './common.js';
import { SECTORS } from './sectors.js';

/** A law or regulation, optionally one article of it (ELI where one exists). */
export const LegalResourceRefSchema = z.object({
  title: LocalizedTextSchema,
  /**
   * The act's official number (`06/L-081`), without a word for "law": the title names the act, and the number shows
   * unchanged in every language.
   */
  number: z.optional(/* @__PURE__ */ text(1, 200)),
  article: z.optional(/* @__PURE__ */ text(1, 200)),
  url: z.optional(UrlSchema),
  eli: z.optional(/* @__PURE__ */ text(1, 500)),
});
export type LegalResourceRef = z.infer<typeof LegalResourceRefSchema>;

/** How to reach an office (CPSV-AP ContactPoint). */
export const ContactPointSchema = z.object({
  name: z.optional(LocalizedTextSchema),
  email: z.optional(z.email()),
  telephone: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\+?[0-9 ()./-]{3,40}$/))),
  contactPage: z.optional(UrlSchema),
  openingHours: z.optional(LocalizedTextSchema),
});
export type ContactPoint = z.infer<typeof ContactPointSchema>;

export const DOCUMENT_KINDS = [
  'document',
  'web_page',
  'dataset',
  'legal_act',
  'minutes',
  'report',
  'media',
  'procurement_record',
  'other',
] as const;

/** A link to a document used as evidence (of progress, of publication, of a response). */
export const DocumentRefSchema = z.object({
  id: z.optional(IdSchema),
  kind: z.enum(DOCUMENT_KINDS),
  title: LocalizedTextSchema,
  url: z.optional(UrlSchema),
  archivedUrl: z.optional(UrlSchema),
  languages: z.optional(z.array(LangTagSchema)),
  publishedAt: z.optional(IsoDateSchema),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

export { SECTORS } from './sectors.js';
export const SectorSchema = z.enum(SECTORS);

/** Who else works on a commitment or milestone: a known institution or a named group as written. */
export const SupportingActorSchema = z.object({
  sector: SectorSchema,
  name: LocalizedTextSchema,
  institutionId: z.optional(IdSchema),
});
export type SupportingActor = z.infer<typeof SupportingActorSchema>;
