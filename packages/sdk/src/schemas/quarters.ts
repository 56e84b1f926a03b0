// Reporting quarters (`2026-Q1`) without zod; `PeriodSchema` (period.ts) is the schema and re-exports these.

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/**
 * A reporting quarter, `2026-Q1`, of a year from 2000 to 2099: no publication duty a check is about is older (the
 * proactive-publication laws and OGP plans are of this century), and a typo (`0000-Q1`, `2206-Q1`) is not a quarter
 * anyone checked. `PeriodSchema` checks it; `parsePeriod` reads it.
 */
export const PERIOD_PATTERN = /^(20\d{2})-Q([1-4])$/;

/** `"2026-Q1"` → `{ year: 2026, quarter: 1 }`; anything else → `null` (also `2026-Q5`, ` 2026-Q1`, `1999-Q1`). */
export function parsePeriod(text: string): Quarter | null {
  const m = PERIOD_PATTERN.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] };
}

export function formatPeriod({ year, quarter }: Quarter): string {
  return `${String(year).padStart(4, '0')}-Q${quarter}`;
}

/** First and last calendar day of a quarter, as `YYYY-MM-DD`. */
export function periodRange(q: Quarter): { start: string; end: string } {
  const firstMonth = (q.quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(q.year, firstMonth + 2, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, '0');
  return { start: `${q.year}-${mm(firstMonth)}-01`, end: `${q.year}-${mm(firstMonth + 2)}-${lastDay}` };
}

/** The quarter a date (`YYYY-MM-DD…` or `Date`) falls in. */
export function periodOf(date: string | Date): string {
  const iso = typeof date === 'string' ? date : date.toISOString();
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return formatPeriod({ year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter['quarter'] });
}
