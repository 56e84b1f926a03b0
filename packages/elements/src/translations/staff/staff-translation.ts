import type { CatalogueLanguage } from '../../internal/catalogue.js';

/**
 * Strings of the staff sign-in every staff block shares (`internal/staff/`): the token form, its notices
 * and the signed-in line. Typed, so a catalogue that misses a term does not compile.
 * @internal
 */
export interface StaffTranslation {
  readonly lang: CatalogueLanguage;
  signInTitle: string;
  signInIntro: string;
  tokenLabel: string;
  tokenHint: string;
  rememberLabel: string;
  rememberHint: string;
  signIn: string;
  signOut: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  tokenMissing: string;
  /** Why the sign-in is back. */
  noticeExpired: string;
  noticeRevoked: string;
  noticeUnauthorized: string;
  noticeSignedOut: string;
  /** "Signed in as Ana (Municipality of Prishtina), until 1 June 2027." */
  signedInAs: (name: string, institution: string, until: string | undefined) => string;
  /** 403: the token is valid but this institution may not do it. */
  forbidden: string;
  /**
   * A call the server refused for a reason no other text names (409, 400/422, another 4xx): what the shared
   * `errorUnknown` ("…while loading this information") would have said after a save.
   */
  notAccepted: string;
  /** 429: too many writes from this connection; `wait` is the shared strings' duration ("2 minutes"). */
  rateLimited: (wait: string) => string;
}
