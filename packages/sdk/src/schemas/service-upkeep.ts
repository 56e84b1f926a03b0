import * as z from 'zod/mini';
import { IdSchema, IsoDateTimeSchema, LocalizedTextSchema, missingLanguages, reasonIssue, text } from './common.js';
import { PublicServiceSchema, SERVICE_STATUSES } from './service.js';

/** The statuses staff set by `PUT`; `withdrawn` is set only by `POST /services/{serviceId}/withdraw`. */
export const EDITABLE_SERVICE_STATUSES = SERVICE_STATUSES.filter(
  (s): s is Exclude<(typeof SERVICE_STATUSES)[number], 'withdrawn'> => s !== 'withdrawn',
);

/**
 * What staff send to `PUT /services/{serviceId}`: a whole service (create or replace). `id` may be sent and
 * must then equal the path's; `lastReviewedAt` is the server's (the day of the write) and may be sent back as
 * read, it is ignored. Unknown fields are refused.
 */
export const ServiceInputSchema = /* @__PURE__ */ z
  .strictObject({
    ...PublicServiceSchema.shape,
    id: z.optional(IdSchema),
    status: z.enum(EDITABLE_SERVICE_STATUSES),
  })
  .check(
    // Also beside other problems (`when`), so a form lists them all at once.
    z.check<Record<string, unknown>>(
      (ctx) => {
        const languages = Array.isArray(ctx.value['languages']) ? (ctx.value['languages'] as unknown[]) : [];
        textsInLanguages(ctx.value, [], languages, ctx.issues);
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  );
export type ServiceInput = z.input<typeof ServiceInputSchema>;

/**
 * Every text of a card has a value in its `source` language and in each language the card declares
 * ({@link missingLanguages}); a missing one is `required` at `<text>.values.<lang>`, the form's control for it.
 */
function textsInLanguages(value: unknown, path: PropertyKey[], languages: unknown[], issues: unknown[]): void {
  if (value === null || typeof value !== 'object') return;
  const values = (value as { values?: unknown }).values;
  if (values !== null && typeof values === 'object' && !Array.isArray(values)) {
    for (const lang of missingLanguages({ ...value, values: values as Record<string, unknown> }, languages))
      issues.push(reasonIssue([...path, 'values', lang], 'required', value));
    return;
  }
  for (const [key, child] of Object.entries(value))
    textsInLanguages(child, [...path, Array.isArray(value) ? Number(key) : key], languages, issues);
}

/** `POST /services/{serviceId}/withdraw`: why, shown in the change history. */
export const ServiceWithdrawInputSchema = /* @__PURE__ */ z.strictObject({
  note: z.optional(LocalizedTextSchema),
});
export type ServiceWithdrawInput = z.input<typeof ServiceWithdrawInputSchema>;

/** A service with the version to send back in `If-Match` (also the `ETag` header of `GET /services/{serviceId}`). */
export const ServiceRevisionSchema = z.object({
  service: PublicServiceSchema,
  etag: /* @__PURE__ */ text(1, 200),
});
export type ServiceRevision = z.infer<typeof ServiceRevisionSchema>;

/** `reviewed`: checked and still correct (`POST /services/{serviceId}/review`), no field changed. */
export const SERVICE_CHANGE_ACTIONS = ['created', 'replaced', 'withdrawn', 'reviewed'] as const;

/**
 * One entry of a service's change history: who (the staff token's name), when, which top-level fields changed
 * (none for `reviewed`; a `replaced` entry without fields, written before saving unchanged cards was refused,
 * says no more than a review).
 */
export const ServiceChangeSchema = z.object({
  serviceId: IdSchema,
  at: IsoDateTimeSchema,
  by: /* @__PURE__ */ text(1, 200),
  institutionId: IdSchema,
  action: z.enum(SERVICE_CHANGE_ACTIONS),
  fields: z.array(/* @__PURE__ */ text(1, 100)),
  note: z.optional(LocalizedTextSchema),
});
export type ServiceChange = z.infer<typeof ServiceChangeSchema>;
