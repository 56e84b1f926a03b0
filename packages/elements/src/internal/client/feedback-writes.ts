import { NetworkError } from '@hapur/sdk';
import type { MethodSet } from './registry.js';
import { importWhileOnline } from '../while-online.js';

/**
 * The form sends, and reads a draft plan's guiding questions. Both load on first use: the plan read (its schemas
 * are ~1.6 KB gzip) only on a page with a draft plan's form, the send (zod and the input schema) when the person
 * sends, or a queued message is delivered (with ky and the SDK core: a page with the form loads neither before).
 * @internal
 */
export const feedbackWrites: MethodSet<'submitFeedback' | 'getPlan'> = (entry) => ({
  getPlan: async (planId, options) =>
    (await importWhileOnline(() => import('./plan-reads-lazy.js'))).lazyGetPlan(entry)(planId, options),
  submitFeedback: async (input, options) => {
    // Offline before the send ever loaded: the message never left, as when its request finds no network (the form
    // keeps it in its outbox and sends it when the connection returns).
    const lazy = await importWhileOnline(() => import('./submit-lazy.js')).catch((cause: unknown) => {
      throw new NetworkError({ method: 'POST', url: new URL('feedback', entry.base).href, cause });
    });
    return lazy.send(entry, input, options);
  },
});
