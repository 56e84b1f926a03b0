import type { Hono } from 'hono';
import type { AppEnv } from '../app.js';
import { publishedComment, type SubmissionRow } from '../feedback/status.js';
import { sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';

const positive = (raw: string | undefined, fallback: number, max: number, name: string): number => {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw problems.badRequest('invalid_query', 'Invalid query parameters.', [
      { path: name, code: 'out_of_range', message: `Use a whole number from 1 to ${max}.` },
    ]);
  }
  return n;
};

/** Comments a moderator published next to a commitment, newest first, without who sent them. */
export function commentRoutes(app: Hono<AppEnv>): void {
  app.get('/api/v1/plans/:planId/commitments/:number/comments', async (c) => {
    const { planId, number } = c.req.param();
    const page = positive(c.req.query('page'), 1, 1_000_000, 'page');
    const pageSize = positive(c.req.query('pageSize'), 20, 100, 'pageSize');
    const { db } = c.get('deps');
    const plan = await db.query('SELECT 1 FROM plans WHERE id = $1', [planId]);
    if (plan.rowCount === 0) throw problems.notFound(`No action plan "${planId}".`);
    const where = 'plan_id = $1 AND commitment_number = $2 AND published_at IS NOT NULL AND NOT quarantined';
    const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM submissions WHERE ${where}`, [
      planId,
      number,
    ]);
    const { rows } = await db.query<SubmissionRow>(
      `SELECT id, reference, type, status, institution_id, input, submitted_at, respond_by, published_at, quarantined,
              demonstration
         FROM submissions WHERE ${where} ORDER BY published_at DESC, id DESC LIMIT $3 OFFSET $4`,
      [planId, number, pageSize, (page - 1) * pageSize],
    );
    const items = await Promise.all(rows.map((r) => publishedComment(db, r)));
    return sendJson(c, { items, page, pageSize, total: total.rows[0]?.n ?? 0 });
  });
}
