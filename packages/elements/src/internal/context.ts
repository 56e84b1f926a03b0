import { createContext } from '@lit/context';
import type { ServiceReader } from './sdk-client.js';

/** What `<hapur-provider>` shares with every block inside it. @internal */
export interface HapurConfig {
  /** Base URL of the Hapur API, e.g. `/api/v1`. */
  api?: string | undefined;
  /** A ready client (tests and apps that configure fetch, auth or caching themselves). */
  client?: ServiceReader | undefined;
}

export const hapurConfigContext = createContext<HapurConfig>(Symbol.for('hapur-config'));
