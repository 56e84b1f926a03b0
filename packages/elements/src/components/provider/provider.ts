import type { HapurClient } from '@hapur/sdk';
import { html, LitElement } from 'lit';
import { hapurConfigContext } from '../../internal/context.js';
import { ContextProvider } from '../../internal/context-provider.js';
import styles from './provider.styles.js';

/**
 * Shares configuration with every Hapur block inside it, so a page sets the API address once.
 * Its `lang` attribute is an ordinary `lang`: blocks inside resolve their language from it.
 *
 * @customElement hapur-provider
 * @summary Shared configuration (API address, client) for the Hapur blocks inside it.
 * @status experimental
 * @since 0.1.0
 *
 * @slot - Any content, including Hapur blocks at any depth.
 */
export class HapurProvider extends LitElement {
  static override styles = styles;

  static override properties = {
    api: {},
    client: { attribute: false },
  };

  /** Base URL of the Hapur API used by blocks inside that do not set their own `api`, e.g. `/api/v1`. */
  api: string | undefined;

  /**
   * A `createClient()` result (from the `@hapur/sdk` package) for the citizen and co-creation blocks inside, set from
   * JavaScript; they use it before any `api`, the provider's or their own. The staff blocks take only its `api`.
   */
  client: HapurClient | undefined;

  /** Answers the blocks' requests for `hapurConfigContext` (the Context Community Protocol; they `@consume` it). */
  readonly #provider = new ContextProvider(this, hapurConfigContext, {});

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api') || changed.has('client')) this.#provider.set({ api: this.api, client: this.client });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-provider': HapurProvider;
  }
}
