import type * as z from 'zod/mini';
import { PAGE_MAX, PAGE_SIZE_MAX } from '../schemas/envelopes.js';
import type { PathParams, RouteId, RoutePath } from './paths.js';

// The vocabulary of the route table (table.ts and its parts table-*.ts): what a route's documentation
// holds, `spec` to write one entry, and the parameters several resources share.

export type Json = Record<string, unknown>;

/** A path or query parameter: what it means and, when not a plain string, its JSON Schema. */
export interface ParamDoc {
  readonly description: string;
  readonly schema?: Json;
}

/**
 * What a route answers on success: a schema of the contract (`list` wraps it in `{ items: [...] }`), an
 * inline JSON Schema, or other media types. Named schemas become `$ref`s in the OpenAPI document.
 */
export type RouteOutput = {
  readonly status?: 200 | 201;
  readonly description?: string;
  /** A write that may also create (a PUT): its `201` answer's description; the `201` carries `Location`. */
  readonly created?: string;
} & (
  | { readonly schema: z.ZodMiniType; readonly list?: true; readonly alternatives?: Readonly<Record<string, Json>> }
  | { readonly json: Json }
  | { readonly content: Readonly<Record<string, Json>> }
);

export type Named<N extends string> = [N] extends [never]
  ? { readonly [K in never]: ParamDoc }
  : { readonly [K in N]: ParamDoc };

/** The documentation and schemas of one route; parameter names are checked against its path and query. */
export type RouteDoc<R extends RoutePath> = {
  readonly summary: string;
  readonly pathParams: Named<PathParams<R['path']>>;
  /** The query parameters the endpoint reads. */
  readonly queryParams: { readonly [name: string]: ParamDoc };
  /** Extra header parameters (OpenAPI parameter objects). */
  readonly headers?: readonly Json[];
  /** The request body's schema; the server validates with it. */
  readonly input?: z.ZodMiniType;
  readonly output: RouteOutput;
  /**
   * Problem statuses this route answers besides the ones every route of its kind may: a staff route
   * also 401, a write (POST, PUT) also 413 and 429, a route with a body also 400 and 415 (see `problemStatuses`).
   */
  readonly problems?: readonly number[];
  /**
   * Only staff screens call it, though it needs no token: its path constant is generated into the staff routes' file
   * (`paths-staff.generated.ts`) with theirs, so a page of public blocks never downloads it.
   */
  readonly onlyStaffScreens?: true;
};

export type RouteSpec<R extends RoutePath = RoutePath> = R & RouteDoc<R> & { readonly id: RouteId };

/**
 * One entry of the route table: where the route lives (method, path, static files, staff token) and its documentation,
 * with its id. The parameter names are checked against the path; the literal types stay (the server validates with
 * `input` typed, the generated path constants keep the path's placeholders).
 */
export const spec = <const K extends string, const R extends RoutePath>(
  id: K,
  route: R & RouteDoc<R>,
): R & { readonly id: K } => ({ id, ...route });

export const planId: ParamDoc = { description: 'Plan id, e.g. xk-2026-2028' };
export const number: ParamDoc = { description: 'Commitment number within the plan, e.g. 3' };
export const institutionId: ParamDoc = { description: 'Institution id' };
export const reference: ParamDoc = { description: 'Public reference' };
export const serviceId: ParamDoc = { description: 'Service id' };
/** A paged read's page number: from 1 to PAGE_MAX, which the server refuses above. */
export const page: ParamDoc = {
  description: 'Page, from 1',
  schema: { type: 'integer', minimum: 1, maximum: PAGE_MAX },
};
/** A paged read's page size: from 1 to PAGE_SIZE_MAX, which the server refuses above. */
export const pageSize: ParamDoc = {
  description: 'Items per page (default 20)',
  schema: { type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX },
};
export const none = {} as const;
/** A write's 201 answer: the word for what happened ('Created', 'Recorded', 'Received') and what was made. */
export const created = <S extends z.ZodMiniType>(description: string, schema: S) =>
  ({ status: 201, description, schema }) as const;
export const boolParam = (description: string): ParamDoc => ({ description, schema: { type: 'boolean' } });
export const staffIdempotency: readonly Json[] = [
  {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'A repeat with the same key answers the first result and records nothing new.',
    schema: { type: 'string', maxLength: 255 },
  },
];
/** The inbox filters, shared by the list and its CSV. */
