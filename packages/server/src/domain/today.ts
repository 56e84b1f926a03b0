/**
 * The latest calendar day it is anywhere on Earth at `now` (UTC+14, the Line Islands), `YYYY-MM-DD`. A date a person
 * picks as "today" on their own clock is never later, whatever their time zone: a check "not after today" compares
 * with this, not with the UTC day (which in Kosovo or Albania is still yesterday until 01:00 or 02:00 local time).
 */
export const latestToday = (now: Date): string => new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
