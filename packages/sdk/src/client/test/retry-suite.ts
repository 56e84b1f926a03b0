// What the retry tests (client-retry.test.ts, client-retry-writes.test.ts) share: a retry policy that waits
// milliseconds, the proposal they send, and one loopback server per describe block.
import { after, before } from 'node:test';
import { startLoopback, type Loopback } from './loopback.js';

export const fast = { limit: 2, baseDelayMs: 5 };

export const proposal = {
  type: 'proposal',
  subject: { serviceId: 'example-birth-certificate' },
  message: 'Please allow ordering the extract online.',
  language: 'en',
} as const;

/** Starts a loopback server before the enclosing describe block's tests (handed to `use`) and closes it after them. */
export function withLoopback(use: (server: Loopback) => void): void {
  let server: Loopback | undefined;
  before(async () => use((server = await startLoopback())));
  after(() => server?.close());
}
