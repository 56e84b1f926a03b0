import type { LocalizeController } from '../controllers/localize.js';
import { describeError } from '../describe-error.js';
import { staffStrings, type StaffTranslation } from '../../translations/staff/index.js';
import { refusedWrite } from './refused.js';
import { staffNoticeFor, type StaffNotice } from './staff-session.js';

/** What the sign-in's notice, and a failed call whose token was refused, say: expired, revoked, not accepted, signed out. @internal */
export const NOTICE: Record<StaffNotice, keyof StaffTranslation> = {
  expired: 'noticeExpired',
  revoked: 'noticeRevoked',
  unauthorized: 'noticeUnauthorized',
  'signed-out': 'noticeSignedOut',
};

/**
 * What a staff call that failed says. A refused token (401) says why, as the sign-in's notice does. Too many writes from one connection (429, the server's write limit, which an
 * office behind one address shares) says to wait, in minutes from the server's `Retry-After` (`limited` words it: too
 * many changes unless the call was a download); a 403 that the token may not do it (`forbidden`); a refusal no
 * shared text names (409, 400/422, another 4xx: `refusedWrite`) that the server did not accept it (`notAccepted`: the
 * shared texts speak of loading); the rest as every block says it (`describeError`). The staff catalogue is loaded: every staff block renders with it.
 * @internal
 */
export function staffErrorText(
  error: unknown,
  localize: LocalizeController,
  limited = localize.text(staffStrings).rateLimited,
): string {
  const s = localize.text(staffStrings);
  const notice = staffNoticeFor(error);
  if (notice) return s[NOTICE[notice]] as string;
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'RateLimitError') {
    // Whole minutes from Retry-After (seconds, never negative: the SDK's parseRetryAfter), at least one (NaN when unknown).
    const seconds = (error as { retryAfter?: number }).retryAfter!;
    return limited(localize.t.durationUnit('minute', Math.ceil(seconds / 60) || 1));
  }
  if (name === 'ForbiddenError') return s.forbidden;
  const text = describeError(error, localize);
  return refusedWrite(error, text, localize.t.errorUnknown) ? s.notAccepted : text;
}
