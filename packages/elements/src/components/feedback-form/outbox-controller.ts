import type { FeedbackInput } from '@hapur/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { flushOutbox, isServerFailure, type DeliveryResult } from './delivery.js';
import type { FeedbackClient, FeedbackFormValues } from './feedback-form.types.js';
import {
  dropExpired,
  IdbOutbox,
  MemoryOutbox,
  serverRetryDelayMs,
  type OutboxEntry,
  type OutboxStore,
} from './outbox.js';

let sharedOutbox: OutboxStore | undefined;

/** The page's outbox: IndexedDB where it exists, memory otherwise (or after IndexedDB failed). */
function defaultOutbox(): OutboxStore {
  sharedOutbox ??= typeof indexedDB === 'undefined' ? new MemoryOutbox() : new IdbOutbox();
  return sharedOutbox;
}

/** What the controller needs from the form. */
export interface OutboxHost extends ReactiveControllerHost {
  /** The store set on the element, if any (tests); else the page's default. */
  readonly outbox: OutboxStore | undefined;
  /** The API the form sends to ('' for an injected client): entries are kept per scope. */
  readonly outboxScope: string;
  /** The form configuration: only entries it queued are reported back to it. */
  readonly formKey: string;
  /** The client to send with, or undefined when none is configured yet. */
  sender(): FeedbackClient | undefined;
  /** Called for each of this form's entries after a delivery run. */
  delivered(result: DeliveryResult): void;
}

/**
 * Keeps the form's failed submissions on the device and sends them when the connection returns
 * (`online`) and on the next page load, each with the idempotency key of its first attempt.
 * @internal
 */
export class OutboxController implements ReactiveController {
  readonly #host: OutboxHost;
  readonly #handleOnline = (): void => void this.flush(true);
  /** The next try of an entry the server failed on (its backoff), while the form is on the page. */
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: OutboxHost) {
    this.#host = host;
    host.addController(this);
  }

  get #store(): OutboxStore {
    return this.#host.outbox ?? defaultOutbox();
  }

  hostConnected(): void {
    window.addEventListener('online', this.#handleOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#handleOnline);
    clearTimeout(this.#retryTimer);
  }

  /**
   * Saves one submission for later, after `error`; falls back to memory when IndexedDB refuses (private mode, quota).
   * A server failure (5xx) counts as the first one. Whatever the failure (a server failure, a network that fails
   * while the browser still says it is online, a time-out), the message is tried again by itself after the first
   * wait (30 s) while the form is on the page, as one a later run kept is; `online` and a page load try it sooner.
   */
  async queue(key: string, input: FeedbackInput, values: FeedbackFormValues, error?: unknown): Promise<void> {
    const { website: _honeypot, ...typed } = values;
    void _honeypot;
    // Only what will be sent: contact details the person un-ticked are not kept on the device.
    const kept = typed.wantsContact ? typed : { ...typed, name: '', email: '', phone: '', consent: false };
    const entry: OutboxEntry = {
      key,
      scope: this.#host.outboxScope,
      form: this.#host.formKey,
      input,
      values: kept,
      queuedAt: Date.now(),
      ...(isServerFailure(error) ? { serverFailures: 1, notBefore: Date.now() + serverRetryDelayMs(1) } : {}),
    };
    await this.#store.put(entry).catch(() => (sharedOutbox = new MemoryOutbox()).put(entry));
    this.#retryAt([entry.notBefore ?? Date.now() + serverRetryDelayMs(1)]);
  }

  /** Tries again when the first of these waits is over (ms since the epoch), while the form is on the page. */
  #retryAt(waits: number[]): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => void this.flush(true), Math.max(1_000, Math.min(...waits) - Date.now()));
  }

  /**
   * Sends what is queued for this API; reports this form's entries to the host. A page load tries every
   * entry; the `online` event and the retry timer leave an entry the server failed on until its wait is over.
   */
  async flush(respectWaits = false): Promise<void> {
    // Before any await: what the form queues from here on (its own send just failed) waits for the next run.
    const started = Date.now();
    const client = this.#host.sender();
    if (!client) return;
    const store = this.#store;
    let results: DeliveryResult[];
    try {
      const storeId = store instanceof IdbOutbox ? store.name : 'memory';
      await dropExpired(store, this.#host.outboxScope);
      results = await flushOutbox(
        store,
        this.#host.outboxScope,
        (input, options) => client.submitFeedback(input, options),
        storeId,
        respectWaits,
        started,
      );
    } catch {
      // IndexedDB unavailable: nothing was queued there, so there is nothing to send.
      return;
    }
    for (const result of results) if (result.entry.form === this.#host.formKey) this.#host.delivered(result);
    // What was kept is tried again without a reload: an entry the server failed on once its backoff is over, one the
    // network failed on (or a 429 stopped) after the first wait.
    const waits = results.flatMap((r) =>
      r.outcome === 'kept' ? [r.entry.notBefore ?? Date.now() + serverRetryDelayMs(1)] : [],
    );
    if (waits.length) this.#retryAt(waits);
  }
}
