import type { Core, HapurClient } from '@hapur/sdk';
import type { HapurConfig } from '../context.js';

/** A method of the SDK client (`createClient()`), by name. */
export type ClientMethod = Exclude<keyof HapurClient, 'mode'>;

/**
 * The methods of the SDK client a block calls, typed exactly as `HapurClient`'s: a `createClient()`
 * result fits as is, and so does the registry's client for an `api` address.
 */
export type BlockClient<K extends ClientMethod> = Pick<HapurClient, K>;

/** One API base URL on the page, shared by every block that uses it. @internal */
export interface ApiEntry {
  /** The base URL resolved against the page, ending in `/`. */
  readonly base: URL;
  /** The SDK core of this base once a method set made it: one cache, one dedupe, one ETag memory. */
  core?: Core;
  /** Its read-only document core (`documents-of.ts`), for the display reads. */
  documents?: Core;
}

/**
 * Builds some of the client's methods for one base URL. Each block names only the sets it uses, so a
 * bundle holds only their code: the service card reads without ky or zod (ADR 0005), the tracker with
 * the SDK core and the plan schema. @internal
 */
export type MethodSet<K extends ClientMethod> = (entry: ApiEntry) => BlockClient<K>;

const registry = new Map<string, { entry: ApiEntry; client: Record<string, unknown> }>();

/**
 * The page's client for one API base URL (`/api/v1`), with at least the methods of `methods`. Every
 * block on the page that uses the same base gets the same object, so requests, caches and retries are
 * shared. @internal
 */
export function clientFor<K extends ClientMethod>(api: string, methods: MethodSet<K>): BlockClient<K> {
  const base = new URL(api.endsWith('/') ? api : `${api}/`, document.baseURI);
  let known = registry.get(base.href);
  if (!known) registry.set(base.href, (known = { entry: { base }, client: {} }));
  // A method already there (from another block's set) is kept: one implementation per name and base.
  for (const [name, method] of Object.entries(methods(known.entry))) known.client[name] ??= method;
  return known.client as unknown as BlockClient<K>;
}

/**
 * The client a block uses, in the order the sources win: its own `client`, the provider's `client`, then
 * the page's client for its own `api` or the provider's. `undefined` when none is configured. @internal
 */
export function pickClient<M extends ClientMethod, C = BlockClient<M>>(
  methods: MethodSet<M>,
  own: C | undefined,
  api: string | undefined,
  config: HapurConfig | undefined,
): C | BlockClient<M> | undefined {
  if (own) return own;
  if (config?.client) return config.client;
  const base = api ?? config?.api;
  return base ? clientFor(base, methods) : undefined;
}
