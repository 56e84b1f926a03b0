import { Hono, type Context } from 'hono';
import { API_ROUTES, ROUTE_PATHS, type RouteId, type RoutePath } from '@hapur/sdk';
import type { AppEnv } from '../app-env.js';
import { requireStaff, type Staff } from '../auth/tokens.js';
import { problems } from '../http/problem.js';
import { refuseControlCharacters, refuseRepeatedParameters } from '../http/query.js';

/** The API's base path; every route of the SDK's route table is below it. */
export const API_BASE = '/api/v1';

/** `/plans/{planId}` → `/plans/:planId`, as a type: Hono then types `c.req.param('planId')`. */
type HonoPath<P extends string> = P extends `${infer A}{${infer N}}${infer B}` ? `${A}:${N}${HonoPath<B>}` : P;
/** The context a route's handler gets, its path parameters typed from the SDK's table. */
export type RouteContext<K extends RouteId> = Context<AppEnv, HonoPath<(typeof ROUTE_PATHS)[K]['path']>>;
/** Any handler's context, for helpers shared by several routes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyContext = Context<AppEnv, any>;
export type Handler<K extends RouteId = RouteId> = (c: RouteContext<K>) => Response | Promise<Response>;
/** Handlers of one resource, keyed by route id (an id not in the SDK's table is a type error). */
export type Handlers = { [K in RouteId]?: Handler<K> };

/** `/plans/{planId}` (OpenAPI, the SDK table) → `/plans/:planId` (Hono). */
export const honoPath = (path: string): string => path.replace(/\{([^}]+)\}/g, ':$1');

/**
 * One resource's sub-app: each handler at its route's method and path from the SDK's route table. A route
 * the table marks `staff` checks the bearer token before its handler runs (401 first, then the body).
 */
export function resource(handlers: Handlers): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const [id, handler] of Object.entries(handlers) as [
    RouteId,
    (c: AnyContext) => Response | Promise<Response>,
  ][]) {
    const route: RoutePath = ROUTE_PATHS[id];
    const parameters = Object.keys(API_ROUTES[id].queryParams);
    const checked = (c: AnyContext) => {
      refuseControlCharacters(c);
      refuseRepeatedParameters(c, parameters);
      return handler(c);
    };
    const guarded = route.staff
      ? async (c: AnyContext) => {
          // Staff answers (and their problems) are never cached: they depend on who asks.
          c.header('Cache-Control', 'no-store');
          c.set('staff', await requireStaff(c, c.get('deps').db, c.get('deps').now()));
          return checked(c);
        }
      : checked;
    app.on(route.method, honoPath(route.path), guarded);
  }
  return app;
}

const ROUTE_IDS = new Map(
  (Object.entries(ROUTE_PATHS) as [RouteId, RoutePath][]).map(([id, r]) => [
    `${r.method} ${API_BASE}${honoPath(r.path)}`,
    id,
  ]),
);

/**
 * The route id for the metrics and the log: the SDK table's id for the Hono pattern that matched (`HEAD` is a
 * `GET`), else the server route's own name, else `other` (unknown paths, preflights): a bounded set of labels.
 */
export function routeLabel(method: string, pattern: string, serverRoutes: ReadonlyMap<string, string>): string {
  return ROUTE_IDS.get(`${method === 'HEAD' ? 'GET' : method} ${pattern}`) ?? serverRoutes.get(pattern) ?? 'other';
}

/** The staff member behind this request (set on routes the table marks `staff`). */
export function currentStaff(c: AnyContext): Staff {
  const staff = c.get('staff');
  if (!staff) throw problems.unauthorized();
  return staff;
}
