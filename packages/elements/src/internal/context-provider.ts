import type { Context, ContextCallback, ContextEvent } from '@lit/context';
import { contextRequest } from './context.js';

/**
 * The provider side of the Context Community Protocol for `<hapur-provider>`, the one block that provides: @lit/context's
 * `ContextProvider` and `@provide` do the same for any element, but weigh 1 KB gzip that the blocks' shared kit carried
 * to every page (issue #20). Answers each `context-request` for `context` from inside `host` with the value, keeps
 * subscribers and calls them again with each new value (they unsubscribe through the callback's second argument, as
 * @lit/context's consumers and `consumeConfig` do on disconnect); when connected, announces itself with `context-provider`, so the loader's
 * context root (`replayLateContextRequests`, context-root.ts) replays the requests of blocks that upgraded before it,
 * and an outer provider hands it the subscriptions of the blocks inside it. The blocks' consumer is `consumeConfig`
 * (context.ts); @lit/context's `ContextConsumer` is answered the same way (context-provider.test.ts).
 * @internal
 */
export class ContextProvider<T> {
  #value: T;
  readonly #subscribers = new Map<ContextCallback<T>, { consumer: Element; unsubscribe: () => void }>();

  constructor(
    host: HTMLElement & { addController(controller: { hostConnected(): void }): void },
    context: Context<unknown, T>,
    value: T,
  ) {
    this.#value = value;
    // Not from the provider itself: a provider nested in another asks the outer one.
    const from = (event: Event & { contextTarget?: Element }) => {
      const target = event.contextTarget ?? (event.composedPath()[0] as Element);
      return (event as { context?: unknown }).context === context && target !== host ? target : undefined;
    };
    host.addEventListener('context-request', (event) => {
      const consumer = from(event);
      if (!consumer) return;
      event.stopPropagation();
      const { callback, subscribe } = event as ContextEvent<Context<unknown, T>>;
      if (!subscribe) return callback(this.#value);
      let subscriber = this.#subscribers.get(callback);
      if (!subscriber)
        this.#subscribers.set(
          callback,
          (subscriber = { consumer, unsubscribe: () => this.#subscribers.delete(callback) }),
        );
      callback(this.#value, subscriber.unsubscribe);
    });
    // A provider inside this one connected: its blocks ask again, and the nearer provider answers.
    host.addEventListener('context-provider', (event) => {
      if (!from(event)) return;
      event.stopPropagation();
      for (const [callback, { consumer }] of this.#subscribers)
        consumer.dispatchEvent(contextRequest(context, consumer, callback));
    });
    host.addController({
      hostConnected: () =>
        host.dispatchEvent(
          Object.assign(new Event('context-provider', { bubbles: true, composed: true }), {
            context,
            contextTarget: host,
          }),
        ),
    });
  }

  /** Gives every subscribed block the new value (nothing when it is the same). */
  set(value: T): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const [callback, { unsubscribe }] of this.#subscribers) callback(value, unsubscribe);
  }
}
