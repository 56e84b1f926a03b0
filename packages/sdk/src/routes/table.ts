import type * as z from 'zod/mini';
import type { RouteId } from './paths.js';
import { none, spec, type RouteSpec } from './route-doc.js';
import { PLAN_ROUTES } from './table-plans.js';
import { FEEDBACK_ROUTES } from './table-feedback.js';
import { COCREATION_ROUTES } from './table-cocreation.js';

export type { ParamDoc, RouteDoc, RouteOutput, RouteSpec } from './route-doc.js';

/**
 * The API, one entry per endpoint: where it lives (method, path, the static files that answer it, whether it needs a
 * staff token), its summary, parameters, schemas and problems. The OpenAPI document, the server's routing and `/api`
 * page, and the client's paths all come from here (ADR 0006); the zod-free path constants the client and the blocks
 * import (the marked region of `paths.ts`, and `paths-staff.generated.ts`) are written from it by
 * `npm run routes:build -w @hapur/sdk`.
 * Adding an endpoint: an entry in its resource's `table-*.ts` (then `routes:build`), one handler in the server, one
 * client function.
 */
export const API_ROUTES = {
  ...PLAN_ROUTES,
  ...FEEDBACK_ROUTES,
  ...COCREATION_ROUTES,
  getOpenApi: /* @__PURE__ */ spec('getOpenApi', {
    method: 'GET',
    path: '/openapi.json',
    summary: 'OpenAPI 3.1 document generated from the SDK schemas (also at /openapi.json).',
    pathParams: none,
    queryParams: none,
    output: { description: 'This document', json: { type: 'object' } },
  }),
} satisfies { readonly [K in RouteId]: RouteSpec & { readonly id: K } };

/** The request body a route accepts, as its input schema parses it. */
export type RouteInput<K extends RouteId> = (typeof API_ROUTES)[K] extends { input: infer S extends z.ZodMiniType }
  ? z.output<S>
  : never;

/** Every problem status a route may answer: its own plus those of its kind (staff, a write, with a body). */
export function problemStatuses(route: RouteSpec): number[] {
  // Any route: 400 `invalid_query` for a query value with control characters; a route with an id in its path, 404 for
  // an id with them (the server's check before every handler, `refuseControlCharacters`).
  const all = new Set([...(route.problems ?? []), 400, ...(route.path.includes('{') ? [404] : [])]);
  if (route.staff) all.add(401);
  if (route.method !== 'GET') for (const s of [413, 429]) all.add(s);
  if (route.input) for (const s of [400, 415]) all.add(s);
  return [...all].sort((a, b) => a - b);
}
