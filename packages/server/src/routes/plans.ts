import { listPlans } from '../domain/plans.js';
import { etagAsSent } from '../http/compression.js';
import { JSON_TYPE, PUBLIC_CACHE, matchesEtag, sendBuilt, sendCached, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import { tableToCsv, tableToXlsx } from '../spreadsheet/files.js';
import { plansToTable } from '../spreadsheet/plan-sheet.js';
import type { AnyContext, Handlers } from './define.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const loadPlan = async (c: AnyContext, id: string) => (await c.get('deps').plans.get(c.get('deps').db, id))?.plan;

async function planOr404(c: AnyContext, planId: string) {
  const plan = await loadPlan(c, planId);
  if (!plan) throw problems.notFound(`No action plan "${planId}".`);
  return plan;
}

/** Read endpoints for action plans and commitments. */
export const planHandlers = {
  listPlans: async (c) => sendJson(c, { items: await listPlans(c.get('deps').db, (id) => loadPlan(c, id)) }),

  getPlan: async (c) => {
    const cached = await c.get('deps').plans.get(c.get('deps').db, c.req.param('planId'));
    if (!cached) throw problems.notFound(`No action plan "${c.req.param('planId')}".`);
    // The cached bytes and ETag: no JSON work at all for a 304 (whose ETag is the 200's, weak when that is compressed).
    c.header('ETag', etagAsSent(cached.etag, c.req.header('Accept-Encoding'), JSON_TYPE));
    c.header('Cache-Control', PUBLIC_CACHE);
    c.header('Vary', 'Accept-Encoding, Origin');
    if (matchesEtag(c.req.header('If-None-Match'), cached.etag)) return c.body(null, 304);
    return c.body(cached.json, 200, { 'Content-Type': JSON_TYPE });
  },

  getCommitment: async (c) => {
    const { planId, number } = c.req.param();
    const plan = await loadPlan(c, planId);
    if (!plan) throw problems.notFound(`No action plan "${planId}".`);
    const commitment = plan.commitments.find((x) => x.number === number);
    if (!commitment) throw problems.notFound(`Plan "${planId}" has no commitment ${number}.`);
    return sendJson(c, commitment);
  },

  exportPlanCsv: async (c) => {
    const plan = await planOr404(c, c.req.param('planId'));
    c.header('Content-Disposition', `attachment; filename="${plan.id}.csv"`);
    return sendCached(c, tableToCsv(plansToTable([plan])), 'text/csv; charset=utf-8; header=present');
  },

  exportPlanXlsx: async (c) => {
    const plan = await planOr404(c, c.req.param('planId'));
    c.header('Content-Disposition', `attachment; filename="${plan.id}.xlsx"`);
    const table = plansToTable([plan]);
    return sendBuilt(c, tableToCsv(table), async () => new Uint8Array(await tableToXlsx(table, 'Plan')), XLSX_TYPE);
  },

  exportPlanJson: async (c) => {
    const plan = await planOr404(c, c.req.param('planId'));
    c.header('Content-Disposition', `attachment; filename="${plan.id}.json"`);
    return sendCached(c, JSON.stringify(plan, null, 2), JSON_TYPE);
  },
} satisfies Handlers;
