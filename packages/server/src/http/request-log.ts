import type { IncomingMessage } from 'node:http';
import type { Database } from '../db/types.js';
import { clientAddress, type TrustProxy } from './client-address.js';
import { ClientHasher } from './client-id.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { SharedClientHasher } from './shared-limits.js';

/** What is known of one answered request, for its log line and its count in `/metrics`. */
export interface RequestRecord {
  requestId: string;
  method: string;
  /** The route pattern (`/api/v1/plans/:planId`), never the path: status tokens live there. */
  route: string;
  /** The route table's id (`getPlan`), or the server route's own name, or `other`. */
  routeId: string;
  status: number;
  seconds: number;
  /** The salted hash of the client's address (`client-id.ts`), never the address. */
  client: string;
}

/** The client hash: the salt in the database for several instances on one Postgres, else in memory. */
export interface ClientHashing {
  hash(address: string): string | Promise<string>;
}
export const clientHasherFor = (db: Database, shared: boolean | undefined, now: () => Date): ClientHashing =>
  shared ? new SharedClientHasher(db, now) : new ClientHasher(now);

/**
 * Every answer's record, once: counted in `hapur_http_request_duration_seconds` and written as the `request`
 * JSON line (docs/deployment.md, "Logs and request ids"). The app's first middleware and the listener's fast
 * `304` (fast-not-modified.ts) both end here, so the two kinds of answer log and count alike.
 */
export function recordRequest(logger: Logger, metrics: Metrics, r: RequestRecord): void {
  metrics.observeRequest(r.routeId, r.method, r.status, r.seconds);
  logger.info('request', {
    requestId: r.requestId,
    method: r.method,
    route: r.route,
    routeId: r.routeId,
    status: r.status,
    ms: Math.round(r.seconds * 10_000) / 10,
    client: r.client,
  });
}

/**
 * The record of a request the listener answered itself, with the client hash from the socket and
 * `X-Forwarded-For` as the app computes it. The hash (an HMAC, the costliest part) feeds only the log line,
 * so it is skipped when the logger writes no `info` lines; the count in `/metrics` is always made.
 */
export function recordListenerAnswer(
  deps: { logger: Logger; metrics: Metrics; hasher: ClientHashing; trustProxy: TrustProxy },
  req: IncomingMessage,
  answer: Omit<RequestRecord, 'client' | 'method'>,
): void | Promise<void> {
  const method = req.method ?? 'GET';
  if (deps.logger.writes?.('info') === false)
    return recordRequest(deps.logger, deps.metrics, { ...answer, method, client: '' });
  const forwarded = req.headers['x-forwarded-for'];
  const chain = Array.isArray(forwarded) ? forwarded.join(', ') : forwarded;
  const client = deps.hasher.hash(clientAddress(req.socket.remoteAddress ?? 'unknown', chain, deps.trustProxy));
  if (typeof client === 'string') return recordRequest(deps.logger, deps.metrics, { ...answer, method, client });
  return client.then((hash) => recordRequest(deps.logger, deps.metrics, { ...answer, method, client: hash }));
}
