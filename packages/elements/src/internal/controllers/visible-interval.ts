import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `tick` every `ms` while the page is visible (`document.visibilityState`), and once at once when a
 * hidden page comes back after at least `ms`: a background tab makes no requests, and a staff member who
 * returns sees fresh data without waiting a minute. Stops while the host is disconnected or `enabled()`
 * is false (signed out). @internal
 */
export class VisibleInterval implements ReactiveController {
  #timer: ReturnType<typeof setInterval> | undefined;
  #last = Date.now();

  readonly #ms: number;
  readonly #tick: () => void;
  readonly #enabled: () => boolean;

  constructor(host: ReactiveControllerHost, ms: number, tick: () => void, enabled: () => boolean = () => true) {
    this.#ms = ms;
    this.#tick = tick;
    this.#enabled = enabled;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#onVisibility();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  /** Counts the wait from now (after a refresh the block made itself). */
  reset(): void {
    this.#last = Date.now();
  }

  #stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #run = (): void => {
    if (document.visibilityState !== 'visible' || !this.#enabled()) return;
    this.#last = Date.now();
    this.#tick();
  };

  #onVisibility = (): void => {
    this.#stop();
    if (document.visibilityState !== 'visible') return;
    if (Date.now() - this.#last >= this.#ms) this.#run();
    this.#timer = setInterval(this.#run, this.#ms);
  };
}
