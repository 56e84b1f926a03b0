import { sentence } from '../sentence.js';
import type { StaffTranslation } from './staff-translation.js';

const en: StaffTranslation = {
  lang: 'en',
  signInTitle: 'Staff sign-in',
  signInIntro: 'Paste the staff token your administrator gave you.',
  tokenLabel: 'Staff token',
  tokenHint: 'It is kept in this page’s memory and sent only to this site’s API. Reloading the page signs you out.',
  rememberLabel: 'Remember in this tab',
  rememberHint: 'Keeps you signed in when you reload, until you close this tab. Do not tick on a shared computer.',
  signIn: 'Sign in',
  signOut: 'Sign out',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error',
  tokenMissing: 'Enter your staff token',
  noticeExpired: 'Your staff token has expired. Ask your administrator for a new one and sign in again.',
  noticeRevoked: 'Your staff token was revoked. Ask your administrator for a new one and sign in again.',
  noticeUnauthorized: 'This staff token was not accepted. Check that you pasted all of it, then sign in again.',
  noticeSignedOut: 'You are signed out. The token was removed from this tab.',
  signedInAs: (name, institution, until) =>
    until
      ? sentence(`Signed in as ${name} (${institution}), until ${until}`)
      : `Signed in as ${name} (${institution}).`,
  forbidden: 'Your token does not allow this for this item: it belongs to another institution.',
  notAccepted: 'The server did not accept this request.',
  rateLimited: (wait) => `Too many changes have been sent from this connection. Wait ${wait} and try again.`,
};

export default en;
