import { sentence } from '../sentence.js';
import type { StaffTranslation } from './staff-translation.js';

const sq: StaffTranslation = {
  lang: 'sq',
  signInTitle: 'Hyrja e stafit',
  signInIntro: 'Ngjitni tokenin e stafit që ju dha administratori.',
  tokenLabel: 'Tokeni i stafit',
  tokenHint:
    'Mbahet në kujtesën e kësaj faqeje dhe dërgohet vetëm te API-ja e kësaj faqeje. Ringarkimi i faqes ju nxjerr jashtë.',
  rememberLabel: 'Më mbaj mend në këtë skedë',
  rememberHint:
    'Mbeteni brenda kur ringarkoni faqen, derisa ta mbyllni këtë skedë. Mos e shënoni në një kompjuter të përbashkët.',
  signIn: 'Hyni',
  signOut: 'Dilni',
  errorSummaryTitle: 'Ka një problem',
  errorPrefix: 'Gabim',
  tokenMissing: 'Shkruani tokenin tuaj të stafit',
  noticeExpired: 'Tokeni juaj i stafit ka skaduar. Kërkoni një të ri nga administratori dhe hyni përsëri.',
  noticeRevoked: 'Tokeni juaj i stafit është revokuar. Kërkoni një të ri nga administratori dhe hyni përsëri.',
  noticeUnauthorized: 'Ky token i stafit nuk u pranua. Kontrolloni që e keni ngjitur të plotë, pastaj hyni përsëri.',
  noticeSignedOut: 'Keni dalë. Tokeni u hoq nga kjo skedë.',
  signedInAs: (name, institution, until) =>
    until
      ? sentence(`Jeni brenda si ${name} (${institution}), deri më ${until}`)
      : `Jeni brenda si ${name} (${institution}).`,
  forbidden: 'Tokeni juaj nuk e lejon këtë për këtë send: ai i përket një institucioni tjetër.',
  notAccepted: 'Serveri nuk e pranoi këtë kërkesë.',
  rateLimited: (wait) => `Nga kjo lidhje janë dërguar shumë ndryshime. Prisni ${wait} dhe provoni përsëri.`,
};

export default sq;
