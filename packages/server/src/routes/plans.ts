import type { Hono } from 'hono';
import type { AppEnv } from '../app.js';
import { planToCsv } from '../domain/csv.js';
import { listPlans, loadPlan } from '../domain/plans.js';
import { sendCached, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';

/** Read endpoints for action plans and commitments. */
export function planRoutes(app: Hono<AppEnv>): void {
  app.get('/api/v1/plans', async (c) => sendJson(c, { items: await listPlans(c.get('deps').db) }));

  app.get('/api/v1/plans/:planId', async (c) => {
    const plan = await loadPlan(c.get('deps').db, c.req.param('planId'));
    if (!plan) throw problems.notFound(`No action plan "${c.req.param('planId')}".`);
    return sendJson(c, plan);
  });

  app.get('/api/v1/plans/:planId/commitments/:number', async (c) => {
    const { planId, number } = c.req.param();
    const plan = await loadPlan(c.get('deps').db, planId);
    if (!plan) throw problems.notFound(`No action plan "${planId}".`);
    const commitment = plan.commitments.find((x) => x.number === number);
    if (!commitment) throw problems.notFound(`Plan "${planId}" has no commitment ${number}.`);
    return sendJson(c, commitment);
  });

  app.get('/api/v1/plans/:planId/export.csv', async (c) => {
    const plan = await loadPlan(c.get('deps').db, c.req.param('planId'));
    if (!plan) throw problems.notFound(`No action plan "${c.req.param('planId')}".`);
    c.header('Content-Disposition', `attachment; filename="${plan.id}.csv"`);
    return sendCached(c, planToCsv(plan), 'text/csv; charset=utf-8; header=present');
  });

  app.get('/api/v1/plans/:planId/export.json', async (c) => {
    const plan = await loadPlan(c.get('deps').db, c.req.param('planId'));
    if (!plan) throw problems.notFound(`No action plan "${c.req.param('planId')}".`);
    c.header('Content-Disposition', `attachment; filename="${plan.id}.json"`);
    return sendCached(c, JSON.stringify(plan, null, 2), 'application/json; charset=utf-8');
  });
}
