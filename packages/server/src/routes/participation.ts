import type { Hono } from 'hono';
import { PeriodSchema, periodOf } from '@hapur/sdk';
import type { AppEnv } from '../app.js';
import { checklist, loadInstitution, periods } from '../domain/checklists.js';
import { participationStats } from '../domain/stats.js';
import { sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Participation statistics and proactive-publication checklists. */
export function participationRoutes(app: Hono<AppEnv>): void {
  app.get('/api/v1/participation/stats', async (c) => {
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
  });

  app.get('/api/v1/publication-checklists/:institutionId/periods', async (c) => {
    const { db } = c.get('deps');
    const institution = await loadInstitution(db, c.req.param('institutionId'));
    if (!institution) throw problems.notFound(`No institution "${c.req.param('institutionId')}".`);
    return sendJson(c, { items: await periods(db, institution) });
  });

  app.get('/api/v1/publication-checklists/:institutionId', async (c) => {
    const { db, now } = c.get('deps');
    const institution = await loadInstitution(db, c.req.param('institutionId'));
    if (!institution) throw problems.notFound(`No institution "${c.req.param('institutionId')}".`);
    let period = c.req.query('period');
    if (period !== undefined && !PeriodSchema.safeParse(period).success) {
      throw problems.badRequest('invalid_query', 'Invalid query parameters.', [
        { path: 'period', code: 'invalid_period', message: 'Use a quarter like 2026-Q1.' },
      ]);
    }
    // Without ?period: the latest quarter that has checks, else the current quarter.
    period ??= (await periods(db, institution)).at(-1)?.period ?? periodOf(now());
    return sendJson(c, await checklist(db, institution, period));
  });
}
