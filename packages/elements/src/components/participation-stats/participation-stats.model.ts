import {
  FEEDBACK_STATUSES,
  FEEDBACK_TYPES,
  type FeedbackStatusValue,
  type FeedbackType,
  type ParticipationStats,
} from '@hapur/sdk';

export interface StatRow<K extends string> {
  key: K;
  count: number;
  /** Bar length as a share of the largest count, 0–100 (0 when every count is 0). */
  percent: number;
}

function withBars<K extends string>(rows: { key: K; count: number }[]): StatRow<K>[] {
  const max = Math.max(0, ...rows.map((r) => r.count));
  return rows.map((r) => ({ ...r, percent: max === 0 ? 0 : Math.round((r.count / max) * 1000) / 10 }));
}

/** Every kind, in the form's order, zeros included (a kind nobody used is information too). */
export function kindRows(stats: ParticipationStats): StatRow<FeedbackType>[] {
  return withBars(FEEDBACK_TYPES.map((key) => ({ key, count: stats.byType[key] ?? 0 })));
}

/** Statuses that occur, in workflow order (received → closed). */
export function statusRows(stats: ParticipationStats): StatRow<FeedbackStatusValue>[] {
  return withBars(
    FEEDBACK_STATUSES.flatMap((key) => (stats.byStatus[key] ? [{ key, count: stats.byStatus[key] ?? 0 }] : [])),
  );
}
