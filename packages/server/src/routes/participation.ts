import { participationStats } from '../domain/stats.js';
import { sendJson } from '../http/conditional.js';
import { QUERY, readQuery } from '../http/query.js';
import type { Handlers } from './define.js';

/** Aggregated, anonymous participation statistics. */
export const participationHandlers = {
  getParticipationStats: async (c) => {
    const institution = c.req.query('institution');
    const { from, to } = readQuery(c, { from: QUERY.date, to: QUERY.date });
    const stats = await participationStats(c.get('deps').db, {
      ...(institution ? { institutionId: institution } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    return sendJson(c, stats);
  },
} satisfies Handlers;
