import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HapurErrorEvent } from '../../events/error.js';
import { HapurLoadEvent, type HapurDataSource } from '../../events/load.js';
import { missingSourceError } from '../describe-error.js';

export const DATA_STATUSES = ['idle', 'loading', 'success', 'empty', 'error'] as const;
export type DataStatus = (typeof DATA_STATUSES)[number];

/**
 * One way to get the element's data; `key` changes when the source changes (new id, new URL).
 * `run` fetches; `now` reads data already in the page (inline JSON, a property) at once, so the first
 * render shows the content instead of a loading state that is replaced a moment later.
 */
export interface FetchTask<T> {
  source: HapurDataSource;
  key: string;
  run: (signal: AbortSignal) => Promise<T>;
}
export interface InPageTask<T> {
  source: HapurDataSource;
  key: string;
  now: () => T;
}
export type DataTask<T> = FetchTask<T> | InPageTask<T>;

export interface DataHost extends ReactiveControllerHost, EventTarget {
  toggleState(name: string, on: boolean): void;
  /** `lazy`: start only when the host comes near the viewport. */
  readonly loading?: 'eager' | 'lazy';
  /** False while the block's strings are loading: it is still "loading" to the page, whatever the data. */
  readonly languageReady?: boolean;
}

/** Lets the browser handle input and paint before the next piece of work (`scheduler.yield` where there is one). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** How far outside the viewport a lazy block starts loading: about a screen ahead of the reader. */
const LAZY_MARGIN = '600px 0px';

export interface DataControllerOptions<T> {
  /** Returns the task for the host's current configuration, or an error to show when none is configured. */
  task: () => DataTask<T> | undefined;
  isEmpty?: (data: T) => boolean;
}

/**
 * Loading → success / empty / error for one element, from whichever source it is configured with.
 * Reloads when the source changes, aborts stale requests, fires `hapur-load` / `hapur-error`, and
 * mirrors the status into custom states. Never fetches itself: tasks call the SDK.
 * @internal
 */
export class DataController<T> implements ReactiveController {
  status: DataStatus = 'idle';
  data: T | undefined;
  error: unknown;
  readonly #host: DataHost;
  readonly #options: DataControllerOptions<T>;
  #currentKey: string | undefined;
  #abort: AbortController | undefined;
  /** True once a lazy host has come near the viewport (always true for eager hosts). */
  #near = false;
  #watcher: IntersectionObserver | undefined;
  /** A `hapur-load` owed once the content is on screen (data in, and the block's strings loaded). */
  #owedLoad: { source: HapurDataSource; signal: AbortSignal } | undefined;

  constructor(host: DataHost, options: DataControllerOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#currentKey = undefined;
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#watcher?.disconnect();
    this.#watcher = undefined;
  }

  hostUpdated(): void {
    this.#syncStates();
    const owed = this.#owedLoad;
    if (!owed || this.#host.languageReady === false) return;
    this.#owedLoad = undefined;
    // "Loaded" means rendered: listeners may read the element's content.
    void this.#host.updateComplete.then(() => {
      if (!owed.signal.aborted) this.#host.dispatchEvent(new HapurLoadEvent({ source: owed.source }));
    });
  }

  hostUpdate(): void {
    if (!this.#nearViewport()) return;
    const task = this.#options.task();
    const key = task ? `${task.source}:${task.key}` : 'none';
    if (key !== this.#currentKey) void this.#start(task, key);
  }

  /** For `loading="lazy"`: false (and a watch started) until the host comes near the viewport. */
  #nearViewport(): boolean {
    if (this.#near || this.#host.loading !== 'lazy' || typeof IntersectionObserver === 'undefined') return true;
    if (!this.#watcher) {
      this.#setStatus('loading');
      this.#watcher = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          this.#near = true;
          this.#watcher?.disconnect();
          this.#watcher = undefined;
          this.#host.requestUpdate();
        },
        { rootMargin: LAZY_MARGIN },
      );
      this.#watcher.observe(this.#host as unknown as Element);
    }
    return false;
  }

  /** Loads again from the same source (the retry button); resolves once it has settled. */
  reload(): Promise<void> {
    return this.#start(this.#options.task(), this.#currentKey ?? 'none');
  }

  /**
   * Fetches the current source again in the background, keeping what is on screen (no loading state, no
   * events), e.g. after the block saved something. Resolves once the new data is in; when the fetch
   * fails, falls back to `reload()`, which shows the error with its retry button. With `keep`, what is on
   * screen stays when it fails and the promise rejects with the error (a form being typed in stays).
   */
  refresh(keep = false): Promise<void> {
    return this.#start(this.#options.task(), this.#currentKey ?? 'none', keep ? 'keep' : true);
  }

  async #start(task: DataTask<T> | undefined, key: string, quiet: boolean | 'keep' = false): Promise<void> {
    this.#currentKey = key;
    this.#abort?.abort();
    if (!task) {
      // Every block's own attributes differ (service-id, plan-id, institution…): the message names none of them.
      const error = missingSourceError('No data source: set api, data-src, or an inline JSON child');
      this.#settle('error', undefined, error);
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    if ('now' in task) {
      // Called from hostUpdate, before render: this update renders the result.
      let data: T;
      try {
        data = task.now();
      } catch (error) {
        this.#settle('error', undefined, error);
        return;
      }
      this.#succeed(task, data, abort.signal);
      return;
    }
    if (!quiet) {
      this.#setStatus('loading');
      this.#host.requestUpdate();
    }
    let data: T;
    try {
      data = await task.run(abort.signal);
      // Receiving and checking a large document is one task; rendering it, the next. Two shorter tasks
      // keep a phone responsive to taps (Lighthouse's Total Blocking Time) where one long one would not.
      await yieldToMain();
    } catch (error) {
      if (!abort.signal.aborted) {
        if (quiet === 'keep') throw error;
        if (quiet) void this.reload();
        else this.#settle('error', undefined, error);
      }
      return;
    }
    if (!abort.signal.aborted) this.#succeed(task, data, abort.signal, quiet !== false);
  }

  #succeed(task: DataTask<T>, data: T, signal: AbortSignal, quiet = false): void {
    // Fired after the update that renders it, or later if the block's strings are still loading.
    if (!quiet) this.#owedLoad = { source: task.source, signal };
    this.#settle(this.#options.isEmpty?.(data) ? 'empty' : 'success', data, undefined);
  }

  #settle(status: DataStatus, data: T | undefined, error: unknown): void {
    this.data = data;
    this.error = error;
    this.#setStatus(status);
    this.#host.requestUpdate();
    if (status === 'error') this.#host.dispatchEvent(new HapurErrorEvent({ error }));
  }

  #setStatus(status: DataStatus): void {
    this.status = status;
    this.#syncStates();
  }

  /** Mirrors the status into custom states; a block whose strings are not there yet is still loading. */
  #syncStates(): void {
    const waiting = this.#host.languageReady === false;
    this.#host.toggleState('loading', this.status === 'loading' || waiting);
    this.#host.toggleState('empty', !waiting && this.status === 'empty');
    this.#host.toggleState('error', !waiting && this.status === 'error');
  }
}
