import type { LocalizeController } from '../controllers/localize.js';
import { describeError } from '../describe-error.js';
import { staffStrings, type StaffTranslation } from '../../translations/staff/index.js';
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
 * many changes unless the call was a download); the rest as every
 * block says it (`describeError`). The staff catalogue is loaded: every staff block renders with it.
 * @internal
 */
export function staffErrorText(
  error: unknown,
  localize: LocalizeController,
  limited = localize.text(staffStrings).rateLimited,
): string {
  const notice = staffNoticeFor(error);
  if (notice) return localize.text(staffStrings)[NOTICE[notice]] as string;
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'RateLimitError') {
    const seconds = Number((error as { retryAfter?: unknown }).retryAfter);
    const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
    return limited(localize.t.durationUnit('minute', minutes));
  }
  return describeError(error, localize);
}
