import { randomUUID } from 'node:crypto';

/** What an incoming `X-Request-Id` may be to be kept: a proxy's or a client's id, nothing that could inject into a log. */
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * This request's id: the incoming `X-Request-Id` when a proxy or client sent a sane one (so one id follows a
 * request through the load balancer's log and ours), else a new UUID.
 */
export function requestId(incoming: string | undefined): string {
  return incoming !== undefined && SANE.test(incoming) ? incoming : randomUUID();
}
