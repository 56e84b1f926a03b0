import * as z from 'zod/mini';

/** One field problem inside a problem-details body. `path` is dotted: `contact.email`. */
export const FieldProblemSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

/** RFC 9457 problem details, with Hapur's machine `code` and per-field `errors`. */
export const ProblemDetailsSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: /* @__PURE__ */ z.number().check(z.int(), z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
  errors: z.optional(z.array(FieldProblemSchema)),
  /** The request's id (also the `X-Request-Id` header), for a person to quote to the site's support. */
  requestId: z.optional(z.string()),
});
export type ProblemDetails = z.infer<typeof ProblemDetailsSchema>;

/** `{ items: T[] }` — every collection endpoint wraps its array so fields can be added later. */
/* @__NO_SIDE_EFFECTS__ */
export function listOf<T extends z.core.$ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/**
 * The highest page a paged read serves (`page`: the staff inbox, a commitment's comments). The route table documents it
 * (OpenAPI's `maximum`), the inbox query's schema and the server check it.
 */
export const PAGE_MAX = 1_000_000;

/**
 * The most items a page holds (`pageSize`: the staff inbox, a commitment's comments). The route table documents it
 * (OpenAPI's `maximum`), the paging schemas and the server check it.
 */
export const PAGE_SIZE_MAX = 100;

/** `{ items, page, pageSize, total }` — a page of a longer list; pages start at 1. */
/* @__NO_SIDE_EFFECTS__ */
export function pageOf<T extends z.core.$ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: /* @__PURE__ */ z.number().check(z.int(), z.gte(1)),
    pageSize: /* @__PURE__ */ z.number().check(z.int(), z.gte(1), z.lte(PAGE_SIZE_MAX)),
    total: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
  });
}
