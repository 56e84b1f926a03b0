import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveElement } from 'lit';
import type { HapurClient } from '@hapur/sdk';

/** What `<hapur-provider>` shares with every block inside it. @internal */
export interface HapurConfig {
  /** Base URL of the Hapur API, e.g. `/api/v1`. */
  api?: string | undefined;
  /** A ready client (tests and apps that configure fetch, auth or caching themselves): every block reads and writes through it. */
  client?: HapurClient | undefined;
}

export const hapurConfigContext = createContext<HapurConfig>(Symbol.for('hapur-config'));

/**
 * Keeps a block's `config` set to the nearest `<hapur-provider>`'s settings, and sets it again at each change: what
 * `@consume({ context: hapurConfigContext, subscribe: true }) config` does, from the same moment (the element's
 * construction, before its own controllers), without the decorator's code in the kit every page loads (issue #20).
 * A block calls it in its class body: `static { consumeConfig(this); }`. @internal
 */
export const consumeConfig = (block: typeof ReactiveElement): void =>
  block.addInitializer((element) => {
    new ContextConsumer(element, {
      context: hapurConfigContext,
      subscribe: true,
      callback: (value) => {
        (element as ReactiveElement & { config?: HapurConfig }).config = value;
      },
    });
  });
