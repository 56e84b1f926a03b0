import type { FeedbackInput, FeedbackReceipt } from '@hapur/sdk';
import { MAX_SERVER_FAILURES, serverRetryDelayMs, type OutboxEntry, type OutboxStore } from './outbox.js';

/** Sends one input with a given idempotency key (the SDK client's `submitFeedback`). */
export type SendFeedback = (input: FeedbackInput, options: { idempotencyKey: string }) => Promise<FeedbackReceipt>;

export type DeliveryResult =
  | { outcome: 'sent'; entry: OutboxEntry; receipt: FeedbackReceipt }
  | { outcome: 'kept'; entry: OutboxEntry; error: unknown }
  | { outcome: 'refused'; entry: OutboxEntry; error: unknown };

const TRANSIENT_NAMES = new Set(['NetworkError', 'TimeoutError', 'ServerError']);

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function errorStatus(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : NaN;
  return Number.isFinite(status) ? status : undefined;
}

/** The server failed on it (5xx): kept, and tried again after a wait that grows with each failure. */
export function isServerFailure(error: unknown): boolean {
  const status = errorStatus(error);
  return errorName(error) === 'ServerError' || (status !== undefined && status >= 500);
}

/** Offline, timed out or a 5xx: worth keeping and sending again later with the same key. */
export function isTransient(error: unknown): boolean {
  if (TRANSIENT_NAMES.has(errorName(error))) return true;
  const status = errorStatus(error);
  return status !== undefined && status >= 500;
}

/** 429: the server asks us to wait (`retryAfter` seconds when it said). */
export function rateLimitSeconds(error: unknown): number | undefined | false {
  if (errorName(error) !== 'RateLimitError' && errorStatus(error) !== 429) return false;
  const retryAfter =
    typeof error === 'object' && error !== null && 'retryAfter' in error ? Number(error.retryAfter) : NaN;
  return Number.isFinite(retryAfter) ? retryAfter : undefined;
}

const running = new Map<string, Promise<DeliveryResult[]>>();

/**
 * Sends every queued entry of `scope`, oldest first, each with its own original key. Sent entries
 * are removed. Offline, a time-out or a 429 stops the run and keeps the rest for the next `online`
 * event, page load or retry. A server failure (5xx) keeps that entry with a growing wait
 * ({@link serverRetryDelayMs}) and goes on with the others, so one entry cannot block the queue;
 * after {@link MAX_SERVER_FAILURES} it is removed and reported like an entry the server refuses
 * outright (4xx), so the form puts the person's text back. `respectWaits: false` (a page load: a
 * person's action, not a loop) tries every entry once whatever its wait; the failure count still applies.
 * Concurrent calls for the same store and scope (an `online` event while the page-load flush
 * runs, two forms on one page) share one run, so nothing is posted twice from this page.
 * A run sends only what was queued before it began (`queuedBefore`, the caller's start): an entry a form
 * queues while the run reads a slow store has just been tried, and is not posted again at once.
 * @internal
 */
export function flushOutbox(
  store: OutboxStore,
  scope: string,
  send: SendFeedback,
  storeId = 'default',
  respectWaits = true,
  queuedBefore = Date.now(),
): Promise<DeliveryResult[]> {
  const id = `${storeId}|${scope}`;
  const existing = running.get(id);
  if (existing) return existing;
  const run = deliver(store, scope, send, respectWaits, queuedBefore).finally(() => running.delete(id));
  running.set(id, run);
  return run;
}

async function deliver(
  store: OutboxStore,
  scope: string,
  send: SendFeedback,
  respectWaits: boolean,
  queuedBefore: number,
): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const entry of await store.list(scope)) {
    if (entry.queuedAt >= queuedBefore) continue;
    const now = Date.now();
    if (respectWaits && (entry.notBefore ?? 0) > now) {
      results.push({ outcome: 'kept', entry, error: undefined });
      continue;
    }
    try {
      const receipt = await send(entry.input, { idempotencyKey: entry.key });
      await store.remove(entry.key);
      results.push({ outcome: 'sent', entry, receipt });
    } catch (error) {
      if (isServerFailure(error)) {
        const serverFailures = (entry.serverFailures ?? 0) + 1;
        if (serverFailures < MAX_SERVER_FAILURES) {
          const kept = { ...entry, serverFailures, notBefore: now + serverRetryDelayMs(serverFailures) };
          await store.put(kept);
          results.push({ outcome: 'kept', entry: kept, error });
          continue;
        }
      } else if (isTransient(error) || rateLimitSeconds(error) !== false) {
        results.push({ outcome: 'kept', entry, error });
        break;
      }
      await store.remove(entry.key);
      results.push({ outcome: 'refused', entry, error });
    }
  }
  return results;
}
