import { loadInstitution } from '../domain/institutions.js';
import { participationStats } from '../domain/stats.js';
import { sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import { QUERY, readQuery, refuseBackwardsPeriod } from '../http/query.js';
import type { Handlers } from './define.js';

/** Aggregated, anonymous participation statistics. */
export const participationHandlers = {
  getParticipationStats: async (c) => {
    const institution = c.req.query('institution');
    const { from, to } = readQuery(c, { from: QUERY.date, to: QUERY.date });
    refuseBackwardsPeriod(from, to);
    const { db } = c.get('deps');
    // A typo is not an institution nobody wrote to (and a static export, with no file for it, answers 404 too).
    if (institution && !(await loadInstitution(db, institution)))
      throw problems.notFound(`No institution "${institution}".`);
    const stats = await participationStats(db, {
      ...(institution ? { institutionId: institution } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    return sendJson(c, stats);
  },
} satisfies Handlers;
