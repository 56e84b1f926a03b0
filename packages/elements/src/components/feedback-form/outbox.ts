import type { FeedbackInput } from '@hapur/sdk';
import type { FeedbackFormValues } from './feedback-form.types.js';

/** One submission waiting to be sent: the exact input and the key it was first tried with. */
export interface OutboxEntry {
  /** The `Idempotency-Key` of the first attempt; every retry reuses it, so the server records it once. */
  key: string;
  /** Which API the entry belongs to (its base URL), so a form only sends its own entries. */
  scope: string;
  /** The form configuration that queued it (`formKey`), so only that form shows its result. */
  form: string;
  input: FeedbackInput;
  /** What the citizen typed (without the honeypot), to put back in the form if the server refuses it. */
  values: Omit<FeedbackFormValues, 'website'>;
  queuedAt: number;
  /** How many times the server failed on it (5xx); after {@link MAX_SERVER_FAILURES} it goes back to the person. */
  serverFailures?: number;
  /** Not tried again before this time (ms since the epoch): the backoff after a server failure. */
  notBefore?: number;
}

/** A submission the server keeps failing on (5xx) is tried this many times, then handed back to the person. */
export const MAX_SERVER_FAILURES = 5;

/** The wait after the n-th server failure (n ≥ 1): 30 s, 1 min, 2 min, 4 min… */
export const serverRetryDelayMs = (failures: number): number => 30_000 * 2 ** (failures - 1);

/** Where queued submissions live. IndexedDB in browsers; a Map in tests. */
export interface OutboxStore {
  put(entry: OutboxEntry): Promise<void>;
  list(scope: string): Promise<OutboxEntry[]>;
  remove(key: string): Promise<void>;
}

/** How long an unsent submission is kept on the device: after 7 days it is deleted, not sent. */
export const OUTBOX_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Deletes the entries of `scope` queued more than {@link OUTBOX_MAX_AGE_MS} before `now`. @internal */
export async function dropExpired(store: OutboxStore, scope: string, now = Date.now()): Promise<void> {
  for (const entry of await store.list(scope))
    if (now - entry.queuedAt > OUTBOX_MAX_AGE_MS) await store.remove(entry.key);
}

const STORE = 'outbox';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Queued submissions in IndexedDB, which outlives a reload, a closed tab and a dead battery, so a
 * message written offline is still sent later. Entries hold the citizen's text and, when they
 * chose to be contacted, their contact details: they stay on this device and are deleted as soon
 * as the server has them.
 * @internal
 */
export class IdbOutbox implements OutboxStore {
  #db: Promise<IDBDatabase> | undefined;
  readonly name: string;

  constructor(name = 'hapur-feedback') {
    this.name = name;
  }

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(this.name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    });
    return this.#db;
  }

  async #tx(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.#open()).transaction(STORE, mode).objectStore(STORE);
  }

  async put(entry: OutboxEntry): Promise<void> {
    await request((await this.#tx('readwrite')).put(entry));
  }

  async list(scope: string): Promise<OutboxEntry[]> {
    const all = (await request((await this.#tx('readonly')).getAll())) as OutboxEntry[];
    return all.filter((entry) => entry.scope === scope).sort((a, b) => a.queuedAt - b.queuedAt);
  }

  async remove(key: string): Promise<void> {
    await request((await this.#tx('readwrite')).delete(key));
  }

  /** Closes the connection (tests delete the database afterwards). */
  async close(): Promise<void> {
    if (this.#db) (await this.#db).close();
    this.#db = undefined;
  }
}

/** An in-memory store with the same contract (node tests, and browsers without IndexedDB). */
export class MemoryOutbox implements OutboxStore {
  readonly entries = new Map<string, OutboxEntry>();

  async put(entry: OutboxEntry): Promise<void> {
    this.entries.set(entry.key, structuredClone(entry));
  }

  async list(scope: string): Promise<OutboxEntry[]> {
    return [...this.entries.values()].filter((e) => e.scope === scope).sort((a, b) => a.queuedAt - b.queuedAt);
  }

  async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
