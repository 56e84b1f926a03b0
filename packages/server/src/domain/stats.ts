import type { ParticipationStats } from '@hapur/sdk';
import type { Queryable } from '../db/types.js';

export interface StatsQuery {
  institutionId?: string;
  /** Inclusive calendar dates `YYYY-MM-DD` (UTC) on the submission date. */
  from?: string;
  to?: string;
}

/** Aggregated, anonymous participation statistics. Quarantined (honeypot) items are left out. */
export async function participationStats(db: Queryable, q: StatsQuery): Promise<ParticipationStats> {
  const where = ['NOT s.quarantined'];
  const params: unknown[] = [];
  if (q.institutionId) where.push(`s.institution_id = $${params.push(q.institutionId)}`);
  // Instants, not `::date`: Postgres would read a date at midnight in the session's TimeZone, which need not be UTC.
  // Sent as seconds since the epoch: Postgres reads no year 0000 nor a five-digit year (9999-12-31's next day) as text.
  const startOf = (day: string, plus = 0) => Date.parse(`${day}T00:00:00Z`) / 1000 + plus * 86_400;
  if (q.from) where.push(`s.submitted_at >= to_timestamp($${params.push(startOf(q.from))}::float8)`);
  if (q.to) where.push(`s.submitted_at < to_timestamp($${params.push(startOf(q.to, 1))}::float8)`);
  const { rows } = await db.query<{ type: string; status: string; n: number; demo: boolean }>(
    `SELECT type, status, count(*)::int AS n, bool_or(s.demonstration) AS demo
       FROM submissions s WHERE ${where.join(' AND ')} GROUP BY type, status`,
    params,
  );
  const byType: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  let total = 0;
  let demonstration = false;
  for (const r of rows) {
    total += r.n;
    demonstration ||= r.demo;
    byType[r.type] = (byType[r.type] ?? 0) + r.n;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
  }
  const answered = await db.query<{ on_time: boolean | null; days: number }>(
    `SELECT r.responded_at <= s.respond_by AS on_time,
            extract(epoch FROM (r.responded_at - s.submitted_at)) / 86400.0 AS days
       FROM submissions s JOIN submission_responses r ON r.submission_id = s.id
      WHERE ${where.join(' AND ')}`,
    params,
  );
  const days = answered.rows.map((r) => Math.max(0, Number(r.days))).sort((a, b) => a - b);
  const withDeadline = answered.rows.filter((r) => r.on_time !== null);
  return {
    ...(q.institutionId ? { institutionId: q.institutionId } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    total,
    byType,
    byStatus,
    answeredWithinDeadlineShare:
      withDeadline.length === 0 ? null : withDeadline.filter((r) => r.on_time).length / withDeadline.length,
    medianResponseDays: days.length === 0 ? null : Math.round(median(days) * 10) / 10,
    demonstration,
  } as ParticipationStats;
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
