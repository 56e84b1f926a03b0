import type { FeedbackStatus } from '@hapur/sdk';

/** Whether an answer deadline was kept: answered in time, answered late / still open past it, or not yet due. */
export const DEADLINE_STATES = ['met', 'missed', 'open'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Same shape the API gives tracking codes (FeedbackReceiptSchema.statusToken). */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** True when `value` could be a tracking code; checked before asking the server. */
export function isTokenShaped(value: string): boolean {
  return TOKEN.test(value.trim());
}

/**
 * The deadline's state at `now`: `met` when the official response came by `respondBy`, `missed`
 * when it came later or has not come and the date has passed, `open` otherwise. `undefined` when
 * the institution has no deadline for this item.
 */
export function deadlineState(
  status: Pick<FeedbackStatus, 'respondBy' | 'response'>,
  now: Date = new Date(),
): DeadlineState | undefined {
  if (!status.respondBy) return undefined;
  const due = Date.parse(status.respondBy);
  if (status.response) return Date.parse(status.response.respondedAt) <= due ? 'met' : 'missed';
  return now.getTime() > due ? 'missed' : 'open';
}

/** History oldest first (a timeline reads forwards); entries at the same time keep the server's order. */
export function chronological(history: FeedbackStatus['history']): FeedbackStatus['history'] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The token from `?<param>=` of a URL (what a `status-url="/status?token={token}"` link carries). */
export function tokenFromUrl(
  param: string | undefined,
  url: string = globalThis.location?.href ?? '',
): string | undefined {
  if (!param || !url) return undefined;
  try {
    return new URL(url).searchParams.get(param) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the token from `?<param>=` of the page URL and takes it out of the address and the current
 * history entry (`history.replaceState`, keeping the other parameters, the fragment and the entry's
 * state), so it stays in no bookmark, shared screenshot, history list or `Referer`.
 */
export function takeTokenFromUrl(param: string | undefined): string | undefined {
  const token = tokenFromUrl(param);
  if (token === undefined || !param) return token;
  const url = new URL(location.href);
  url.searchParams.delete(param);
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return token;
}
