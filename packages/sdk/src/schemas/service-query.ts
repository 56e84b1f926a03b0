import * as z from 'zod/mini';
import { LangTagSchema, canonicalLangTag } from './common.js';
import { SERVICE_STATUSES } from './service.js';

// Apart from service.ts: a bundle that reads or edits services without a static export's list does not carry it.

/**
 * A list's language filter: a language tag in any letter case, bare `sr` too (Serbian in either script). The API's
 * `?lang=` filter checks with it too (server `http/query.ts`).
 */
export const isLangFilter = (value: string) => {
  const tag = canonicalLangTag(value);
  return tag === 'sr' || LangTagSchema.safeParse(tag).success;
};

/**
 * The service list's filter (`GET /services?institution=&q=&lang=&status=`, the rules' `ServiceFilter`, its empty
 * values left out): a status of `SERVICE_STATUSES` and a language tag. What the API answers 400 `invalid_query`; a
 * static client refuses it too, before reading (`InputValidationError`, as the API's 400 gives), not with an empty list.
 */
export const ServiceQuerySchema = /* @__PURE__ */ z.object({
  institution: z.optional(z.string()),
  q: z.optional(z.string()),
  lang: z.optional(/* @__PURE__ */ z.string().check(z.refine(isLangFilter))),
  status: z.optional(z.enum(SERVICE_STATUSES)),
});
