import { createContext } from '@lit/context';
import type { HapurClient } from '@hapur/sdk';

/** What `<hapur-provider>` shares with every block inside it. @internal */
export interface HapurConfig {
  /** Base URL of the Hapur API, e.g. `/api/v1`. */
  api?: string | undefined;
  /** A ready client (tests and apps that configure fetch, auth or caching themselves): every block reads and writes through it. */
  client?: HapurClient | undefined;
}

export const hapurConfigContext = createContext<HapurConfig>(Symbol.for('hapur-config'));
