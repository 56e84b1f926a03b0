import { PAGE_MAX, PAGE_SIZE_MAX } from '@hapur/sdk';
import { publishedComments } from '../feedback/status.js';
import { sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import type { Handlers } from './define.js';

const positive = (raw: string | undefined, fallback: number, max: number, name: string): number => {
  if (raw === undefined || raw === '') return fallback;
  // Digits only: Number() would also read "0x2", "1e1" and " 2" as numbers.
  const n = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw problems.badRequest('invalid_query', 'Invalid query parameters.', [
      { path: name, code: 'out_of_range', message: `Use a whole number from 1 to ${max}.` },
    ]);
  }
  return n;
};

/** Comments a moderator published next to a commitment, newest first, without who sent them. */
export const commentHandlers = {
  listComments: async (c) => {
    const { planId, number } = c.req.param();
    const page = positive(c.req.query('page'), 1, PAGE_MAX, 'page');
    const pageSize = positive(c.req.query('pageSize'), 20, PAGE_SIZE_MAX, 'pageSize');
    const { db } = c.get('deps');
    // As GET /plans/{planId}/commitments/{number} answers (and a static export, which has no file for it).
    const plan = (await c.get('deps').plans.get(db, planId))?.plan;
    if (!plan) throw problems.notFound(`No action plan "${planId}".`);
    if (!plan.commitments.some((x) => x.number === number))
      throw problems.notFound(`Plan "${planId}" has no commitment ${number}.`);
    const { items, total } = await publishedComments(db, planId, number, page, pageSize);
    return sendJson(c, { items, page, pageSize, total });
  },
} satisfies Handlers;
