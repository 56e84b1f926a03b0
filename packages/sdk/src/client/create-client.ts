import * as calls from './calls.js';
import { calendarUrl } from './cocreation.js';
import { createCore, type Core } from './core.js';
import type { ApiClientOptions, ClientOptions, StaticClientOptions, TokenSource } from './options.js';
import {
  getServiceRevision,
  listServiceChanges,
  putService,
  reviewService,
  withdrawService,
} from './service-upkeep.js';
import { listWebhookDeliveries } from './inbox.js';
import { inboxCalls, type InboxCalls } from './inbox-calls.js';
import { ROUTE_PATHS, type RouteId } from '../routes/paths.js';

type Rest<F> = F extends (core: Core, ...args: infer A) => infer R ? (...args: A) => R : never;
/** The functions of `calls` with the core given: `bound.x(...args)` is `x(core, ...args)`. */
type Bound<T> = { [K in keyof T]: Rest<T[K]> };

function bind<T extends Record<string, (core: Core, ...args: never[]) => unknown>>(core: Core, calls: T): Bound<T> {
  const bound: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(calls)) {
    bound[name] = (...args: never[]) => call(core, ...args);
  }
  return bound as Bound<T>;
}

type Calls = typeof calls;
/** The client functions named by a route id (the route table's). */
type CallId = Extract<keyof Calls, RouteId>;
/** Those of routes that need a staff token: only on a client created with one. */
type StaffCallId = { [K in CallId]: (typeof ROUTE_PATHS)[K] extends { readonly staff: true } ? K : never }[CallId];

/** Service upkeep under short names. */
const upkeep = {
  revision: getServiceRevision,
  put: putService,
  withdraw: withdrawService,
  review: reviewService,
  history: listServiceChanges,
};

/**
 * The public calls: every read, plus `submitFeedback` (which throws `ReadOnlyError` on a static client), by route id;
 * and `calendarUrl`, the address of an opportunity's calendar file.
 */
export interface HapurClient extends Bound<Pick<Calls, Exclude<CallId, StaffCallId>>> {
  readonly mode: 'api' | 'static';
  calendarUrl: Rest<typeof calendarUrl>;
}

/** The institution's inbox, short names (`client.staff.listSubmissions(…)`); the same functions by route id on the client. */
export interface StaffInbox extends InboxCalls {
  listWebhookDeliveries: Rest<typeof listWebhookDeliveries>;
}

/** Service upkeep, short names (`client.services.put(…)`); the same functions by route id on the client. */
export type ServiceUpkeep = Bound<typeof upkeep>;

/**
 * A client created with a `token`: the staff reads and writes as well, by route id, and the inbox and service upkeep
 * under short names.
 */
export interface HapurStaffClient extends HapurClient, Bound<Pick<Calls, StaffCallId>> {
  /** The inbox under short names. */
  staff: StaffInbox;
  /** Service upkeep under short names. */
  services: ServiceUpkeep;
}

function staffInbox(core: Core): StaffInbox {
  return { ...inboxCalls(core), listWebhookDeliveries: (options) => listWebhookDeliveries(core, options) };
}

/**
 * One object with every method. Convenient, but it pulls in every resource; an embed that only needs
 * services should use the tree-shakable form: `const core = createCore({ baseUrl }); await listServices(core)`.
 */
export function createClient(options: ApiClientOptions & { token: TokenSource }): HapurStaffClient;
export function createClient(options: ClientOptions): HapurClient;
export function createClient(options: ClientOptions): HapurClient | HapurStaffClient {
  const core = createCore(options);
  const withToken = options.token !== undefined;
  // Every client function named by a route id: the public ones, and the staff ones when there is a token.
  const mine = Object.fromEntries(
    Object.entries(ROUTE_PATHS).flatMap(([id, route]) => {
      const call = (calls as Record<string, unknown>)[id];
      return typeof call === 'function' && (withToken || !('staff' in route)) ? [[id, call]] : [];
    }),
  ) as Record<string, (core: Core, ...args: never[]) => unknown>;
  const client = { mode: core.mode, ...bind(core, { ...mine, calendarUrl }) };
  if (!withToken) return client as unknown as HapurClient;
  return { ...client, staff: staffInbox(core), services: bind(core, upkeep) } as unknown as HapurStaffClient;
}

/** Reads a static export (`plans/index.json`, `services/<id>.json`, …) with the same methods; writes throw `ReadOnlyError`. */
export function createStaticClient(
  staticBaseUrl: string | URL,
  options: Omit<StaticClientOptions, 'staticBaseUrl'> = {},
): HapurClient {
  return createClient({ ...options, staticBaseUrl });
}
