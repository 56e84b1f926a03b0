import { PRIVATE_CACHE, sendJson } from '../http/conditional.js';
import { listDeliveries } from '../webhooks/deliveries.js';
import { currentStaff, type Handlers } from './define.js';

/** The delivery attempts of the token's institution's webhook (`webhooks/`). */
export const webhookDeliveryHandlers = {
  listWebhookDeliveries: async (c) => {
    const staff = currentStaff(c);
    return sendJson(c, { items: await listDeliveries(c.get('deps').db, staff.institutionId) }, PRIVATE_CACHE);
  },
} satisfies Handlers;
