import type { Context, ContextCallback } from '@lit/context';
import type { ReactiveElement } from 'lit';
import type { HapurClient } from '@hapur/sdk';

/** What `<hapur-provider>` shares with every block inside it. @internal */
export interface HapurConfig {
  /** Base URL of the Hapur API, e.g. `/api/v1`. */
  api?: string | undefined;
  /** A ready client (tests and apps that configure fetch, auth or caching themselves): every block reads and writes through it. */
  client?: HapurClient | undefined;
}

/** The context key of the Context Community Protocol (what @lit/context's `createContext` returns for it). */
export const hapurConfigContext = Symbol.for('hapur-config') as Context<symbol, HapurConfig>;

/**
 * A subscribing `context-request` event of the Context Community Protocol, as @lit/context's `ContextRequestEvent`
 * makes it, without the class (its module would be one more in the kit every page loads). The loader's context root
 * (`context-root.ts`) writes the same few lines for itself, so that it shares no module with the kit. @internal
 */
export const contextRequest = <T>(context: unknown, target: Element, callback: ContextCallback<T>): Event =>
  Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context,
    contextTarget: target,
    callback,
    subscribe: true,
  });

/**
 * Keeps a block's `config` set to the nearest `<hapur-provider>`'s settings, and sets it again at each change, from
 * the element's construction (before its own controllers): what @lit/context's `@consume({ subscribe: true })` and
 * its `ContextConsumer` do for a subscription, in a few lines of the kit every page loads (issue #20). When
 * connected, the block asks with a `context-request`; the provider answers now and at each change, with a function
 * to stop; an answer from another provider (the block moved, a nearer one arrived) stops the old subscription, and
 * so does disconnecting. HapurElement calls it in its class body for every block (`static { consumeConfig(this); }`). @internal
 */
export const consumeConfig = (block: typeof ReactiveElement): void =>
  block.addInitializer((element) => {
    const host = element as ReactiveElement & { config?: HapurConfig };
    let unsubscribe: (() => void) | undefined;
    const callback: ContextCallback<HapurConfig> = (value, stop) => {
      if (unsubscribe !== stop) unsubscribe?.();
      unsubscribe = stop;
      host.config = value;
      host.requestUpdate();
    };
    host.addController({
      hostConnected: () => host.dispatchEvent(contextRequest(hapurConfigContext, host, callback)),
      hostDisconnected: () => {
        unsubscribe?.();
        unsubscribe = undefined;
      },
    });
  });
