import { participationStats } from '../domain/stats.js';
import { sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import type { Handlers } from './define.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Aggregated, anonymous participation statistics. */
export const participationHandlers = {
  getParticipationStats: async (c) => {
    const { institution, from, to } = c.req.query();
    const bad = [
      ...(from && !DATE.test(from) ? [{ path: 'from', code: 'invalid_date', message: 'Use YYYY-MM-DD.' }] : []),
      ...(to && !DATE.test(to) ? [{ path: 'to', code: 'invalid_date', message: 'Use YYYY-MM-DD.' }] : []),
    ];
    if (bad.length > 0) throw problems.badRequest('invalid_query', 'Invalid query parameters.', bad);
    const stats = await participationStats(c.get('deps').db, {
      ...(institution ? { institutionId: institution } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    return sendJson(c, stats);
  },
} satisfies Handlers;
