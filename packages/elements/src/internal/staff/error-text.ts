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
 * many changes unless the call was a download); a 403 that the token may not do it (`forbidden`); a refusal no
 * shared text names (409, 400/422, another 4xx) that the server did not accept it (`notAccepted`: the shared texts
 * speak of loading); the rest as every block says it (`describeError`). The staff catalogue is loaded: every staff block renders with it.
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
    const seconds = Number((error as { retryAfter?: unknown }).retryAfter);
    const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
    return limited(localize.t.durationUnit('minute', minutes));
  }
  if (name === 'ForbiddenError') return s.forbidden;
  // The shared texts are about reading data: a refused input or a conflict would be "invalid data" or "…while loading".
  const text = describeError(error, localize);
  const status = Number((error as { status?: unknown } | undefined)?.status);
  return name === 'InputValidationError' || (status >= 400 && status < 500 && text === localize.t.errorUnknown)
    ? s.notAccepted
    : text;
}
